import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class JSONValueTests: XCTestCase {
    func testWritingInPiecesGivesTheSerializedText() {
        let document: JSONValue = .object([
            ("version", .number(1)),
            ("findings", .elements(count: 40_000) { index in
                .object([("message", .string("Ünïcode \(index) \"quoted\"")), ("priority", .number(Double(index) / 3))])
            }),
            ("empty", .elements(count: 0) { _ in .null }),
        ])
        var pieces: [[UInt8]] = []
        document.write { pieces.append($0) }
        XCTAssertGreaterThan(pieces.count, 2, "a large list is handed over in pieces")
        XCTAssertFalse(pieces.contains { $0.isEmpty })
        XCTAssertEqual(String(decoding: pieces.flatMap { $0 }, as: UTF8.self), document.serialized())
        XCTAssertTrue(document.serialized().contains("\"empty\": []"))
    }

    func testEscapes() {
        func escaped(_ text: String) -> String {
            var out: [UInt8] = []
            JSONWriter.escape(text, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
        XCTAssertEqual(escaped(""), "\"\"")
        XCTAssertEqual(escaped("plain text, Café 🚀"), "\"plain text, Café 🚀\"")
        XCTAssertEqual(escaped("a\"b\\c\nd\re\tf"), #""a\"b\\c\nd\re\tf""#)
        XCTAssertEqual(escaped("x\u{01}y\u{7F}"), #""x\u0001y\u007f""#)
        XCTAssertEqual(escaped("line\u{2028}para\u{2029}end – ok"), #""line\u2028para\u2029end – ok""#)
    }

    /// Plain runs are scanned eight bytes at a time: a character that needs an escape (or
    /// non-ASCII text) is found at every position of a word.
    func testEscapesAtEveryPositionOfAWord() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        out += "\\u00" + String(format: "%02x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}", "é", "\u{2028}", "\u{2029}", "\u{2027}", " ", "~"] {
            for position in 0..<20 {
                for length in [position + 1, 20, 23] where length > position {
                    var characters = Array(repeating: Character("a"), count: length)
                    characters[position] = Character(special)
                    let text = String(characters)
                    var out: [UInt8] = []
                    JSONWriter.escape(text, into: &out)
                    XCTAssertEqual(String(decoding: out, as: UTF8.self), reference(text), "\(special.debugDescription) at \(position) of \(length)")
                }
            }
        }
    }

    /// A long `.elements` list is serialised in batches on both cores: the bytes are those of
    /// the same list written in one go.
    func testLongElementListsMatchArrays() {
        let item: @Sendable (Int) -> JSONValue = { i in
            .object([("i", .number(Double(i))), ("text", .string(String(repeating: "é\"\\", count: i % 7))),
                     ("nested", .array([.bool(i % 2 == 0), .null]))])
        }
        for count in [0, 1, 511, 512, 4096, 4097, 10_000] {
            let elements = JSONValue.object([("list", .elements(count: count, item: item))])
            let array = JSONValue.object([("list", .array((0..<count).map(item)))])
            for pretty in [true, false] {
                var written: [UInt8] = []
                elements.write(pretty: pretty) { written += $0 }
                XCTAssertEqual(String(decoding: written, as: UTF8.self), array.serialized(pretty: pretty), "\(count), pretty \(pretty)")
            }
        }
    }
}

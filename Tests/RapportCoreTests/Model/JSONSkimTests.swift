import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// ``JSONSkim`` finds brackets eight bytes at a time: skipping a value must end exactly where the
/// value ends, whatever its strings hold and wherever they fall across words.
final class JSONSkimTests: XCTestCase {
    /// A random JSON value; strings hold brackets, escaped quotes and backslashes.
    private func value(_ random: inout SeededRandom, depth: Int) -> String {
        let texts = ["", "plain", "Yy_\u{7F}", "{[", "]}", "\\\"", "\\\\", "a\\\\\\\"b", "é ü", "\\u00e9", "\\n}", String(repeating: "x", count: 70)]
        switch random.next() % (depth > 4 ? 3 : 6) {
        case 0: return "\"" + texts[Int(random.next() % UInt64(texts.count))] + "\""
        case 1: return String(random.next() % 100_000)
        case 2: return ["true", "null", "-1.5e3"][Int(random.next() % 3)]
        case 3, 4:
            let members = (0..<Int(random.next() % 6)).map { i in
                "\"k\(i)" + texts[Int(random.next() % UInt64(texts.count))] + "\":" + String(repeating: " ", count: Int(random.next() % 9))
                    + value(&random, depth: depth + 1)
            }
            return "{" + members.joined(separator: ",\n  ") + "}"
        default:
            return "[" + (0..<Int(random.next() % 7)).map { _ in value(&random, depth: depth + 1) }.joined(separator: ", ") + "]"
        }
    }

    func testSkippingEndsWhereTheValueEnds() throws {
        var random = SeededRandom(seed: 11)
        var skimmed = 0
        for _ in 0..<600 {
            var skipped = "["
            while skipped.utf8.count < 3000 { skipped += value(&random, depth: 1) + "," }
            skipped += "{}]"
            let bytes = Array((skipped + " ,\"after\"").utf8)
            let end = try bytes.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(bytes: buffer, file: FileID(0))
                try reader.skipUnchecked()
                return reader.position
            }
            XCTAssertEqual(end, skipped.utf8.count)
            skimmed += bytes.count
        }
        XCTAssertGreaterThan(skimmed, 1_000_000)
    }

    func testAnUnclosedValueIsAnError() {
        let bytes = Array(("[" + String(repeating: "{\"a\": [1, \"]\"]}, ", count: 20)).utf8)
        let skipped = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer, file: FileID(0))
            return (try? reader.skipUnchecked()) != nil
        }
        XCTAssertFalse(skipped)
    }

    /// Words give the bracket depth and string state a byte-by-byte walk gives.
    func testBlocksAgreeWithAByteWalk() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<300 {
            var text = ""
            while text.utf8.count < 700 { text += value(&random, depth: 1) + " " }
            let bytes = Array(text.utf8).filter { $0 != UInt8(ascii: "\\") }
            // Without backslashes every word is skimmed; compare with a walk of the same bytes.
            var depth = 1000, inString = false
            var walkDepth = 1000, walkInString = false
            let stop = bytes.withUnsafeBufferPointer {
                JSONSkim.skim($0.baseAddress!, from: 0, count: $0.count, depth: &depth, inString: &inString, floor: 0)
            }
            guard case .slow(let at) = stop else { XCTFail("depth never reaches the floor"); return }
            XCTAssertEqual(at, bytes.count / 8 * 8)
            for byte in bytes[..<at] {
                if byte == UInt8(ascii: "\"") { walkInString.toggle() } else if !walkInString {
                    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { walkDepth += 1 }
                    if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { walkDepth -= 1 }
                }
            }
            XCTAssertEqual(depth, walkDepth)
            XCTAssertEqual(inString, walkInString)
        }
    }

    /// The stops of a word are exactly its bytes that end a string's plain run, each on its own
    /// and among any others (no carry from one byte reaches another).
    func testPlainRunStopsAreExactForEveryByte() {
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) } }
        func expected(_ bytes: [UInt8]) -> UInt64 {
            bytes.enumerated().reduce(0) { $0 | (JSONReader.endsPlainRun($1.element) ? 0x80 << UInt64(8 * $1.offset) : 0) }
        }
        for byte in UInt8.min...UInt8.max {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = byte
                XCTAssertEqual(JSONSkim.plainRunStops(word(bytes)), expected(bytes), "byte \(byte) at \(position)")
            }
        }
        var random = SeededRandom(seed: 13)
        let mix: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xE2, 0xFF, 0x61]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in mix[Int(random.next() % UInt64(mix.count))] }
            XCTAssertEqual(JSONSkim.plainRunStops(word(bytes)), expected(bytes), "\(bytes)")
        }
    }
}

import XCTest
@testable import RapportCore

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
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 })
        XCTAssertEqual(String(decoding: pieces.flatMap { $0 }, as: UTF8.self), document.serialized())
        XCTAssertTrue(document.serialized().contains("\"empty\": []"))
    }
}

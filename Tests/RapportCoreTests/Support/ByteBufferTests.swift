import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// ``ByteBuffer`` against an array given the same appends, across many growths.
final class ByteBufferTests: XCTestCase {
    func testAppendsMatchAnArrayAcrossGrowths() {
        var random = SeededRandom(seed: 11)
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<2000 {
            let length = Int(random.next() % 700)
            let chunk = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            switch round % 4 {
            case 0: buffer.append(chunk)
            case 1: chunk.withUnsafeBufferPointer { buffer.append($0) }
            case 2: for byte in chunk { buffer.append(byte) }
            default: buffer.append("literal\n")
            }
            expected += round % 4 == 3 ? Array("literal\n".utf8) : chunk
            if round == 999 {
                XCTAssertEqual(buffer.take(), expected)
                XCTAssertTrue(buffer.isEmpty)
                expected = []
            }
        }
        XCTAssertEqual(buffer.count, expected.count)
        XCTAssertEqual(buffer.array, expected)
    }
}

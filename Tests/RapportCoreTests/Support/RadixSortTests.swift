import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class RadixSortTests: XCTestCase {
    /// Keys of every kind (random, repeated, sharing digits, at the extremes) come out as the
    /// standard sort puts them, above and below the size where the radix passes start.
    func testSortsAsTheStandardSort() {
        var random = SeededRandom(seed: 21)
        for count in [0, 1, 2, 100, 2048, 2049, 5000, 70_000] {
            let shapes: [(String, () -> UInt64)] = [
                ("random", { random.next() }),
                ("repeats", { random.next() % 50 }),
                ("same low digits", { random.next() << 33 }),
                ("extremes", { [0, UInt64.max, 1 << 63, UInt64.max - 1][Int(random.next() % 4)] }),
            ]
            for (shape, next) in shapes {
                var keys = (0..<count).map { _ in next() }
                let expected = keys.sorted()
                RadixSort.sort(&keys)
                XCTAssertEqual(keys, expected, "\(shape), \(count) keys")
            }
        }
    }
}

import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The loader's fast paths give what their general forms give.
final class ReaderFastPathTests: XCTestCase {
    /// A key looked up with one load (eight readable bytes) finds what a byte-by-byte lookup finds,
    /// for every key of the format and for keys that only nearly match one.
    func testKeyLookupInOneLoad() {
        func check<Field: Equatable>(_ table: KeyTable<Field>) {
            XCTAssertFalse(table.names.isEmpty)
            var keys = table.names
            for name in table.names {
                keys += [String(name.dropLast()), name + "s", "x" + name.dropFirst(), String(repeating: name, count: 3),
                         name + String(repeating: "_", count: 256 - name.utf8.count % 256)]
            }
            for key in keys {
                // Followed by a quote and more, as in a file.
                let bytes = Array(key.utf8) + Array("\": 1, \"next\"".utf8)
                bytes.withUnsafeBytes { buffer in
                    let count = key.utf8.count
                    let slow = table.lookup(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
                    XCTAssertEqual(table.lookup(buffer.baseAddress!, count: count, readable: buffer.count), slow, key)
                    XCTAssertEqual(table.lookup(buffer.baseAddress!, count: count, readable: count), slow, key)
                }
            }
        }
        check(PortfolioKeys.account)
        check(PortfolioKeys.contact)
        check(PortfolioKeys.activity)
        check(PortfolioKeys.opportunity)
        check(PortfolioKeys.top)
        check(Tier.spellings)
        check(ActivityKind.spellings)
        check(OpportunityStage.spellings)
    }

    /// Dates read from the file's bytes: exactly `YYYY-MM-DD` of a day that exists, whether the
    /// bytes are in place or come as any collection.
    func testDatesFromBytes() {
        let valid: [(String, Int, Int, Int)] = [("2026-11-27", 2026, 11, 27), ("2024-02-29", 2024, 2, 29), ("9999-12-31", 9999, 12, 31),
                                                ("0001-01-01", 1, 1, 1)]
        let invalid = ["2023-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-127", "2026/11/27", "2026-11-2x",
                       "20261127", "2026-11-270", "", "a026-11-27", "2026-04-31", "2026-11-2\u{0}"]
        for (text, year, month, day) in valid {
            let expected = CalendarDate(year: year, month: month, day: day)
            XCTAssertNotNil(expected, text)
            XCTAssertEqual(Array(text.utf8).withUnsafeBytes { CalendarDate.parseISO($0) }, expected, text)
            XCTAssertEqual(CalendarDate.parseISO(Array(text.utf8)[...]), expected, text)
            XCTAssertEqual(CalendarDate.parseISO(text.utf8.lazy.map { $0 }), expected, "\(text), not contiguous")
            XCTAssertEqual(CalendarDate(iso: text), expected, text)
        }
        for text in invalid {
            XCTAssertNil(Array(text.utf8).withUnsafeBytes { CalendarDate.parseISO($0) }, text)
            XCTAssertNil(CalendarDate.parseISO(text.utf8.lazy.map { $0 }), text)
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }
}

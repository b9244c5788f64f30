import XCTest
@testable import RapportCore

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
        check(PortfolioSchema.account)
        check(PortfolioSchema.contact)
        check(PortfolioSchema.activity)
        check(PortfolioSchema.opportunity)
        check(PortfolioSchema.top)
        check(Tier.spellings)
        check(ActivityKind.spellings)
        check(OpportunityStage.spellings)
    }

    /// Dates read from the file's bytes parse as the general parser parses them.
    func testDatesFromBytes() {
        let texts = ["2026-11-27", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "9999-12-31",
                     "2026-1-127", "2026/11/27", "2026-11-2x", "20261127", "2026-11-270", "", "a026-11-27", "2026-04-31"]
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBytes { CalendarDate.parseISO($0) }
            XCTAssertEqual(fast, CalendarDate.parseISO(Array(text.utf8)[...]), text)
        }
        XCTAssertEqual(Array("2026-11-27".utf8).withUnsafeBytes { CalendarDate.parseISO($0) }, CalendarDate(year: 2026, month: 11, day: 27))
    }
}

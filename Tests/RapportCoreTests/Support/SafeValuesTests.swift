import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Checked dates and durations, terminal and spreadsheet safety, YAML's core schema (issue #18).
final class SafeValuesTests: XCTestCase {
    func testDateArithmeticStaysInTheYears1To9999() {
        let last = CalendarDate.latest
        XCTAssertNil(last.adding(Duration(days: 1)))
        XCTAssertNil(CalendarDate.earliest.subtracting(Duration(days: 1)))
        XCTAssertNil(CalendarDate(year: 2026, month: 11, day: 27)!.adding(Duration(months: 8000 * 12)))
        XCTAssertEqual(CalendarDate(year: 2024, month: 1, day: 31)!.adding(Duration(months: 1)), CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(CalendarDate(year: 1, month: 3, day: 31)!.adding(Duration(months: -2)), CalendarDate(year: 1, month: 1, day: 31))
        XCTAssertNil(CalendarDate(year: 1, month: 3, day: 31)!.adding(Duration(months: -3)))
        // The longest durations never overflow, whatever the date.
        XCTAssertNil(last.adding(Duration(months: Duration.maxMonths, days: Duration.maxDays)))
        XCTAssertNil(CalendarDate.earliest.subtracting(Duration(months: Duration.maxMonths, days: Duration.maxDays)))
        XCTAssertEqual(Duration(months: 3).days(before: CalendarDate(year: 2026, month: 3, day: 1)!), 31 + 31 + 28)
    }

    func testDurationsAreBounded() {
        XCTAssertNotNil(Duration.checked(months: Duration.maxMonths, days: -Duration.maxDays))
        XCTAssertNil(Duration.checked(months: Duration.maxMonths + 1, days: 0))
        let today = CalendarDate(year: 2026, month: 11, day: 27)!
        XCTAssertNil(CheckedArithmetic.scale(Duration(days: 90), by: 1e23, today: today))
        XCTAssertNil(CheckedArithmetic.scale(Duration(months: 1), by: .infinity, today: today))
        XCTAssertNil(CheckedArithmetic.scale(Duration(months: 1), by: .nan, today: today))
        XCTAssertEqual(CheckedArithmetic.scale(Duration(months: 2), by: 1.5, today: today), Duration(months: 3))
        XCTAssertEqual(Checker.duration(1e25, .day), nil)
        XCTAssertEqual(Checker.duration(10_000, .year), Duration(months: 120_000))
    }

    func testQuartersReachTheFiscalYear10000AndStopBeforeTheYear1() {
        XCTAssertNil(FiscalQuarter(year: 1, quarter: 1)!.advanced(by: -1))
        XCTAssertEqual(FiscalQuarter(year: 1, quarter: 2)!.advanced(by: -1), FiscalQuarter(year: 1, quarter: 1))
        XCTAssertNil(FiscalQuarter(year: 1, quarter: 1)!.advanced(by: Int.max))
        var sources = SourceMap()
        var portfolio = PortfolioLoader.load(path: Repo.path("Tests/Fixtures/portfolios/valid_minimal.yaml"), sources: &sources).portfolio!
        portfolio.fiscalYearStart = 7
        XCTAssertEqual(portfolio.quarter(of: CalendarDate.latest), FiscalQuarter(year: 10_000, quarter: 2))
    }

    func testControlCharactersAreMadeVisible() {
        XCTAssertEqual(TerminalText.escaped("a\u{1B}]0;x\u{07}b\u{0}c\u{85}d\u{7F}"), "a\\x1B]0;x\\x07b\\x00c\\x85d\\x7F")
        XCTAssertEqual(TerminalText.escaped("line\nnext\ttab"), "line\\x0Anext\\x09tab")
        XCTAssertEqual(TerminalText.escaped("line\nnext\ttab", keepLayout: true), "line\nnext\ttab")
        XCTAssertEqual(TerminalText.escaped("Jelínek — €5"), "Jelínek — €5")
        XCTAssertEqual(TerminalText.escaped("ok\u{1B}[2J\n\u{9B}", keepLayout: true), "ok\\x1B[2J\n\\x9B")
    }

    func testSpreadsheetFormulasAreNeutralised() {
        XCTAssertEqual(CSVWriter.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(CSVWriter.field("+1 555"), "'+1 555")
        XCTAssertEqual(CSVWriter.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVWriter.field("-cmd"), "'-cmd")
        XCTAssertEqual(CSVWriter.field("-5"), "-5")
        XCTAssertEqual(CSVWriter.field("-1,250.50"), "\"-1,250.50\"")
        XCTAssertEqual(CSVWriter.field("Castell Foods"), "Castell Foods")
    }

    func testYAMLPlainScalarsFollowTheCoreSchemaWithDecimalNumbers() {
        XCTAssertEqual(YAMLReader.resolve("~"), .null)
        XCTAssertEqual(YAMLReader.resolve("True"), .bool(true))
        XCTAssertEqual(YAMLReader.resolve("yes"), .string)
        XCTAssertEqual(YAMLReader.resolve("1:30"), .string)
        XCTAssertEqual(YAMLReader.resolve("0x1F"), .string)
        XCTAssertEqual(YAMLReader.resolve("0o17"), .string)
        XCTAssertEqual(YAMLReader.resolve("1_000"), .string)
        XCTAssertEqual(YAMLReader.resolve("-12.5e3"), .number(-12_500))
        XCTAssertEqual(YAMLReader.resolve(".5"), .number(0.5))
        XCTAssertEqual(YAMLReader.resolve("2026-11-27"), .string)
    }

    func testAYAMLPortfolioMayStartWithAByteOrderMark() throws {
        let text = try String(contentsOfFile: Repo.path("Tests/Fixtures/portfolios/valid_minimal.yaml"), encoding: .utf8)
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), path: "bom.yaml", syntax: .yaml, sources: &sources)
        XCTAssertNotNil(load.portfolio, load.diagnostics.map(\.message).joined())
        // Errors on the first line still point at the right column.
        var broken = SourceMap()
        let bad = PortfolioLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("format: 7\n".utf8), path: "bad.yaml", syntax: .yaml, sources: &broken)
        let span = try XCTUnwrap(bad.diagnostics.first { $0.code == "load.wrong_type" }?.primarySpan)
        XCTAssertEqual(broken[span.file].text(of: span), "7")
    }
}

import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class CSVReaderTests: XCTestCase {
    func read(_ text: String) throws -> CSVTable { try CSVReader.read(Array(text.utf8), path: "t.csv").table }

    func testQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let table = try read("\u{FEFF}name,note\r\n\"Acme, Inc.\",\"said \"\"hi\"\"\"\r\nBorealis,\"two\r\nlines\"\r\n\r\nCorvid,\r\n")
        XCTAssertEqual(table.header, ["name", "note"], "the byte-order mark is not part of the first name")
        XCTAssertEqual(table.rows.map(\.fields), [["Acme, Inc.", "said \"hi\""], ["Borealis", "two\r\nlines"], ["Corvid", ""]])
        XCTAssertEqual(table.rows.map(\.line), [2, 3, 6], "a record's line is where it starts; blank lines are skipped")
    }

    func testUnterminatedQuoteIsLocated() {
        XCTAssertThrowsError(try read("a,b\n1,\"open\n2,3\n")) { error in
            XCTAssertEqual(error as? CSVError, CSVError(line: 2, message: "a quoted field opened on line 2 is never closed"))
        }
    }

    func testRaggedRowsAreReportedAndPadded() throws {
        let result = try CSVReader.read(Array("a,b,c\n1,2\n1,2,3,4\n".utf8), path: "t.csv")
        XCTAssertEqual(result.ragged.map(\.line), [2, 3])
        XCTAssertEqual(result.table.rows[0].fields, ["1", "2", ""])
    }

    func testColumnsMatchIgnoringCaseAndSpacing() throws {
        let table = try read("Opportunity Owner,Close Date\nx,y\n")
        XCTAssertEqual(table.index(of: "opportunity owner"), 0)
        XCTAssertEqual(table.index(of: "CloseDate"), 1)
        XCTAssertNil(table.index(of: "Amount"))
    }
}

final class ImportValuesTests: XCTestCase {
    func testMoneyWrittenAsText() {
        XCTAssertEqual(ImportValues.money("$1,234.00"), 1234)
        XCTAssertEqual(ImportValues.money("1.234,50 €"), 1234.5)
        XCTAssertEqual(ImportValues.money("EUR 80.000,00"), 80000)
        XCTAssertEqual(ImportValues.money("(500)"), -500)
        XCTAssertEqual(ImportValues.money("-$12.5"), -12.5)
        XCTAssertEqual(ImportValues.money("1,234"), 1234, "a comma before three digits groups thousands")
        XCTAssertEqual(ImportValues.money("1,5"), 1.5)
        XCTAssertEqual(ImportValues.money("1.234", decimalComma: true), 1234)
        XCTAssertNil(ImportValues.money("twelve"))
        XCTAssertNil(ImportValues.money(""))
    }

    func testDates() {
        XCTAssertEqual(ImportValues.date("2026-09-14 10:15", order: .auto)?.description, "2026-09-14")
        XCTAssertEqual(ImportValues.date("9/14/2026", order: .mdy)?.description, "2026-09-14")
        XCTAssertEqual(ImportValues.date("14.09.2026", order: .dmy)?.description, "2026-09-14")
        XCTAssertNil(ImportValues.date("9/14/2026", order: .dmy))
        XCTAssertEqual(ImportValues.decideOrder(["9/14/2026", "1/2/2026"]).order, .mdy)
        XCTAssertEqual(ImportValues.decideOrder(["14/9/2026", "1/2/2026"]).order, .dmy)
        let ambiguous = ImportValues.decideOrder(["3/4/2026", "1/2/2026"])
        XCTAssertNil(ambiguous.order)
        XCTAssertEqual(ambiguous.ambiguous, "3/4/2026")
        XCTAssertEqual(ImportValues.decideOrder(["9/14/2026", "13/45/2027"]).order, .mdy, "a value no reading fits decides nothing")
        XCTAssertNil(ImportValues.date("éééééé", order: .auto), "short text of wide characters is no date (and no crash)")
        XCTAssertNil(ImportValues.date("2026-02-30", order: .auto))
    }

    func testIdsFromNames() {
        XCTAssertEqual(ImportValues.slug("Acme, Inc."), "acme-inc")
        XCTAssertEqual(ImportValues.slug("Société Générale"), "societe-generale")
        XCTAssertEqual(ImportValues.slug("!!!"), "x")
    }

    func testMappingMistakesAreLocatedWithSuggestions() {
        var sources = SourceMap()
        let text = """
        team: T
        date_fromat: mdy
        files:
          - file: a.csv
            entity: oportunity
          - file: b.csv
            entity: account
            columns:
              nmae: Account Name
        """
        let file = sources.add(path: "m.yaml", bytes: Array(text.utf8))
        let (mapping, problems) = ImportMapping.parse(sources[file])
        XCTAssertNil(mapping)
        assertGolden(DiagnosticRenderer(sources: sources).render(problems) + "\n", "Tests/Goldens/import/mapping_errors.txt")
    }
}

final class ImportReportTests: XCTestCase {
    func testLineRanges() {
        XCTAssertEqual(ImportResult.ranges([9, 2, 5, 6, 7, 14]), "2, 5-7, 9, 14")
        XCTAssertEqual(ImportResult.ranges([3]), "3")
        XCTAssertEqual(ImportResult.ranges([]), "")
    }
}

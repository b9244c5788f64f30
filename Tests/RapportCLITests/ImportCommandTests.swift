import Foundation
import XCTest

final class ImportCommandTests: FolderTestCase {

    func testSalesforceReportExport() throws {
        let result = try CLI.run(["import", "--preset", "salesforce", "Tests/Fixtures/import/salesforce/accounts.csv",
                                  "Tests/Fixtures/import/salesforce/opportunities.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "import/salesforce.json")
        XCTAssertTrue(result.stdout.contains("\"name\": \"TotalEnergies SE\""), "a name that starts like a footer is data")
        XCTAssertTrue(result.stdout.contains("\"name\": \"Copyright Agency Ltd\""))
        assertCLIGolden(result.stderr, "import/salesforce.stderr")
        XCTAssertFalse(result.stdout.contains("Grand Totals"), "the report footer is not data")
    }

    func testHubSpotExports() throws {
        let result = try CLI.run(["import", "--preset", "hubspot", "Tests/Fixtures/import/hubspot/companies.csv",
                                  "Tests/Fixtures/import/hubspot/contacts.csv", "Tests/Fixtures/import/hubspot/deals.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "import/hubspot.json")
        assertCLIGolden(result.stderr, "import/hubspot.stderr")
    }

    func testAPresetPrintsAsAMappingToStartFrom() throws {
        let printed = try CLI.run(["import", "--preset", "salesforce", "--print-mapping"])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        assertCLIGolden(printed.stdout, "import/salesforce-preset.yaml")
        // The printed mapping is a mapping: it imports as the preset does (file names aside).
        let mapping = folder + "/mine.yaml"
        XCTAssertTrue(FileManager.default.createFile(atPath: mapping, contents: Data(printed.stdout.utf8)))
        let viaMapping = try CLI.run(["import", "--mapping", mapping, "Tests/Fixtures/import/salesforce/opportunities.csv"])
        let viaPreset = try CLI.run(["import", "--preset", "salesforce", "Tests/Fixtures/import/salesforce/opportunities.csv"])
        XCTAssertEqual(viaMapping.status, 0, viaMapping.stderr)
        XCTAssertEqual(viaMapping.stdout, viaPreset.stdout)
    }

    func testImportWritesWithDashOAndTakesADateFormat() throws {
        let out = folder + "/team.json"
        let result = try CLI.run(["import", "--preset", "hubspot", "-o", out, "--date-format", "iso",
                                  "Tests/Fixtures/import/hubspot/companies.csv", "Tests/Fixtures/import/hubspot/contacts.csv",
                                  "Tests/Fixtures/import/hubspot/deals.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("contact levels read from job titles: 2"), result.stderr)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(written.contains("\"level\": \"executive\""), "the CFO is an executive")
        XCTAssertTrue(written.contains("\"revenue\""), "won deals are booked as revenue")
        let bad = try CLI.run(["import", "--preset", "hubspot", "--date-format", "ymd", "Tests/Fixtures/import/hubspot/deals.csv"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--date-format is one of auto, iso, mdy, dmy"), bad.stderr)
    }

    func testStrictWritesNothingWhenAnythingWasLeftOut() throws {
        let out = folder + "/p.json"
        let result = try CLI.run(["import", "--preset", "salesforce", "--strict", "--out", out,
                                  "Tests/Fixtures/import/salesforce/opportunities.csv"])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertTrue(result.stderr.contains("nothing was written: --strict and 2 problems"), result.stderr)
    }

    func testAmbiguousDatesNeedTheMappingToChoose() throws {
        try "name,owner,created,status\nAnn,Lee,3/4/2026,new\nBob,Lee,1/2/2026,new\n".write(toFile: folder + "/leads.csv", atomically: true, encoding: .utf8)
        let mapping = "files:\n  - file: leads.csv\n    entity: lead\n    columns: {name: name, owner: owner, created: created, status: status}\n"
        try mapping.write(toFile: folder + "/m.yaml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", "--mapping", folder + "/m.yaml", folder + "/leads.csv"])
        XCTAssertTrue(result.stderr.contains("dates such as `3/4/2026` read both as M/D/YYYY and D/M/YYYY: set `date_format: mdy` or `dmy`"),
                      result.stderr)
        XCTAssertEqual(result.status, 2, "no lead has a usable date, so nothing can be built")
        try (mapping + "date_format: dmy\n").write(toFile: folder + "/m.yaml", atomically: true, encoding: .utf8)
        let decided = try CLI.run(["import", "--mapping", folder + "/m.yaml", folder + "/leads.csv"])
        XCTAssertEqual(decided.status, 0, decided.stderr)
        XCTAssertTrue(decided.stdout.contains("\"created\": \"2026-04-03\""), decided.stdout)
    }

    func testRaggedRowsAreReported() throws {
        try "Deal Name,Deal Stage,Associated Company,Deal owner\nA,closedwon,Fjord,Mia\nB,closedwon\n".write(toFile: folder + "/deals.csv", atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", "--preset", "hubspot", folder + "/deals.csv"])
        XCTAssertTrue(result.stderr.contains("the row has 2 fields where the header has 4: the missing ones are read as empty — 1 row: line 3"),
                      result.stderr)
    }

    func testUnreadableInputsAreExitTwo() throws {
        let missing = try CLI.run(["import", "--preset", "hubspot", "nope.csv"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("cannot read nope.csv"), missing.stderr)
        try "a,b\n1,\"open\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let broken = try CLI.run(["import", "--preset", "hubspot", folder + "/bad.csv"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("error[csv.malformed]: a quoted field opened on line 2 is never closed\n  --> "), broken.stderr)
        XCTAssertTrue(broken.stderr.contains("bad.csv:2\n"), broken.stderr)
    }

    /// The real public dataset through the shipped mapping, then lint with the shipped rules.
    func testMavenDatasetImportsAndLints() throws {
        let data = URL(fileURLWithPath: CLI.repoRoot).deletingLastPathComponent().appendingPathComponent("shared/data/maven-crm-sales-opportunities").path
        guard FileManager.default.fileExists(atPath: data) else {
            throw XCTSkip("the Maven dataset is not beside the repository (\(data))")
        }
        let out = folder + "/maven.json"
        let result = try CLI.run(["import", "--mapping", "Examples/maven-crm.mapping.yaml", data + "/sales_teams.csv",
                                  data + "/accounts.csv", data + "/sales_pipeline.csv", "--out", out, "--problems", folder + "/problems.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stderr.replacingOccurrences(of: folder, with: "<tmp>"), "import/maven.stderr")
        let json = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertFalse(json.contains("technolgy"), "the sector typo is fixed by the mapping")
        XCTAssertFalse(json.contains("GTXPro"), "the product spelling is fixed by the mapping")
        let problems = try String(contentsOfFile: folder + "/problems.csv", encoding: .utf8)
        XCTAssertEqual(problems.split(separator: "\n").count, 1 + 1_425, "every row left out is listed")
        let lint = try CLI.run(["lint", "--format", "json", out])
        XCTAssertNotEqual(lint.status, 2, lint.stderr)
        XCTAssertTrue(lint.stdout.contains("\"rule\": \"key_account_without_growth_plan\""), "key accounts by revenue get coached")
    }
}

import Foundation
import XCTest

/// The made-up CRM exports in `Examples/crm/` (each CRM's report layout: labels as headers, BOM,
/// CRLF, US dates and report footers for Salesforce; internal stage ids, times and a custom stage
/// for HubSpot): what the import says and the agenda on the result, as goldens (issue #19).
final class CRMExampleTests: FolderTestCase {

    func files(_ crm: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: CLI.repoRoot + "/Examples/crm/" + crm)
            .filter { $0.hasSuffix(".csv") }.sorted().map { "Examples/crm/\(crm)/\($0)" }
    }

    func check(_ name: String, _ importArguments: [String]) throws {
        let out = folder + "/\(name).json"
        let imported = try CLI.run(["import"] + importArguments + ["-o", out])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        assertCLIGolden(imported.stderr.replacingOccurrences(of: folder, with: "TMP"), "examples/\(name).import.txt")
        let coach = try CLI.run(["coach", out])
        XCTAssertEqual(coach.status, 0, coach.stderr)
        assertCLIGolden(coach.stdout, "examples/\(name).coach.txt")
        // Nothing is said from data the export lacks, and the lack itself is said once.
        for invented in ["so far)", "since never", "0 senior contacts", "0 touches", "€0", "$0 "] {
            XCTAssertFalse(coach.stdout.contains(invented), "\(name): \(invented)")
        }
        XCTAssertEqual(coach.stdout.components(separatedBy: "could not judge").count, 2, "\(name): the coverage sentence once")
    }

    func testSalesforceReportExports() throws {
        try check("salesforce", ["--preset", "salesforce"] + files("salesforce"))
    }

    func testHubSpotExportsWithThePreset() throws {
        try check("hubspot", ["--preset", "hubspot"] + files("hubspot"))
    }

    func testHubSpotExportsWithAMappingThatExtendsThePreset() throws {
        try check("hubspot-mapping", ["--mapping", "Examples/crm/hubspot/mapping.yaml"] + files("hubspot"))
    }
}

import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Issue #19's bar for the shipped CRM examples: every finding on an imported portfolio comes
/// from a rule whose inputs the export carries, and what it lacks is named instead.
final class ImportedAdviceTests: XCTestCase {
    static let pack = RuleSetChecker.checkShipped()

    /// Imports `files` (paths from the repository) with a preset or a mapping file, as
    /// `rapport import` does, and loads the result.
    func imported(_ files: [String], preset: String? = nil, mapping: String? = nil) throws -> Portfolio {
        var sources = SourceMap()
        let request = ImportRequest(files: files.map(Repo.path), mapping: mapping.map { .file(Repo.path($0)) } ?? .preset(preset ?? ""))
        let (result, problems) = Importer.run(request, sources: &sources)
        let json = try XCTUnwrap(result?.json, problems.map(\.message).joined(separator: "\n"))
        let load = PortfolioLoader.load(bytes: Array(json.utf8), path: "imported.json", syntax: .json, sources: &sources)
        return try XCTUnwrap(load.portfolio, load.diagnostics.map(\.message).joined(separator: "\n"))
    }

    func csvFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder))
            .filter { $0.hasSuffix(".csv") }.sorted().map { folder + "/" + $0 }
    }

    /// Walks every finding: the data its rule reads is present in the portfolio.
    func assertAdviceOnlyFromPresentData(_ portfolio: Portfolio, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let coverage = DataCoverage(portfolio)
        let missing = Set(coverage.missing)
        let outcome = LintEngine.lint(Self.pack.checked, on: portfolio, sources: Self.pack.sources)
        XCTAssertFalse(outcome.findings.isEmpty, "\(name): the import gives advice", file: file, line: line)
        for finding in outcome.findings {
            let rule = try XCTUnwrap(Self.pack.checked.rule(finding.rule))
            let lacking = RuleInputs.dataSets(of: rule, in: Self.pack.checked).intersection(missing)
            XCTAssertTrue(lacking.isEmpty, "\(name): \(finding.rule) on \(finding.subject.id) reads \(lacking), which the export lacks",
                          file: file, line: line)
        }
        // What the export lacks is named once, for every rule that could not judge.
        if !missing.isEmpty {
            let summary = try XCTUnwrap(outcome.applicability.summary, file: file, line: line)
            XCTAssertFalse(outcome.applicability.notApplicable.isEmpty, file: file, line: line)
            XCTAssertTrue(summary.contains("could not judge"), summary, file: file, line: line)
        }
    }

    func testSalesforceExample() throws {
        let portfolio = try imported(csvFiles("Examples/crm/salesforce"), preset: "salesforce")
        XCTAssertEqual(Set(DataCoverage(portfolio).missing), [.growthPlans, .planActions, .leads, .leadTouches, .proposals, .contactRoles])
        try assertAdviceOnlyFromPresentData(portfolio, "salesforce")
    }

    func testHubSpotExampleWithThePresetAndWithItsMapping() throws {
        let files = try csvFiles("Examples/crm/hubspot")
        try assertAdviceOnlyFromPresentData(try imported(files, preset: "hubspot"), "hubspot")
        try assertAdviceOnlyFromPresentData(try imported(files, mapping: "Examples/crm/hubspot/mapping.yaml"), "hubspot mapping")
    }

    /// The public Maven CRM dataset in `../shared/data` (deals only: no contacts, no activities).
    func testMavenDataset() throws {
        let folder = "../shared/data/maven-crm-sales-opportunities"
        guard FileManager.default.fileExists(atPath: Repo.path(folder)) else { throw XCTSkip("\(folder) is not beside the repository") }
        let portfolio = try imported(["sales_teams", "accounts", "sales_pipeline"].map { "\(folder)/\($0).csv" },
                                     mapping: "Examples/maven-crm.mapping.yaml")
        XCTAssertTrue(Set(DataCoverage(portfolio).missing).isSuperset(of: [.contacts, .activities, .growthPlans]))
        try assertAdviceOnlyFromPresentData(portfolio, "maven")
    }
}

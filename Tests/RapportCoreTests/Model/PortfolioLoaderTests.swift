import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class PortfolioLoaderTests: XCTestCase {
    private func load(_ relative: String) -> (PortfolioLoad, SourceMap) {
        var sources = SourceMap()
        let result = PortfolioLoader.load(path: Repo.path(relative), sources: &sources)
        return (result, sources)
    }

    private func rendered(_ load: PortfolioLoad, _ sources: SourceMap) -> String {
        DiagnosticRenderer(sources: sources).render(load.diagnostics).replacingOccurrences(of: Repo.root + "/", with: "")
    }

    func testEveryRefusalHasItsGoldenDiagnostic() throws {
        let folder = "Tests/Fixtures/portfolios/invalid"
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder))
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        for name in names {
            let (result, sources) = load("\(folder)/\(name)")
            XCTAssertNil(result.portfolio, "\(name) must yield no model")
            XCTAssertFalse(result.diagnostics.isEmpty, name)
            let golden = "\(folder)/" + (name as NSString).deletingPathExtension + ".expected"
            assertGolden(rendered(result, sources), golden)
        }
    }

    func testAllErrorsOfAFileAreReportedUpToALimit() {
        let (result, _) = load("Tests/Fixtures/portfolios/invalid/many_errors.json")
        XCTAssertEqual(result.diagnostics.count, 51)
        XCTAssertEqual(result.diagnostics.last?.message, "and 10 more errors in this file")
    }

    func testMinimalPortfolioLoadsWithNavigation() throws {
        let (result, sources) = load("Tests/Fixtures/portfolios/valid_minimal.json")
        let portfolio = try XCTUnwrap(result.portfolio, rendered(result, sources))
        XCTAssertEqual(portfolio.asOf.description, "2026-11-27")
        XCTAssertEqual(portfolio.string(portfolio.team.name), "Fixture team")
        XCTAssertEqual(portfolio.fiscalYearStart, 1)
        let acme = try XCTUnwrap(portfolio.index(of: .account, id: "a-1"))
        XCTAssertEqual(portfolio.string(portfolio.owner(ofAccount: acme).name), "Dave Carter")
        XCTAssertEqual(portfolio.growthPlan(ofAccount: acme)?.status, .active)
        XCTAssertEqual(portfolio.accounts[acme].tier, .key)
        // The activity names no rep: it defaults to the account owner.
        XCTAssertEqual(portfolio.activities[0].rep, portfolio.accounts[acme].owner)
        XCTAssertEqual(portfolio.contacts(ofActivity: 0).map { portfolio.string(portfolio.contacts[Int($0)].name) }, ["Ana Ruiz"])
        XCTAssertEqual(portfolio.opportunities[0].account, Int32(acme))
        XCTAssertEqual(portfolio.opportunities[0].proposal?.coCreated, false, "co_created defaults to false")
        XCTAssertEqual(portfolio.opportunities[0].slips, 0, "slips defaults to 0")
        XCTAssertEqual(Array(portfolio.byRep.accounts(of: 0)), [Int32(acme)])
        XCTAssertEqual(Array(portfolio.byRep.leads(of: 1)), [0])
        XCTAssertEqual(Array(portfolio.byRep.activities(of: 0)), [0])
        XCTAssertEqual(portfolio.revenue[0].period.description, "2026-Q3")
    }

    func testYAMLGivesTheSameModelAsJSON() throws {
        let (json, _) = load("Tests/Fixtures/portfolios/valid_minimal.json")
        let (yaml, sources) = load("Tests/Fixtures/portfolios/valid_minimal.yaml")
        let fromYAML = try XCTUnwrap(yaml.portfolio, rendered(yaml, sources))
        let fromJSON = try XCTUnwrap(json.portfolio)
        XCTAssertEqual(PortfolioWriter.json(fromYAML), PortfolioWriter.json(fromJSON))
    }

    func testSpecFixtureLoads() throws {
        guard let examples = Repo.sharedExamples else { throw XCTSkip("no ../shared/spec/examples") }
        var sources = SourceMap()
        let result = PortfolioLoader.load(path: examples + "/fixtures/small.json", sources: &sources)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.portfolio?.accounts.count, 2)
    }

    func testExampleTeamRoundTrips() throws {
        let (first, sources) = load("Examples/northwind-team.json")
        let portfolio = try XCTUnwrap(first.portfolio, rendered(first, sources))
        XCTAssertEqual(portfolio.reps.count, 8)
        XCTAssertEqual(portfolio.accounts.count, 80)
        let written = PortfolioWriter.json(portfolio)
        var again = SourceMap()
        let second = PortfolioLoader.load(bytes: written, path: "rewritten.json", syntax: .json, sources: &again)
        let reloaded = try XCTUnwrap(second.portfolio, DiagnosticRenderer(sources: again).render(second.diagnostics))
        XCTAssertEqual(PortfolioWriter.json(reloaded), written)
        // Beyond the text: every index-based link survives unchanged.
        XCTAssertEqual(reloaded.accounts.map(\.owner), portfolio.accounts.map(\.owner))
        XCTAssertEqual(reloaded.activities.map(\.rep), portfolio.activities.map(\.rep))
        XCTAssertEqual(reloaded.contactLinks, portfolio.contactLinks)
        XCTAssertEqual(reloaded.opportunities.map(\.proposal), portfolio.opportunities.map(\.proposal))
        XCTAssertEqual(reloaded.dates, portfolio.dates)
    }

    func testRepsMayFollowAccounts() throws {
        let text = """
            {"format": "rapport-portfolio/1", "as_of": "2026-11-27", "team": {"name": "T"},
             "accounts": [{"id": "a-1", "name": "A", "owner": "r-2",
                           "opportunities": [{"id": "o-1", "name": "D", "stage": "won", "owner": "r-1"}]}],
             "reps": [{"id": "r-1", "name": "One"}, {"id": "r-2", "name": "Two"}]}
            """
        var sources = SourceMap()
        let result = PortfolioLoader.load(bytes: Array(text.utf8), path: "late-reps.json", syntax: .json, sources: &sources)
        let portfolio = try XCTUnwrap(result.portfolio, DiagnosticRenderer(sources: sources).render(result.diagnostics))
        XCTAssertEqual(portfolio.accounts[0].owner, 1)
        XCTAssertEqual(portfolio.opportunities[0].owner, 0)
    }

    func testEscapesAndUnicodeInText() throws {
        let text = #"{"format": "rapport-portfolio/1", "as_of": "2026-11-27", "team": {"name": "Caf\u00e9 \"Süd\" \ud83d\ude00"}}"#
        var sources = SourceMap()
        let result = PortfolioLoader.load(bytes: Array(text.utf8), path: "t.json", syntax: .json, sources: &sources)
        let portfolio = try XCTUnwrap(result.portfolio)
        XCTAssertEqual(portfolio.string(portfolio.team.name), "Café \"Süd\" 😀")
    }

    func testHostileDocumentsFailCleanly() {
        for text in [String(repeating: "[", count: 100_000), "", "   ", "{\"format\": 1e999}", "\u{0}"] {
            var sources = SourceMap()
            let result = PortfolioLoader.load(bytes: Array(text.utf8), path: "h.json", syntax: .json, sources: &sources)
            XCTAssertNil(result.portfolio)
            XCTAssertFalse(result.diagnostics.isEmpty, "for \(text.prefix(20))")
        }
    }

    func testFiscalQuarters() {
        var portfolio = try! XCTUnwrap(load("Tests/Fixtures/portfolios/valid_minimal.json").0.portfolio)
        let august = CalendarDate(year: 2026, month: 8, day: 1)!
        XCTAssertEqual(portfolio.quarter(of: august).description, "2026-Q3")
        portfolio.fiscalYearStart = 7
        XCTAssertEqual(portfolio.quarter(of: august).description, "2027-Q1")
        XCTAssertEqual(portfolio.quarter(of: CalendarDate(year: 2026, month: 6, day: 30)!).description, "2026-Q4")
        XCTAssertEqual(portfolio.firstDay(of: FiscalQuarter(year: 2027, quarter: 1)!).description, "2026-07-01")
        portfolio.fiscalYearStart = 4
        XCTAssertEqual(portfolio.quarter(of: CalendarDate(year: 2026, month: 3, day: 31)!).description, "2026-Q4")
        XCTAssertEqual(portfolio.firstDay(of: FiscalQuarter(year: 2027, quarter: 4)!).description, "2027-01-01")
    }

    func testReadingMissingFilesAndFolders() {
        var sources = SourceMap()
        XCTAssertEqual(PortfolioLoader.load(path: "/no/such/file.json", sources: &sources).diagnostics.map(\.code), ["io.unreadable"])
        XCTAssertEqual(PortfolioLoader.load(path: Repo.path("Examples"), sources: &sources).diagnostics.first?.message,
                       "cannot read \(Repo.path("Examples")): it is a folder")
    }
}

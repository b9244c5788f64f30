import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class PortfolioDigestTests: XCTestCase {
    func load(_ text: String) throws -> Portfolio {
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: Array(text.utf8), path: "t.json", syntax: .json, sources: &sources)
        return try XCTUnwrap(load.portfolio, DiagnosticRenderer(sources: sources).render(load.diagnostics))
    }

    func testQuartersAndSums() throws {
        let portfolio = try load(try String(contentsOfFile: Repo.path("Examples/northwind-team.json"), encoding: .utf8))
        let digest = PortfolioDigest(portfolio, asOf: portfolio.asOf)
        XCTAssertEqual(digest.activityQuarters.map(\.description), ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        XCTAssertEqual(digest.revenueQuarters.map(\.description).last, "2026-Q3", "the current quarter is not complete")
        XCTAssertEqual(digest.revenueQuarters.count, 8)
        let team = digest.activityMix.last!
        let perRep = digest.activityMix.dropLast()
        for kind in ActivityKind.allCases {
            XCTAssertEqual(team.counts[kind], perRep.compactMap { $0.counts[kind] }.reduce(team.counts[kind].map { $0.map { _ in 0 } }) {
                zip($0 ?? [], $1).map { $0 + $1 }
            }, "the team's mix is the sum of the reps' (\(kind))")
        }
    }

    func testAVeryEarlyDateGivesFewerQuartersNotACrash() throws {
        let digest = PortfolioDigest(try load("""
        {"format": "rapport-portfolio/1", "as_of": "0001-05-01", "team": {"name": "T"},
         "reps": [{"id": "r", "name": "R"}], "accounts": [], "leads": []}
        """), asOf: CalendarDate(year: 1, month: 5, day: 1)!)
        XCTAssertEqual(digest.activityQuarters.map(\.description), ["0001-Q1", "0001-Q2"])
        XCTAssertEqual(digest.revenueQuarters.map(\.description), ["0001-Q1"])
        XCTAssertEqual(digest.keyRevenue.last?.count, 1)
        let html = HTMLCharts.trend(digest.keyRevenue.last!, quarters: digest.revenueQuarters, title: "t", format: digest.money)
        XCTAssertTrue(html.contains("No key-account revenue"))
    }
}

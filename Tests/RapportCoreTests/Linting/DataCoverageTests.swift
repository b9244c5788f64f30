import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// A rule that reads data the portfolio lacks entirely does not run and is listed instead
/// (issue #19): "missing is never zero".
final class DataCoverageTests: XCTestCase {
    static let pack = RuleSetChecker.checkShipped()

    /// The example team with one kind of data taken out everywhere.
    func team(without data: DataSet) throws -> Portfolio {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Examples/northwind-team.json")))
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        var accounts = try XCTUnwrap(root["accounts"] as? [[String: Any]])
        func edit(_ key: String, _ body: (inout [String: Any]) -> Void) {
            for index in accounts.indices {
                guard var items = accounts[index][key] as? [[String: Any]] else { continue }
                for item in items.indices { body(&items[item]) }
                accounts[index][key] = items
            }
        }
        for index in accounts.indices {
            switch data {
            case .revenue: accounts[index]["revenue"] = nil
            case .growthPlans: accounts[index]["growth_plan"] = nil
            case .contacts: accounts[index]["contacts"] = nil
            case .activities: accounts[index]["activities"] = nil
            case .opportunities: accounts[index]["opportunities"] = nil
            default: break
            }
        }
        switch data {
        case .contacts:
            edit("activities") { $0["contacts"] = nil }
            edit("opportunities") { $0["contacts"] = nil }
        case .contactLevels: edit("contacts") { $0["level"] = nil }
        case .contactRoles: edit("contacts") { $0["role"] = nil }
        case .proposals: edit("opportunities") { $0["proposal"] = nil }
        case .planActions:
            for index in accounts.indices {
                guard var plan = accounts[index]["growth_plan"] as? [String: Any] else { continue }
                plan["actions"] = nil
                accounts[index]["growth_plan"] = plan
            }
        case .leads: root["leads"] = nil
        case .leadTouches:
            root["leads"] = (root["leads"] as? [[String: Any]])?.map { lead in
                var copy = lead
                copy["touches"] = nil
                return copy
            }
        default: break
        }
        root["accounts"] = accounts
        let json = try JSONSerialization.data(withJSONObject: root)
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: Array(json), path: "without-\(data.rawValue).json", syntax: .json, sources: &sources)
        return try XCTUnwrap(load.portfolio, load.diagnostics.map(\.message).joined(separator: "\n"))
    }

    func testTheExampleTeamHoldsEveryKindOfDataSoEveryRuleJudges() throws {
        var sources = SourceMap()
        let example = try XCTUnwrap(PortfolioLoader.load(path: Repo.path("Examples/northwind-team.json"), sources: &sources).portfolio)
        XCTAssertEqual(DataCoverage(example).missing, [])
        XCTAssertTrue(LintEngine.lint(Self.pack.checked, on: example, sources: Self.pack.sources).applicability.notApplicable.isEmpty)
    }

    func testEachKindOfDataMissingStopsExactlyTheRulesThatReadIt() throws {
        for data in DataSet.allCases {
            let portfolio = try team(without: data)
            XCTAssertTrue(DataCoverage(portfolio).missing.contains(data), "\(data) is seen as missing")
            let outcome = LintEngine.lint(Self.pack.checked, on: portfolio, sources: Self.pack.sources)
            let readers = Set(Self.pack.checked.rules.filter { RuleInputs.dataSets(of: $0, in: Self.pack.checked).contains(data) }.map(\.id))
            // The pack reads every kind but buying roles.
            guard !readers.isEmpty else {
                XCTAssertEqual(data, .contactRoles)
                continue
            }
            XCTAssertTrue(readers.isSubset(of: outcome.applicability.ruleIDs), "every rule reading \(data) is listed as unable to judge")
            // No finding comes from a rule whose inputs the portfolio lacks.
            let missing = Set(DataCoverage(portfolio).missing)
            for finding in outcome.findings {
                let rule = try XCTUnwrap(Self.pack.checked.rule(finding.rule))
                XCTAssertTrue(RuleInputs.dataSets(of: rule, in: Self.pack.checked).isDisjoint(with: missing),
                              "\(finding.rule) fired on a portfolio without \(missing)")
            }
            let summary = try XCTUnwrap(outcome.applicability.summary)
            XCTAssertTrue(summary.contains(data.partOf.map { missing.contains($0) ? $0.missingPhrase : data.missingPhrase } ?? data.missingPhrase),
                          summary)
            // Asked to, every rule runs again.
            var options = LintOptions()
            options.judgeWithoutData = true
            XCTAssertTrue(LintEngine.lint(Self.pack.checked, on: portfolio, sources: Self.pack.sources, options: options)
                            .applicability.notApplicable.isEmpty)
        }
    }

    func testWhatARuleReadsFollowsComputedFields() throws {
        let checked = Self.pack.checked
        let inputs = RuleInputs.dataSets(of: try XCTUnwrap(checked.rule("key_account_without_growth_plan")), in: checked)
        // `is_key` reads `lifetime`, the sum of the revenue.
        XCTAssertEqual(inputs, [.revenue, .growthPlans])
        let single = RuleInputs.dataSets(of: try XCTUnwrap(checked.rule("single_threaded_key_account")), in: checked)
        XCTAssertTrue(single.isSuperset(of: [.contacts, .contactLevels]))
    }

    func testTheStreamedRunListsTheSameRules() throws {
        let portfolio = try team(without: .activities)
        let folder = TemporaryFolder()
        let path = folder.path + "/team.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(PortfolioWriter.json(portfolio))))
        var options = LintOptions()
        options.parallel = false
        let streamed = try XCTUnwrap(StreamingLint.run(path: path, rules: Self.pack.checked, sources: Self.pack.sources, options: options,
                                                       partBytes: 4096))
        let whole = LintEngine.lint(Self.pack.checked, on: portfolio, sources: Self.pack.sources, options: options)
        XCTAssertEqual(streamed.applicability.notApplicable, whole.applicability.notApplicable)
        XCTAssertEqual(streamed.findings.map(\.message), whole.findings.map(\.message))
    }
}

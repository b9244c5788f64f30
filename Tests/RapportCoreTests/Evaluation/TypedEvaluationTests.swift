import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The evaluator's typed paths (``Compiler/typedEval(_:)``) against its general path: the same
/// findings, text and evidence, over generated portfolios.
final class TypedEvaluationTests: XCTestCase {
    private func checked(_ path: String) throws -> CheckResult {
        let result = RuleSetChecker.check(path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertTrue(errors.isEmpty, DiagnosticRenderer(sources: result.sources).render(errors))
        return result
    }

    /// Asserts both paths give the same findings; returns how many.
    @discardableResult
    private func assertSameBothWays(_ rules: CheckResult, _ portfolio: Portfolio, _ message: String,
                                    options: LintOptions = LintOptions(), line: UInt = #line) -> Int {
        var general = options
        general.typedEvaluation = false
        let expected = LintEngine.run(rules.checked, on: portfolio, sources: rules.sources, options: general)
        let actual = LintEngine.run(rules.checked, on: portfolio, sources: rules.sources, options: options)
        XCTAssertEqual(actual.count, expected.count, message, line: line)
        for (a, e) in zip(actual, expected) where a != e {
            XCTFail("\(message): \(a.rule) on \(a.subject.id):\n  typed   \(a.message) \(a.evidence)\n  general \(e.message) \(e.evidence)", line: line)
            break
        }
        return expected.count
    }

    func testShippedPackOnThreeSeeds() throws {
        let rules = RuleSetChecker.checkShipped()
        for seed: UInt64 in [1, 2, 3] {
            let count = assertSameBothWays(rules, try generatedPortfolio(600, seed: seed), "seed \(seed)")
            XCTAssertGreaterThan(count, 100)
        }
    }

    func testShippedPackWithOptions() throws {
        var options = LintOptions()
        options.asOf = CalendarDate(year: 2026, month: 3, day: 31)
        options.params = ["key_percentile": .number(0.5), "recent": .duration(Duration(months: 1)), "big_deal_percentile": .number(0.5)]
        options.parallel = false
        assertSameBothWays(RuleSetChecker.checkShipped(), try generatedPortfolio(400, seed: 7), "with options", options: options)
    }

    /// Two workers taking chunks of every rule in turn give the findings of one worker, in the
    /// same order (rule, then subject).
    func testTwoWorkersMatchOne() throws {
        let rules = RuleSetChecker.checkShipped()
        let portfolio = try generatedPortfolio(1500, seed: 9)
        var one = LintOptions()
        one.parallel = false
        let expected = LintEngine.run(rules.checked, on: portfolio, sources: rules.sources, options: one)
        let actual = LintEngine.run(rules.checked, on: portfolio, sources: rules.sources)
        XCTAssertGreaterThan(expected.count, 500)
        XCTAssertEqual(actual, expected)
        let chunks = LintEngine.split(1500, size: 256)
        XCTAssertEqual(chunks.count, 6)
        XCTAssertEqual(chunks.last, 1280..<1500)
    }

    /// Every typed form, with missing values on either side, as evidence of a rule per subject type.
    func testProbeOfEveryTypedForm() throws {
        let rules = try checked(Repo.path("Tests/Fixtures/rules/typed-probe.rapport"))
        for seed: UInt64 in [4, 5] {
            let count = assertSameBothWays(rules, try generatedPortfolio(300, seed: seed), "probe, seed \(seed)")
            XCTAssertGreaterThan(count, 300, "every account, deal, rep and lead is probed")
        }
    }

    func testSpecExamples() throws {
        guard let examples = Repo.sharedExamples else { throw XCTSkip("no ../shared/spec/examples") }
        let rules = try checked(examples)
        XCTAssertGreaterThan(assertSameBothWays(rules, try generatedPortfolio(500, seed: 8), "spec examples"), 10)
    }
}

/// `onlyRep` (one rep's agenda) gives exactly the findings of a whole run that coach that rep.
final class OnlyRepTests: XCTestCase {
    func testOneRepsFindingsAreTheWholeRunsForThatRep() throws {
        let rules = RuleSetChecker.checkShipped()
        for portfolio in [try generatedPortfolio(400, seed: 2), try XCTUnwrap({
            var sources = SourceMap()
            return PortfolioLoader.load(path: Repo.path("Examples/northwind-team.json"), sources: &sources).portfolio
        }())] {
            let whole = LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources).findings
            for rep in 0..<portfolio.reps.count {
                var options = LintOptions()
                options.onlyRep = Int32(rep)
                let only = LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources, options: options).findings
                XCTAssertEqual(only, whole.filter { $0.rep?.index == Int32(rep) }, "rep \(rep)")
            }
        }
    }
}

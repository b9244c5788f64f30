import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The shipped pack's own `test` blocks, run by the same runner as `rapport test`.
final class RulePackTests: XCTestCase {
    private func outcomes(_ path: String) -> ([RuleTestOutcome], CheckResult) {
        let result = RuleSetChecker.check(path: path)
        XCTAssertFalse(result.diagnostics.hasErrors, DiagnosticRenderer(sources: result.sources).render(result.diagnostics))
        return (TestRunner.run(result).outcomes, result)
    }

    func testEveryShippedRuleHasPassingTests() {
        let (outcomes, result) = outcomes(Repo.path("Rules"))
        XCTAssertGreaterThanOrEqual(result.checked.rules.count, 20)
        for outcome in outcomes {
            XCTAssertTrue(outcome.passed, "\(outcome.test.rule): \(outcome.failures.joined(separator: "; "))")
        }
        let untested = Set(result.checked.rules.map(\.id)).subtracting(outcomes.map(\.test.rule))
        XCTAssertEqual(untested, [], "every shipped rule needs a test")
    }

    func testEveryShippedRuleHasTitleBecauseAndTags() {
        let result = RuleSetChecker.check(path: Repo.path("Rules"))
        for rule in result.checked.rules {
            XCTAssertNotNil(rule.title, "\(rule.id) has no title")
            XCTAssertNotNil(rule.rationale, "\(rule.id) has no `because`")
            XCTAssertFalse(rule.tags.isEmpty, "\(rule.id) has no tags")
        }
    }

    func testSpecExampleTestsPass() throws {
        guard let examples = Repo.sharedExamples else { throw XCTSkip("no ../shared/spec/examples") }
        let (outcomes, _) = outcomes(examples)
        XCTAssertFalse(outcomes.isEmpty)
        for outcome in outcomes { XCTAssertTrue(outcome.passed, "\(outcome.test.rule): \(outcome.failures)") }
    }

    func testAFailingTestReportsExpectedAndActual() {
        let folder = TemporaryFolder()
        let fixture = try! String(contentsOfFile: Repo.path("Rules/fixtures/key_accounts.json"), encoding: .utf8)
        folder.write("fixtures/f.json", fixture)
        folder.write("r.rapport", """
            rule tiered_key
              severity info
              for each account a
              when a.tier == "key"
              advise "{a.name}"
            end

            test tiered_key
              given "fixtures/f.json"
              expect finding on "a-3"
              expect no finding on "a-1"
              expect 2 findings
            end
            """)
        let (outcomes, _) = outcomes(folder.path + "/r.rapport")
        XCTAssertEqual(outcomes.first?.failures, [
            "expected a finding on \"a-3\", but there is none",
            "expected no finding on \"a-1\", but there is one",
            "expected 2 findings, found 3",
        ])
        XCTAssertEqual(outcomes.first?.findings.map(\.subject.id), ["a-1", "a-2", "a-4"])
    }
}

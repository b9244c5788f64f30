/// The outcome of one `test` block.
public struct RuleTestOutcome: Sendable {
    public let test: RuleTest
    /// One line per unmet expectation (empty when the test passed).
    public let failures: [String]
    /// The findings the rule produced on the fixture.
    public let findings: [Finding]
    /// Problems loading the fixture, if any (then the test fails).
    public let loadDiagnostics: [Diagnostic]

    public var passed: Bool { failures.isEmpty && !loadDiagnostics.hasErrors }
}

/// Runs the `test` blocks of a checked rule set. One runner serves `rapport test` and the
/// XCTest suite.
public enum TestRunner {
    /// Runs every test of `result` (fixture paths are relative to each rule file).
    public static func run(_ result: CheckResult) -> (outcomes: [RuleTestOutcome], sources: SourceMap) {
        var sources = result.sources
        var fixtures: [String: PortfolioLoad] = [:]
        var outcomes: [RuleTestOutcome] = []
        for test in result.checked.tests {
            let load = fixtures[test.fixture] ?? PortfolioLoader.load(path: test.fixture, sources: &sources)
            fixtures[test.fixture] = load
            guard let portfolio = load.portfolio else {
                outcomes.append(RuleTestOutcome(test: test, failures: ["the fixture \(test.fixture) did not load"],
                                                findings: [], loadDiagnostics: load.diagnostics))
                continue
            }
            var options = LintOptions()
            options.select = [test.rule]
            options.parallel = false
            let findings = LintEngine.run(onlyRule(test.rule, of: result.checked), on: portfolio, sources: result.sources, options: options)
            outcomes.append(RuleTestOutcome(test: test, failures: check(test.expectations, findings), findings: findings,
                                            loadDiagnostics: []))
        }
        return (outcomes, sources)
    }

    /// The rule set with only rule `id` (tags of other rules must not select them).
    static func onlyRule(_ id: String, of checked: CheckedRuleSet) -> CheckedRuleSet {
        var copy = checked
        copy.rules = checked.rules.filter { $0.id == id }
        return copy
    }

    static func check(_ expectations: [Expectation], _ findings: [Finding]) -> [String] {
        var failures: [String] = []
        let subjects = findings.map(\.subject.id)
        for expectation in expectations {
            switch expectation {
            case .finding(let id, _) where !subjects.contains(id):
                failures.append("expected a finding on \"\(id)\", but there is none")
            case .noFinding(let id, _) where subjects.contains(id):
                failures.append("expected no finding on \"\(id)\", but there is one")
            case .count(let count, _) where findings.count != count:
                failures.append("expected \(count) finding\(count == 1 ? "" : "s"), found \(findings.count)")
            default: break
            }
        }
        return failures
    }
}

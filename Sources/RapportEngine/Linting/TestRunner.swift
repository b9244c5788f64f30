import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

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
            let outcome = LintEngine.lint(onlyRule(test.rule, of: result.checked), on: portfolio, sources: result.sources, options: options)
            let findings = outcome.findings
            // A subject the rule cannot be evaluated for fails the test, whatever it expects.
            let errors = outcome.errors.map { "could not be evaluated: \($0.summary)" }
            outcomes.append(RuleTestOutcome(test: test, failures: errors + check(test.expectations, findings), findings: findings,
                                            loadDiagnostics: []))
        }
        return (outcomes, sources)
    }

    /// The rule set with only rule `id` (tags of other rules must not select them).
    package static func onlyRule(_ id: String, of checked: CheckedRuleSet) -> CheckedRuleSet {
        var copy = checked
        copy.rules = checked.rules.filter { $0.id == id }
        return copy
    }

    package static func check(_ expectations: [Expectation], _ findings: [Finding]) -> [String] {
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

/// How well a rule set's tests exercise its rules (`rapport test --coverage`).
public struct RuleCoverage: Sendable {
    public struct Line: Sendable {
        public let rule: String
        /// The rule has at least one `test` block.
        public let tested: Bool
        /// It fires on at least one subject of the fixtures.
        public let fires: Bool
        /// It stays silent on at least one subject of the fixtures.
        public let staysSilent: Bool

        /// Tested, and seen both firing and not firing.
        public var covered: Bool { tested && fires && staysSilent }
    }

    public let lines: [Line]

    /// Share of rules covered, 0–100.
    public var percent: Double {
        lines.isEmpty ? 100 : Double(lines.filter(\.covered).count) * 100 / Double(lines.count)
    }

    /// Runs every rule over every fixture the tests use.
    public static func measure(_ result: CheckResult) -> RuleCoverage {
        var sources = result.sources
        let fixtures = Set(result.checked.tests.map(\.fixture)).sorted()
        let portfolios = fixtures.compactMap { PortfolioLoader.load(path: $0, sources: &sources).portfolio }
        var fired: [String: Bool] = [:]
        var silent: [String: Bool] = [:]
        for portfolio in portfolios {
            var options = LintOptions()
            options.parallel = false
            let findings = LintEngine.run(result.checked, on: portfolio, sources: result.sources, options: options)
            let byRule = Dictionary(grouping: findings, by: \.rule)
            for rule in result.checked.rules {
                let hits = byRule[rule.id]?.count ?? 0
                let subjects = portfolio.count(of: rule.subjectType)
                if hits > 0 { fired[rule.id] = true }
                if hits < subjects { silent[rule.id] = true }
            }
        }
        let tested = Set(result.checked.tests.map(\.rule))
        return RuleCoverage(lines: result.checked.rules.map { rule in
            Line(rule: rule.id, tested: tested.contains(rule.id), fires: fired[rule.id] ?? false,
                 staysSilent: silent[rule.id] ?? false)
        })
    }
}

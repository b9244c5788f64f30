import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// Rapport's stages in one place, each named and timed: the rules (`rules: load` → `parse` →
/// `resolve` → `check`), the portfolio (`portfolio: load` whole, or read in parts together with
/// the evaluation), then `evaluate` → `snoozes` → `report`. `lint`, `coach`, `explain`, `test`,
/// the REPL and the benchmark run their stages through it; `--timings` prints ``timings``.
public struct Pipeline: Sendable {
    /// What each stage took so far.
    public private(set) var timings = StageTimings()

    public init() {}

    /// The rule set at `path` (a file or folder), or the shipped pack when nil: loaded with its
    /// imports, parsed, its names resolved and its types checked.
    public mutating func rules(at path: String?) -> CheckResult {
        if let path { return RuleSetChecker.check(path: path, timings: &timings) }
        return RuleSetChecker.checkShipped(timings: &timings)
    }

    /// The rule set already loaded (the REPL's files and the declarations typed at its prompt),
    /// resolved and checked.
    public mutating func rules(loaded: LoadedRuleSet, sources: SourceMap) -> CheckResult {
        RuleSetChecker.check(loaded: loaded, sources: sources, checkFixtures: false, timings: &timings)
    }

    /// The portfolio at `path`, read whole.
    public mutating func portfolio(at path: String, sources: inout SourceMap) -> PortfolioLoad {
        timings.time("portfolio: load") { PortfolioLoader.load(path: path, sources: &sources) }
    }

    /// The portfolio in `bytes` (read already, from a file called `path`).
    public mutating func portfolio(bytes: [UInt8], path: String, sources: inout SourceMap) -> PortfolioLoad {
        timings.time("portfolio: load") {
            PortfolioLoader.load(bytes: bytes, path: path, syntax: PortfolioLoader.Syntax.detect(path: path, bytes: bytes),
                                 sources: &sources)
        }
    }

    /// The rules evaluated on the whole portfolio.
    public mutating func evaluate(_ rules: CheckResult, on portfolio: Portfolio, options: LintOptions) -> LintOutcome {
        timings.time("evaluate") { LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources, options: options) }
    }

    /// ``evaluate(_:on:options:)`` reading and keeping computed values in `memo` (the REPL's).
    package mutating func evaluate(_ rules: CheckResult, on portfolio: Portfolio, options: LintOptions, memo: Memo) -> LintOutcome {
        timings.time("evaluate") { LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources, options: options, memo: memo) }
    }

    /// The JSON portfolio at `path` read in parts, each evaluated as it comes: one stage, since
    /// the two interleave. Nil when the file must be read whole instead (``StreamingLint``).
    public mutating func evaluateInParts(path: String, rules: CheckResult, options: LintOptions,
                                         phase: ((String) -> Void)? = nil) -> StreamingLint.Result? {
        timings.time("portfolio: load and evaluate, in parts") {
            StreamingLint.run(path: path, rules: rules.checked, sources: rules.sources, options: options, phase: phase)
        }
    }

    /// The snoozes for the portfolio at `path` (read from where `source` says), with their problems.
    public mutating func snoozes(_ source: BatchLint.Snoozes, for path: String, ruleIDs: [String],
                                 sources: inout SourceMap) -> ([Snooze], [Diagnostic]) {
        timings.time("snoozes") { source.entries(for: path, ruleIDs: ruleIDs, sources: &sources) }
    }

    /// `snoozes` applied to `findings` on `date`.
    public mutating func applySnoozes(_ findings: [Finding], _ snoozes: [Snooze], on date: CalendarDate) -> SnoozeOutcome {
        timings.time("snoozes") { SnoozeOutcome(findings, snoozes: snoozes, on: date) }
    }

    /// The report (or agenda) made and written by `body`.
    public mutating func report<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try timings.time("report", body)
    }

    /// Runs `body` as a stage of its own (`test`, a REPL query).
    public mutating func stage<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        try timings.time(name, body)
    }

    /// Adds the stages of `other` (a batch worker's) to these.
    public mutating func merge(_ other: Pipeline) { timings.merge(other.timings) }
}

import ArgumentParser
import Foundation
import RapportCore

extension Severity: ExpressibleByArgument {}

/// Loads and checks the rule set at `path` (or the shipped pack), or prints why it cannot be
/// used and exits with status 2.
func loadRulesOrExit(_ path: String?, color: ColorChoice) throws -> CheckResult {
    let result = path.map { RuleSetChecker.check(path: $0) } ?? RuleSetChecker.checkShipped()
    if result.diagnostics.hasErrors {
        let errors = result.diagnostics.filter { $0.severity == .error }
        Terminal.err(DiagnosticRenderer(sources: result.sources, colored: color.enabledForStderr).render(errors) + "\n")
        Terminal.err("the rules in \(path ?? "the shipped pack") have \(plural(errors.count, "error")); run `rapport check` for details\n")
        throw ExitCode(2)
    }
    return result
}

/// Reads `--param name=value` options, or prints the problems and exits with status 2.
func paramValuesOrExit(_ arguments: [String], rules: CheckResult, color: ColorChoice) throws -> [String: Value] {
    var values: [String: Value] = [:]
    var sources = rules.sources
    var problems: [Diagnostic] = []
    for argument in arguments {
        let (value, diagnostics) = ParamOverride.parse(argument, params: rules.checked.params, sources: &sources)
        if let value { values[value.name] = value.value }
        problems += diagnostics
    }
    if !problems.isEmpty {
        Terminal.err(DiagnosticRenderer(sources: sources, colored: color.enabledForStderr).render(problems) + "\n")
        throw ExitCode(2)
    }
    return values
}

extension ColorChoice {
    /// Colour for messages on standard error.
    var enabledForStderr: Bool {
        switch self {
        case .auto: isatty(STDERR_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        case .always: true
        case .never: false
        }
    }
}

/// The options every command that evaluates rules shares (`lint`, `coach`, `explain`).
struct EvaluationOptions: ParsableArguments {
    @Option(help: "A rule file or folder (default: the shipped pack).")
    var rules: String?

    @Option(name: .customLong("as-of"), help: "Evaluate as of this date (YYYY-MM-DD) instead of the portfolio's as_of.")
    var asOf: CalendarDate?

    @Option(name: .customLong("param"), help: "Override a rule param, e.g. --param 'dark_after=60 days'. Repeatable.")
    var params: [String] = []

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("judge-without-data"),
          help: "Run every rule, also those reading data the portfolio lacks entirely (by default they are listed as unable to judge).")
    var judgeWithoutData = false

    /// Loads and checks the rules and reads the params, or prints the problems and exits 2.
    func prepare() throws -> (CheckResult, LintOptions) {
        let ruleSet = try loadRulesOrExit(rules, color: color)
        var options = LintOptions()
        options.asOf = asOf
        options.params = try paramValuesOrExit(params, rules: ruleSet, color: color)
        options.judgeWithoutData = judgeWithoutData
        return (ruleSet, options)
    }
}

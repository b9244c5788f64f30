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

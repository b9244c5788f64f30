import ArgumentParser
import Foundation
import RapportCore

extension Severity: ExpressibleByArgument {}

/// The options every command that evaluates rules shares (`lint`, `coach`, `explain`).
struct EvaluationOptions: ParsableArguments {
    @Option(help: "A rule file or folder (default: the shipped pack).", completion: ShellCompletions.ruleFiles)
    var rules: String?

    @Option(name: .customLong("as-of"), help: "Evaluate as of this date (YYYY-MM-DD) instead of the portfolio's as_of.", transform: dateArgument)
    var asOf: CalendarDate?

    @Option(name: .customLong("param"), help: "Override a rule param, e.g. --param 'dark_after=60 days'. Repeatable.")
    var params: [String] = []

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("judge-without-data"),
          help: "Run every rule, also those reading data the portfolio lacks entirely (by default they are listed as unable to judge).")
    var judgeWithoutData = false

    @Flag(help: "Print the time of each stage (rules, portfolio, evaluate, snoozes, report) on standard error.")
    var timings = false

    /// The frontend for a command with these options.
    func frontend() -> Frontend { Frontend(color: color, timings: timings) }

    /// Loads and checks the rules and reads the params; a problem ends the command (status 2).
    func prepare(_ frontend: Frontend) throws -> (CheckResult, LintOptions) {
        let ruleSet = try frontend.rules(at: rules)
        var options = LintOptions()
        options.asOf = asOf
        options.params = try frontend.params(params, rules: ruleSet)
        options.judgeWithoutData = judgeWithoutData
        return (ruleSet, options)
    }
}

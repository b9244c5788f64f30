import ArgumentParser
import Foundation
import RapportCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain why a rule fired or not for one subject: each part of its condition with its value.",
        discussion: "SUBJECT is an id or a name (any case; any value for team rules). Exit 2 when the rule or subject is unknown."
    )

    @Argument(help: "The rule id.", completion: ShellCompletions.rules)
    var rule: String

    @Argument(help: "The subject: its id, or its name.", completion: ShellCompletions.subjects)
    var subject: String

    @Argument(help: "A portfolio file (.json, .yaml).", completion: ShellCompletions.portfolio)
    var portfolio: String

    @OptionGroup var evaluation: EvaluationOptions

    func run() throws {
        let frontend = evaluation.frontend()
        defer { frontend.finish() }
        let (ruleSet, options) = try evaluation.prepare(frontend)
        let (loaded, _) = try frontend.portfolio(at: portfolio)
        let (explanation, problem) = frontend.pipeline.stage("evaluate") {
            Explainer.explain(rule: rule, subject: subject, rules: ruleSet, portfolio: loaded, options: options, what: portfolio)
        }
        guard let explanation else { throw frontend.failure([problem].compactMap { $0 }) }
        // Names and values from the data, with their control characters made visible.
        Terminal.out(frontend.pipeline.report { TerminalText.escaped(explanation.render(), keepLayout: true) })
        if explanation.error != nil { throw ExitCode(2) }
    }
}

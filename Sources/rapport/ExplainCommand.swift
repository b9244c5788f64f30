import ArgumentParser
import Foundation
import RapportCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain why a rule fired or not for one subject: each part of its condition with its value.",
        discussion: "SUBJECT is an id (a rep may also be given by name; any value for team rules). Exit 2 when the rule or subject is unknown."
    )

    @Argument(help: "The rule id.")
    var rule: String

    @Argument(help: "The subject's id.")
    var subject: String

    @Argument(help: "A portfolio file (.json, .yaml).")
    var portfolio: String

    @OptionGroup var evaluation: EvaluationOptions

    func run() throws {
        let (ruleSet, options) = try evaluation.prepare()
        let (loaded, _) = try loadPortfolioOrExit(portfolio, color: evaluation.color)
        let (explanation, problem) = Explainer.explain(rule: rule, subject: subject, rules: ruleSet, portfolio: loaded, options: options)
        guard let explanation else {
            Terminal.err("error: \(TerminalText.escaped(problem ?? "cannot explain"))\n")
            throw ExitCode(2)
        }
        // Names and values from the data, with their control characters made visible.
        Terminal.out(TerminalText.escaped(explanation.render(), keepLayout: true))
        if explanation.error != nil { throw ExitCode(2) }
    }
}

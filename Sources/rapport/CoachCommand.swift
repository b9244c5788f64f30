import ArgumentParser
import Foundation
import RapportCore

struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each rep's coaching agenda for the next 1:1: top corrections and what to praise.",
        discussion: """
        Findings about the same subject merge into one talking point; points are ranked by \
        severity, then priority. Team-level findings come first, for the team meeting. \
        Without --rules the shipped coaching pack is used.
        """
    )

    @Argument(help: "A portfolio file (.json, .yaml).")
    var portfolio: String

    @Option(help: "Only this rep (name or id).")
    var rep: String?

    @Option(help: "Corrections per rep.")
    var top: Int = 3

    @OptionGroup var evaluation: EvaluationOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let (ruleSet, options) = try evaluation.prepare()
        let color = evaluation.color
        let asOf = evaluation.asOf
        let (loaded, _) = try loadPortfolioOrExit(portfolio, color: color)
        var findings = LintEngine.run(ruleSet.checked, on: loaded, sources: ruleSet.sources, options: options)
        if let rep {
            let names = loaded.reps.flatMap { [loaded.string($0.id), loaded.string($0.name)] }
            guard let match = loaded.reps.firstIndex(where: {
                loaded.string($0.id).lowercased() == rep.lowercased() || loaded.string($0.name).lowercased() == rep.lowercased()
            }) else {
                let hint = NameSuggester.suggest(rep, from: names).map { "; did you mean `\($0)`?" } ?? ""
                Terminal.err("error: \(portfolio) has no rep called `\(rep)`\(hint)\n")
                throw ExitCode(2)
            }
            findings = findings.filter { $0.rep?.index == Int32(match) }
        }
        let agendas = CoachingAgenda.build(findings, top: top)
        Terminal.out(CoachingAgenda.render(agendas, team: loaded.string(loaded.team.name), asOf: asOf ?? loaded.asOf,
                                           colored: color.enabled))
    }
}

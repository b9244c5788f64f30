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

    @Flag(help: "Every correction, not only the top ones (with --rep, the whole list for one 1:1).")
    var all = false

    @OptionGroup var snoozes: SnoozeOptions

    @OptionGroup var evaluation: EvaluationOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let (ruleSet, options) = try evaluation.prepare()
        let color = evaluation.color
        let asOf = evaluation.asOf
        let (loaded, _) = try loadPortfolioOrExit(portfolio, color: color)
        var snoozeSources = SourceMap()
        let (entries, problems) = try snoozes.source(rules: ruleSet, color: color)
            .entries(for: portfolio, ruleIDs: ruleSet.checked.rules.map(\.id), sources: &snoozeSources)
        if !problems.isEmpty {
            Terminal.err(DiagnosticRenderer(sources: snoozeSources, colored: color.enabledForStderr).render(problems) + "\n")
            Terminal.err("the snooze file beside \(portfolio) cannot be used: \(plural(problems.count, "error"))\n")
            throw ExitCode(2)
        }
        let outcome = LintEngine.lint(ruleSet.checked, on: loaded, sources: ruleSet.sources, options: options)
        let report = SnoozeOutcome(outcome.findings, snoozes: entries, on: asOf ?? loaded.asOf)
        var findings = report.kept
        if let rep {
            guard let match = SubjectLookup.find(rep, type: .rep, in: loaded) else {
                let hint = SubjectLookup.suggestion(rep, type: .rep, in: loaded).map { "; did you mean `\($0)`?" } ?? ""
                Terminal.err("error: \(portfolio) has no rep called `\(rep)`\(hint)\n")
                throw ExitCode(2)
            }
            findings = findings.filter { $0.rep?.index == match.index }
        }
        let agendas = CoachingAgenda.build(findings, top: all ? Int.max : top)
        let path = portfolio
        Terminal.out(CoachingAgenda.render(agendas, team: loaded.string(loaded.team.name), asOf: asOf ?? loaded.asOf,
                                           colored: color.enabled, coverage: outcome.applicability.summary, width: Terminal.width(),
                                           more: { rep in
                                               "`rapport coach \(shellQuoted(path))" + (rep.map { " --rep \(shellQuoted($0.id))" } ?? "")
                                                   + " --all` shows every point"
                                           }))
        if !report.snoozed.isEmpty || !report.expired.isEmpty {
            var line = "\n\(plural(report.snoozed.count, "finding")) snoozed"
            if !report.expired.isEmpty { line += "; \(plural(report.expired.count, "snooze")) expired (rapport snooze list)" }
            Terminal.out(line + "\n")
        }
        try exitOnEvaluationErrors(outcome.errors)
    }
}

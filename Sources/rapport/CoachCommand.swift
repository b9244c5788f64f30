import ArgumentParser
import Foundation
import RapportCore

struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each rep's coaching agenda for the next 1:1: top corrections and what to praise.",
        discussion: """
        Findings about the same subject merge into one talking point; points are ranked by \
        severity, then priority. Team-level findings come first, for the team meeting. \
        Without --rules the shipped coaching pack is used; without a portfolio, the example         team built into rapport (Examples/northwind-team.json).
        """
    )

    @Argument(help: ArgumentHelp("A portfolio file (.json, .yaml); without one, the bundled example team.", valueName: "portfolio"),
              completion: ShellCompletions.portfolio)
    var file: String?

    /// The portfolio's path: the one given, or the bundled example team's.
    private var portfolio: String { file ?? ExampleTeam.path }

    @Option(help: "Only this rep (name or id).", completion: ShellCompletions.reps)
    var rep: String?

    @Option(help: "Corrections per rep.")
    var top: Int = 3

    @Flag(help: "Every correction, not only the top ones (with --rep, the whole list for one 1:1).")
    var all = false

    @Flag(name: .customLong("no-pager"), help: "Never page the agenda (by default, one taller than the terminal goes through $PAGER or less).")
    var noPager = false

    @OptionGroup var snoozes: SnoozeOptions

    @OptionGroup var historyOptions: HistoryOptions

    @OptionGroup var evaluation: EvaluationOptions

    @OptionGroup(title: "Warehouse") var warehouse: EngineOptions

    func validate() throws {
        if file != nil && warehouse.engine != nil { throw ValidationError("give a portfolio file or --engine, not both") }
        try historyOptions.validate(engine: warehouse.engine)
        if top < 1 { throw ValidationError("--top must be at least 1") }
        // One rep's agenda would record every other rep's findings as fixed.
        if historyOptions.record && rep != nil { throw ValidationError("--record records the whole team's run: leave out --rep") }
        if historyOptions.record && file == nil && warehouse.engine == nil { throw ValidationError("--record needs a portfolio file: the bundled example team has no history") }
    }

    func run() throws {
        let frontend = evaluation.frontend()
        defer { frontend.finish() }
        let (ruleSet, options) = try evaluation.prepare(frontend)
        let color = evaluation.color
        let asOf = evaluation.asOf
        let engine = try warehouse.chosen(frontend)
        // On a warehouse, one run brings the portfolio's own values and reps with the findings;
        // --rep then keeps that rep's.
        let warehouseRun = try engine.map { try EngineOptions.run(ruleSet, options: options, on: $0, digest: false, frontend: frontend) }
        let loaded = try warehouseRun?.head ?? frontend.portfolio(at: portfolio, bytes: ExampleTeam.bundledBytes(given: file)).0
        let source = try snoozes.source(rules: ruleSet, frontend: frontend)
        let entries = engine == nil ? try frontend.snoozes(source, for: portfolio, rules: ruleSet) : source.given
        let subject = engine?.name ?? portfolio
        var match: Finding.Subject?
        if let rep {
            let (found, unknown) = Lookup.rep(rep, in: loaded, what: subject)
            guard let found else { throw frontend.failure([unknown].compactMap { $0 }) }
            match = found
        }
        var only = options
        only.onlyRep = match?.index
        let outcome: LintOutcome
        if let found = warehouseRun {
            outcome = LintOutcome(findings: match.map { match in found.findings.filter { $0.rep?.index == match.index } } ?? found.findings,
                                  errors: [], applicability: found.applicability)
        } else {
            outcome = frontend.pipeline.evaluate(ruleSet, on: loaded, options: only)
        }
        let report = frontend.pipeline.applySnoozes(outcome.findings, entries, on: asOf ?? loaded.asOf)
        let command = "rapport coach" + (file.map { " " + shellQuoted($0) } ?? "") + (engine.map { " " + warehouse.arguments(naming: $0) } ?? "")
        let store = try historyOptions.store(for: subject, frontend: frontend)
        let snoozedFindings = report.snoozed.map(\.finding)
        var history: FindingHistory?
        if let store {
            history = try historyOptions.compare(store, report.kept, snoozed: snoozedFindings, asOf: asOf ?? loaded.asOf, frontend: frontend)
            if let shown = history, let match {
                history = FindingHistory(since: shown.since, states: shown.states, fixed: shown.fixed.filter { $0.repID == match.id },
                                         firstSeen: shown.firstSeen)
            }
        }
        let text = frontend.pipeline.report {
            let findings = match.map { match in report.kept.filter { $0.rep?.index == match.index } } ?? report.kept
            let agendas = CoachingAgenda.build(findings, top: all ? Int.max : top)
            return CoachingAgenda.render(agendas, team: loaded.string(loaded.team.name), asOf: asOf ?? loaded.asOf,
                                         colored: color.enabled, coverage: outcome.applicability.summary, width: Terminal.width(),
                                         history: history, more: { rep in
                                             "`\(command)" + (rep.map { " --rep \(shellQuoted($0.id))" } ?? "")
                                                 + " --all` shows every point"
                                         })
        }
        Pager.show(text, enabled: !noPager)
        if !report.snoozed.isEmpty || !report.expired.isEmpty {
            var line = "\n\(plural(report.snoozed.count, "finding")) snoozed"
            if !report.expired.isEmpty { line += "; \(plural(report.expired.count, "snooze")) expired (rapport snooze list)" }
            Terminal.out(line + "\n")
        }
        if historyOptions.record, let store {
            try HistoryOptions.record(store, portfolio: subject, asOf: asOf ?? loaded.asOf, rules: ruleSet, params: evaluation.params,
                                      command: "coach", findings: report.kept, snoozed: snoozedFindings, frontend: frontend)
        }
        try frontend.checkEvaluation(outcome.errors)
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "What the recorded 1:1s show: open findings per rep and run, what was opened and fixed, what stays open longest.",
        discussion: """
        Runs are recorded by `rapport coach --record` and `rapport lint --record` in \
        <portfolio>.history.sqlite (or --history FILE). The file holds what the portfolio held \
        when it was recorded: rule, subject, rep, severity and advice of each finding (docs/history.md). \
        Exit status: 0, or 2 when the history cannot be read.
        """
    )

    @Argument(help: "The portfolio whose history to show (its <portfolio>.history.sqlite).", completion: ShellCompletions.portfolio)
    var portfolio: String?

    @Option(help: "The history file (instead of the one beside a portfolio).", completion: .file(extensions: ["sqlite"]))
    var history: String?

    @Option(help: "Only this rep (id or name, any case).")
    var rep: String?

    @Option(help: "Only the runs from this date on (YYYY-MM-DD).", transform: dateArgument)
    var since: CalendarDate?

    func validate() throws {
        if (portfolio == nil) == (history == nil) { throw ValidationError("give a portfolio, or --history FILE") }
    }

    func run() throws {
        let frontend = Frontend()
        let path = history ?? HistoryStore.path(besidePortfolio: portfolio ?? "")
        do {
            let store = try HistoryStore(path: path, create: false)
            Terminal.out(try HistorySummary.of(store, rep: rep, since: since).render())
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The recorded 1:1s: what was open, opened and fixed per rep and run; retention; export.",
        discussion: """
        Runs are recorded by `rapport coach --record` and `rapport lint --record` in \
        <portfolio>.history.sqlite (or --history FILE). The file holds what the portfolio held \
        when it was recorded: rule, subject, rep, severity and advice of each finding (docs/history.md).
        """,
        subcommands: [HistoryShow.self, HistoryForget.self, HistoryExportCommand.self],
        defaultSubcommand: HistoryShow.self
    )
}

/// Which history file: the one beside a portfolio, or `--history FILE`.
struct HistoryTarget: ParsableArguments {
    @Argument(help: "The portfolio whose history it is (its <portfolio>.history.sqlite).", completion: ShellCompletions.portfolio)
    var portfolio: String?

    @Option(help: "The history file (instead of the one beside a portfolio).", completion: .file(extensions: ["sqlite"]))
    var history: String?

    func validate() throws {
        if (portfolio == nil) == (history == nil) { throw ValidationError("give a portfolio, or --history FILE") }
    }

    func open(_ frontend: Frontend) throws -> HistoryStore {
        do {
            return try HistoryStore(path: history ?? HistoryStore.path(besidePortfolio: portfolio ?? ""), create: false)
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }
}

struct HistoryShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Per recorded run and rep: open findings by severity, opened, fixed; median days to fix; open longest.",
        discussion: "Exit status: 0, or 2 when the history cannot be read."
    )

    @OptionGroup var target: HistoryTarget

    @Option(help: "Only this rep (id or name, any case).")
    var rep: String?

    @Option(help: "Only the runs from this date on (YYYY-MM-DD).", transform: dateArgument)
    var since: CalendarDate?

    func run() throws {
        let frontend = Frontend()
        let store = try target.open(frontend)
        do {
            Terminal.out(try HistorySummary.of(store, rep: rep, since: since).render())
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }
}

struct HistoryForget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Forget the runs recorded as of a date before --before (retention); the file is rewritten without them."
    )

    @OptionGroup var target: HistoryTarget

    @Option(help: "Forget every run as of a date before this one (YYYY-MM-DD).", transform: dateArgument)
    var before: CalendarDate

    func run() throws {
        let frontend = Frontend()
        let store = try target.open(frontend)
        do {
            let count = try store.forget(before: before)
            Terminal.out("forgot \(plural(count, "run")) recorded before \(before) in \(store.path)\n")
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }
}

struct HistoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Every recorded finding with its run, as CSV or JSON, to standard output or a file (written atomically)."
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case csv, json }

    @OptionGroup var target: HistoryTarget

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(name: [.customLong("output"), .customShort("o")], help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let frontend = Frontend()
        let store = try target.open(frontend)
        let rows: [(run: RunInfo, finding: StoredFinding)]
        do { rows = try store.exportRows() } catch { throw frontend.failure("history.unusable", error.description) }
        let text = format == .csv ? HistoryExport.csv(rows) : HistoryExport.json(rows)
        if let output {
            try frontend.refuseOutputsOverInputs([output], inputs: [store.path] + [target.portfolio].compactMap { $0 }, option: "--output")
            try AtomicFile.write(Array(text.utf8), to: output)
        } else {
            Terminal.out(text)
        }
    }
}

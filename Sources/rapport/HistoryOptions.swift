import ArgumentParser
import Foundation
import RapportCore

/// `--record`, `--history PATH` and `--since DATE|last`, shared by `coach` and `lint`.
struct HistoryOptions: ParsableArguments {
    @Flag(help: "Record this run in the history (<portfolio>.history.sqlite, or --history), for the next 1:1's comparison.")
    var record = false

    @Option(help: "The history file (default: <portfolio>.history.sqlite beside the portfolio).", completion: .file(extensions: ["sqlite"]))
    var history: String?

    @Option(help: "Compare with the run recorded on or before DATE, or `last` (the default when a history exists).",
            transform: HistoryOptions.since)
    var since: HistoryStore.Since?

    static func since(_ text: String) throws -> HistoryStore.Since {
        if text == "last" { return .last }
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError(CalendarDate.problem(with: text).map { "\($0), or write `last`" } ?? "write a date (YYYY-MM-DD) or `last`")
        }
        return .date(date)
    }

    /// A warehouse (`--engine`) has no folder to keep its history beside: recording or
    /// comparing needs --history.
    func validate(engine: String?) throws {
        if engine != nil && history == nil && (record || since != nil) {
            throw ValidationError("--record and --since on a warehouse need --history FILE: the warehouse has no folder to keep it in")
        }
    }

    /// The history file of the portfolio at `portfolio`.
    func path(for portfolio: String) -> String { history ?? HistoryStore.path(besidePortfolio: portfolio) }

    /// The store for `portfolio` when one is wanted: to record, or because it exists (or was
    /// named) for the comparison. Nil when there is none and none is wanted.
    func store(for portfolio: String, frontend: Frontend) throws -> HistoryStore? {
        let path = path(for: portfolio)
        guard record || history != nil || since != nil || FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try HistoryStore(path: path, create: record)
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }

    /// Open findings (praise aside) per rep and recorded run, with `current` (a run not recorded) last.
    static func trend(_ store: HistoryStore, current: LintReport?, frontend: Frontend) throws -> [String: [(date: CalendarDate, open: Int)]] {
        var trend: [String: [(date: CalendarDate, open: Int)]] = [:]
        do {
            for run in try HistorySummary.of(store).runs {
                for line in run.lines { trend[line.repID ?? "", default: []].append((run.asOf, line.bySeverity.dropLast().reduce(0, +))) }
            }
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
        // The run shown, unless a run of its date is recorded already.
        if let current, !trend.values.contains(where: { $0.contains { $0.date == current.asOf } }) {
            let open = Dictionary(grouping: current.findings.filter { $0.severity > .praise }, by: { $0.rep?.id ?? "" })
            for (rep, findings) in open { trend[rep, default: []].append((current.asOf, findings.count)) }
        }
        return trend
    }

    /// How `findings` (and `snoozed`) of a run as of `asOf` compare with the run `--since` chooses.
    func compare(_ store: HistoryStore, _ findings: [Finding], snoozed: [Finding], asOf: CalendarDate,
                 frontend: Frontend) throws -> FindingHistory? {
        do {
            return try frontend.pipeline.stage("history: compare") { () throws(HistoryFailure) in
                try store.compare(findings, snoozed: snoozed, asOf: asOf, since: since ?? .last)
            }
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }

    /// Records `findings` of the run on `portfolio` (the file at that path) as of `asOf`.
    static func record(_ store: HistoryStore, portfolio: String, asOf: CalendarDate, rules: CheckResult, params: [String],
                       command: String, findings: [Finding], snoozed: [Finding], frontend: Frontend) throws {
        let bytes = (try? FileReader.read(portfolio)) ?? []
        let formatter = ISO8601DateFormatter()
        let info = RunInfo(recordedAt: formatter.string(from: Date()), asOf: asOf, portfolio: portfolio,
                           portfolioHash: HistoryStore.contentHash([bytes]), rulesHash: HistoryStore.contentHash(rules.sources.files.map(\.bytes)),
                           version: RapportVersion.current, params: params.sorted().joined(separator: "\n"), command: command)
        do {
            _ = try frontend.pipeline.stage("history: record") { () throws(HistoryFailure) in
                try store.record(info, findings: findings, snoozed: snoozed)
            }
        } catch {
            throw frontend.failure("history.unusable", error.description)
        }
    }
}

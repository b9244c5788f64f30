import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// Lints many portfolios, several at a time, keeping the order of the paths given.
public enum BatchLint {
    /// The outcome for one portfolio file.
    public enum Outcome: Sendable {
        case report(LintReport)
        /// The file could not be read or loaded; the diagnostics point into `sources`.
        case failed(path: String, diagnostics: [Diagnostic], sources: SourceMap)
    }

    /// Files and folders expanded to portfolio files: a folder gives its `.json`, `.yaml` and
    /// `.yml` files in name order (not its subfolders). A path that does not exist is kept, so it
    /// is reported in its place.
    public static func expand(_ paths: [String]) -> [String] { expandNoting(paths).files }

    /// ``expand(_:)``, and the files of folders that were passed over because they are not
    /// portfolios (an import mapping beside the exports, say): a file of a folder is linted when
    /// `rapport-portfolio` appears in its first 64 KB, where every portfolio names its format.
    /// A file named on its own is always linted, so its problems are reported.
    public static func expandNoting(_ paths: [String]) -> (files: [String], skipped: [String]) {
        var files: [String] = []
        var skipped: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() where [".json", ".yaml", ".yml"].contains(where: { name.lowercased().hasSuffix($0) }) {
                let file = path.hasSuffix("/") ? path + name : path + "/" + name
                if namesPortfolioFormat(file) { files.append(file) } else { skipped.append(file) }
            }
        }
        return (files, skipped)
    }

    /// Whether the start of the file names the portfolio format; a file that cannot be read is
    /// kept, so reading it reports why.
    private static func namesPortfolioFormat(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64 << 10)) ?? Data()
        return head.range(of: Data("rapport-portfolio".utf8)) != nil
    }

    /// Where a portfolio's snoozes come from.
    public enum Snoozes: Sendable {
        case none
        /// `rapport.snooze.yaml` in the portfolio's folder, when there is one.
        case besidePortfolio
        /// One file's entries, for every portfolio.
        case given([Snooze])

        /// The entries of one file given for every portfolio (none otherwise: data that is not
        /// a file, a warehouse, has nothing beside it).
        public var given: [Snooze] {
            if case .given(let entries) = self { return entries }
            return []
        }

        /// The snoozes for the portfolio at `path`, or the problems of its snooze file
        /// (including entries that name no rule of `ruleIDs`).
        public func entries(for path: String, ruleIDs: [String], sources: inout SourceMap) -> ([Snooze], [Diagnostic]) {
            switch self {
            case .none: return ([], [])
            case .given(let given): return (given, [])
            case .besidePortfolio:
                let (entries, problems) = SnoozeFile.load(path: SnoozeFile.path(besidePortfolio: path), sources: &sources)
                return (entries, problems + SnoozeFile.checkRules(entries, known: ruleIDs))
            }
        }
    }

    /// When a portfolio is read in parts (``StreamingLint``) rather than whole.
    public enum Streaming: String, Sendable, CaseIterable {
        /// JSON files of at least ``BatchLint/streamingThreshold`` bytes.
        case auto
        /// Every JSON file.
        case always
        case never

        /// Whether the file at `path` is read in parts (never when the report needs the whole
        /// portfolio for its charts).
        package func applies(to path: String, digest: Bool) -> Bool {
            guard self != .never, !digest, !path.lowercased().hasSuffix(".yaml"), !path.lowercased().hasSuffix(".yml") else {
                return false
            }
            // `stat` follows symbolic links: a link to a large export is a large file. Only a
            // regular file is read in parts; anything else goes to the whole read, which refuses it.
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
            return self == .always || Int(info.st_size) >= BatchLint.streamingThreshold
        }
    }

    /// Size from which `--streaming auto` reads a portfolio in parts: below it, reading whole is
    /// as fast and the memory is small anyway.
    public static let streamingThreshold = 64 << 20

    /// Lints `paths` with `jobs` workers; outcomes come back in the order of `paths`.
    /// `progress` is called (from any worker) after each file with the number done.
    /// With `digest`, each report carries the figures for the HTML report's charts.
    public static func run(_ paths: [String], rules: CheckResult, options: LintOptions, failOn: Severity, rulesRun: Int,
                           jobs: Int, snoozes: Snoozes = .none, digest: Bool = false, streaming: Streaming = .auto,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [Outcome] {
        var pipeline = Pipeline()
        return run(paths, rules: rules, options: options, failOn: failOn, rulesRun: rulesRun, jobs: jobs, snoozes: snoozes,
                   digest: digest, streaming: streaming, pipeline: &pipeline, progress: progress)
    }

    /// ``run(_:rules:options:failOn:rulesRun:jobs:snoozes:digest:streaming:progress:)``, adding
    /// each file's stages to `pipeline` (their times add up over files linted at once).
    public static func run(_ paths: [String], rules: CheckResult, options: LintOptions, failOn: Severity, rulesRun: Int,
                           jobs: Int, snoozes: Snoozes = .none, digest: Bool = false, streaming: Streaming = .auto,
                           pipeline: inout Pipeline, progress: (@Sendable (Int) -> Void)? = nil) -> [Outcome] {
        let ruleIDs = rules.checked.rules.map(\.id)
        let results = OutcomeSlots(count: paths.count)
        var fileOptions = options
        // With several files at once, each file is evaluated on one thread.
        if jobs > 1 && paths.count > 1 { fileOptions.parallel = false }
        let perFile = fileOptions
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
            var stages = Pipeline()
            defer { results.merge(stages) }
            while let index = results.claim() {
                let path = paths[index]
                var sources = SourceMap()
                let (entries, problems) = stages.snoozes(snoozes, for: path, ruleIDs: ruleIDs, sources: &sources)
                // A file with an error is read whole, which reports every problem.
                if problems.isEmpty, streaming.applies(to: path, digest: digest),
                   let streamed = stages.evaluateInParts(path: path, rules: rules, options: perFile) {
                    var report = stages.stage("snoozes") {
                        LintReport(path: path, team: streamed.team, asOf: streamed.asOf, findings: streamed.findings,
                                   snoozes: entries, failOn: failOn, rulesRun: rulesRun)
                    }
                    report.notApplicable = streamed.applicability.notApplicable
                    report.coverageSummary = streamed.applicability.summary
                    results.set(index, .report(report))
                    progress?(results.done)
                    continue
                }
                let load = stages.portfolio(at: path, sources: &sources)
                if let portfolio = load.portfolio, problems.isEmpty {
                    let asOf = perFile.asOf ?? portfolio.asOf
                    let outcome = stages.evaluate(rules, on: portfolio, options: perFile)
                    var report = stages.stage("snoozes") {
                        LintReport(path: path, team: portfolio.string(portfolio.team.name), asOf: asOf,
                                   findings: outcome.findings, snoozes: entries, failOn: failOn, rulesRun: rulesRun)
                    }
                    report.evaluationErrors = outcome.errors
                    report.notApplicable = outcome.applicability.notApplicable
                    report.coverageSummary = outcome.applicability.summary
                    if digest { report.digest = stages.stage("report: charts") { PortfolioDigest(portfolio, asOf: asOf) } }
                    results.set(index, .report(report))
                } else {
                    results.set(index, .failed(path: path, diagnostics: problems + load.diagnostics, sources: sources))
                }
                progress?(results.done)
            }
        }
        pipeline.merge(results.stages)
        return results.all
    }
}

/// Work distribution and results for the batch workers.
package final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [BatchLint.Outcome?]
    private var nextIndex = 0
    private(set) var done = 0

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < slots.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    package func set(_ index: Int, _ outcome: BatchLint.Outcome) {
        lock.lock()
        slots[index] = outcome
        done += 1
        lock.unlock()
    }

    package var all: [BatchLint.Outcome] { slots.compactMap { $0 } }

    /// The stages of every worker, merged as each finishes.
    private var merged = Pipeline()

    package func merge(_ stages: Pipeline) {
        lock.lock()
        merged.merge(stages)
        lock.unlock()
    }

    package var stages: Pipeline {
        lock.lock()
        defer { lock.unlock() }
        return merged
    }
}

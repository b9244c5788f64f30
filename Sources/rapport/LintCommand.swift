import ArgumentParser
import Foundation
import RapportCore

extension ReportFormat: ExpressibleByArgument {}
extension BatchLint.Streaming: ExpressibleByArgument {}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the coaching rules over portfolios and report the findings.",
        discussion: """
        Without --rules the shipped coaching pack is used. Several reports in one run: each \
        --output belongs to the --format just before it, or else to the format its extension \
        names (`-o report.html`, `-o a.sarif --format text` writes SARIF to a.sarif and text to \
        standard output); a format without an --output goes to standard output, and only one \
        may. Files are written atomically. \
        Exit status: 0 when no finding is at or above --fail-on, 1 when some are, 2 when the \
        rules, a snooze file or a portfolio cannot be read or checked, or on a usage error.
        """
    )

    @Argument(help: "Portfolio files (.json, .yaml) or folders of them.", completion: ShellCompletions.portfolio)
    var portfolios: [String] = []

    @Option(help: "How many portfolios to lint at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Only run rules with this id or tag. Repeatable.", completion: ShellCompletions.rulesAndTags)
    var select: [String] = []

    @Option(help: "Skip rules with this id or tag. Repeatable.", completion: ShellCompletions.rulesAndTags)
    var ignore: [String] = []

    @Option(name: .customLong("min-severity"), help: "Leave out findings below this severity (praise, info, suggestion, warning, critical).")
    var minSeverity: Severity = .praise

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity.")
    var failOn: Severity = .warning

    @Option(name: [.customLong("format"), .customShort("f")], help: "Report format: text, json, sarif, junit, markdown or html. Repeatable.")
    var format: [ReportFormat] = []

    @Option(name: [.customLong("output"), .customShort("o")],
            help: "Write a report to this file: the format of the --format just before it, else the one its extension names (.txt .json .sarif .xml .md .html). Repeatable.")
    var output: [String] = []

    @Option(help: "Only the findings that coach this rep (id or name, any case): what a 1:1 covers.", completion: ShellCompletions.reps)
    var rep: String?

    @Flag(name: .customLong("no-pager"), help: "Never page the report (by default, a text report taller than the terminal goes through $PAGER or less).")
    var noPager = false

    @Option(help: "Corrections per rep in the markdown and html agendas.")
    var top: Int = 3

    @Option(help: "Read JSON portfolios in parts instead of whole: auto (files of 64 MB or more), always or never.")
    var streaming: BatchLint.Streaming = .auto

    @OptionGroup var snoozes: SnoozeOptions

    @OptionGroup var historyOptions: HistoryOptions

    @OptionGroup var evaluation: EvaluationOptions

    @OptionGroup(title: "Warehouse") var warehouse: EngineOptions

    /// Each report and where it goes (nil: standard output): an --output takes the --format
    /// written just before it, else the format its extension names (`report.html`), else a
    /// --format given after it that no other --output took, else text.
    var destinations: [Destination] {
        Self.pair(formats: format, outputs: output, order: Self.optionOrder(CommandLine.arguments))
    }

    /// A report: its format, where it goes, and whether --format chose it (rather than the
    /// output's extension).
    struct Destination: Equatable {
        var format: ReportFormat
        var path: String?
        var explicit: Bool
    }

    /// `F` for each --format and `O` for each --output, in command-line order.
    static func optionOrder(_ arguments: [String]) -> [Character] {
        var order: [Character] = []
        for argument in arguments.dropFirst() {
            if argument == "--" { break }
            if argument == "--format" || argument == "-f" || argument.hasPrefix("--format=") || (argument.hasPrefix("-f") && !argument.hasPrefix("--")) {
                order.append("F")
            } else if argument == "--output" || argument == "-o" || argument.hasPrefix("--output=") || (argument.hasPrefix("-o") && !argument.hasPrefix("--")) {
                order.append("O")
            }
        }
        return order
    }

    /// The format a file's extension names: .txt .json .sarif .xml .md .html (nil for others).
    static func format(ofExtension path: String) -> ReportFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": .text
        case "json": .json
        case "sarif": .sarif
        case "xml": .junit
        case "md", "markdown": .markdown
        case "html", "htm": .html
        default: nil
        }
    }

    static func pair(formats: [ReportFormat], outputs: [String], order: [Character]) -> [Destination] {
        // Without a usable order (the counts differ), --formats come in the order given and
        // --outputs after them.
        let tokens = order.filter { $0 == "F" }.count == formats.count && order.filter { $0 == "O" }.count == outputs.count
            ? order : Array(repeating: "F", count: formats.count) + Array(repeating: "O", count: outputs.count)
        var result: [Destination] = []
        var formatsLeft = formats[...]
        var outputsLeft = outputs[...]
        for token in tokens {
            if token == "F" {
                result.append(Destination(format: formatsLeft.removeFirst(), path: nil, explicit: true))
            } else if let last = result.indices.last, result[last].path == nil, result[last].explicit {
                result[last].path = outputsLeft.removeFirst()
            } else {
                let path = outputsLeft.removeFirst()
                result.append(Destination(format: format(ofExtension: path) ?? .text, path: path, explicit: false))
            }
        }
        // `-o report.html --format html`: a --format after an --output whose extension named it
        // is that output's.
        for index in result.indices.reversed() where result[index].path == nil && result[index].explicit {
            if let owner = result.indices.first(where: { result[$0].path != nil && !result[$0].explicit && result[$0].format == result[index].format }) {
                result[owner].explicit = true
                result.remove(at: index)
            }
        }
        return result.isEmpty ? [Destination(format: .text, path: nil, explicit: false)] : result
    }

    func validate() throws {
        if portfolios.isEmpty && warehouse.engine == nil {
            throw ValidationError("give at least one portfolio, e.g. `rapport lint Examples/northwind-team.json`, or a warehouse with --engine")
        }
        if !portfolios.isEmpty && warehouse.engine != nil { throw ValidationError("give portfolio files or --engine, not both") }
        try historyOptions.validate(engine: warehouse.engine)
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if historyOptions.record && (rep != nil || !select.isEmpty || !ignore.isEmpty || minSeverity != .praise) {
            throw ValidationError("--record records whole runs: leave out --rep, --select, --ignore and --min-severity")
        }
        if historyOptions.history != nil && portfolios.count > 1 {
            throw ValidationError("--history names one portfolio's history: give one portfolio, or leave it out (each has its own beside it)")
        }
        for destination in destinations {
            guard let path = destination.path, destination.explicit, let named = Self.format(ofExtension: path),
                  named != destination.format else { continue }
            throw ValidationError("--output \(path) ends in .\((path as NSString).pathExtension) (\(named.rawValue)), but --format \(destination.format.rawValue) was given for it; "
                + "drop the --format, or name the file for what it holds")
        }
        if destinations.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one report can go to standard output; give an --output for the others")
        }
        let paths = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(paths).count < paths.count { throw ValidationError("two reports would be written to the same --output file") }
    }

    func run() throws {
        let frontend = evaluation.frontend()
        defer { frontend.finish() }
        let (ruleSet, prepared) = try evaluation.prepare(frontend)
        var options = prepared
        options.select = select
        options.ignore = ignore
        options.minSeverity = minSeverity
        let known = Set(ruleSet.checked.rules.flatMap { [$0.id] + $0.tags })
        let unknown = (select + ignore).filter { !known.contains($0) }
        if !unknown.isEmpty { throw frontend.failure(unknown.map { Lookup.unknownRule($0, in: ruleSet.checked, tags: true) }) }
        let snoozeSource = try snoozes.source(rules: ruleSet, frontend: frontend)
        let ran = ruleSet.checked.rules.filter { options.includes($0) && $0.severity >= minSeverity }
        var run = LintRun(reports: [], rules: RuleInfo.list(ran, sources: ruleSet.sources), failOn: failOn)
        let linted: Int
        if let engine = try warehouse.chosen(frontend) {
            try frontend.refuseOutputsOverInputs(destinations.compactMap(\.path),
                                                 inputs: ruleSet.sources.files.map(\.path) + [snoozes.snooze].compactMap { $0 }, option: "--output")
            let found = try EngineOptions.run(ruleSet, options: options, on: engine, digest: destinations.contains { $0.format.needsDigest },
                                              frontend: frontend)
            var report = frontend.pipeline.stage("snoozes") {
                LintReport(path: engine.name, team: found.head.string(found.head.team.name), asOf: found.asOf, findings: found.findings,
                           snoozes: snoozeSource.given, failOn: failOn, rulesRun: ran.count)
            }
            report.notApplicable = found.applicability.notApplicable
            report.coverageSummary = found.applicability.summary
            report.digest = found.digest
            run.reports = [report]
            linted = 1
        } else {
            linted = try lintFiles(ruleSet, options: options, ran: ran, snoozeSource: snoozeSource, frontend: frontend, into: &run)
        }
        try finish(run, ruleSet: ruleSet, linted: linted, frontend: frontend)
    }

    /// Lints the portfolio files given, adding their reports and failures to `run`; returns how
    /// many files there were.
    private func lintFiles(_ ruleSet: CheckResult, options: LintOptions, ran: [CheckedRule], snoozeSource: BatchLint.Snoozes,
                           frontend: Frontend, into run: inout LintRun) throws -> Int {
        let (files, skipped) = BatchLint.expandNoting(portfolios)
        frontend.show(skipped.map { Diagnostic(.note, code: "io.not_a_portfolio", message: "\($0) is not a portfolio (it does not name the format `rapport-portfolio/1`): skipped") })
        if files.isEmpty { throw frontend.failure("io.not_found", "no portfolio to lint in \(portfolios.joined(separator: ", "))") }
        // No report is written over a portfolio, a rule file or the snooze file: checked
        // before anything is written.
        try frontend.refuseOutputsOverInputs(destinations.compactMap(\.path),
                                             inputs: files + ruleSet.sources.files.map(\.path) + [snoozes.snooze].compactMap { $0 },
                                             option: "--output")
        let started = Date()
        let showProgress = files.count > 1 && isatty(STDERR_FILENO) == 1
        let outcomes = BatchLint.run(files, rules: ruleSet, options: options, failOn: failOn, rulesRun: ran.count, jobs: jobs,
                                     snoozes: snoozeSource, digest: destinations.contains { $0.format.needsDigest },
                                     streaming: streaming, pipeline: &frontend.pipeline) { done in
            // A progress line on a terminal, once the batch has taken more than a second.
            if showProgress && Date().timeIntervalSince(started) > 1 {
                Terminal.err("\rlinting: \(done) of \(files.count) portfolios")
            }
        }
        if showProgress && Date().timeIntervalSince(started) > 1 { Terminal.err("\r\u{1B}[K") }
        for outcome in outcomes {
            switch outcome {
            case .report(let report): run.reports.append(report)
            case .failed(let path, let diagnostics, let sources):
                let errors = diagnostics.filter { $0.severity == .error }
                frontend.show(diagnostics, sources: sources, summary: "\(path) was not linted: \(plural(errors.count, "error"))")
                run.failures.append(LintFailure(path: path, message: errors.first.map { firstLine($0, sources) } ?? "unreadable",
                                                errors: errors.count))
            }
        }
        return files.count
    }

    /// History, `--rep`, the reports and the exit status of a run.
    private func finish(_ linted: LintRun, ruleSet: CheckResult, linted count: Int, frontend: Frontend) throws {
        var run = linted
        let color = evaluation.color
        // Each portfolio against its own history (or the one --history names), recorded when asked.
        for index in run.reports.indices {
            let report = run.reports[index]
            guard let store = try historyOptions.store(for: report.path, frontend: frontend) else { continue }
            let snoozed = report.snoozed.map(\.finding)
            run.reports[index].history = try historyOptions.compare(store, report.findings, snoozed: snoozed, asOf: report.asOf,
                                                                     frontend: frontend)
            if historyOptions.record {
                try HistoryOptions.record(store, portfolio: report.path, asOf: report.asOf, rules: ruleSet, params: evaluation.params,
                                          command: "lint", findings: report.findings, snoozed: snoozed, frontend: frontend)
            }
            if destinations.contains(where: { $0.format == .html }) {
                run.reports[index].trend = try HistoryOptions.trend(store, current: historyOptions.record ? nil : report, frontend: frontend)
            }
        }
        if let rep {
            let wanted = rep.lowercased()
            let matches: (Finding) -> Bool = { $0.rep.map { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted } ?? false }
            let known = run.reports.flatMap(\.findings).compactMap(\.rep)
            if !run.reports.isEmpty, !known.contains(where: { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }) {
                throw frontend.failure([Diagnostic(.error, code: "lookup.unknown_rep", message: "no finding coaches a rep called `\(rep)`")
                    .suggesting(NameSuggester.suggest(rep, from: Set(known.map(\.name)).sorted()))])
            }
            run.reports = run.reports.map { $0.keeping(matches) }
        }
        // Written in pieces: a report of millions of findings is never held as one text.
        try frontend.pipeline.report { () throws -> Void in
            for destination in destinations {
                let reporter = destination.format.reporter(colored: destination.path == nil && color.enabled, top: top,
                                                           width: destination.path == nil ? Terminal.width() : 100)
                if let path = destination.path {
                    let file = try AtomicFile(path: path)
                    var failure: AtomicFile.Failure?
                    reporter.write(run) { bytes in
                        guard failure == nil else { return }
                        do throws(AtomicFile.Failure) { try file.write(bytes) } catch { failure = error }
                    }
                    if let failure { throw failure }
                    try file.commit()
                } else if destination.format == .text && !noPager && Pager.rows() != nil {
                    // A text report on a terminal is a page or two: whole, so the pager can take it.
                    Pager.show(reporter.render(run), enabled: true)
                } else {
                    reporter.write(run) { Terminal.out(bytes: $0) }
                }
            }
        }
        if !destinations.contains(where: { $0.path == nil }) {
            // Every report went to a file: say where, and what they hold, so the exit status is not the only word.
            let findings = run.reports.reduce(0) { $0 + $1.findings.count }
            let failing = run.reports.reduce(0) { $0 + $1.failing }
            let written = destinations.compactMap { destination in destination.path.map { "\($0) (\(destination.format.rawValue))" } }.joined(separator: ", ")
            frontend.show([], summary: "wrote \(written): \(plural(findings, "finding")), \(failing) at or above \(failOn.rawValue)")
        }
        if !run.failures.isEmpty {
            throw frontend.failure([], summary: "\(plural(run.failures.count, "portfolio")) of \(count) could not be linted")
        }
        let errors = run.reports.flatMap(\.evaluationErrors)
        if !errors.isEmpty && destinations.contains(where: { $0.path == nil && $0.format == .text }) {
            // The text report on standard output lists them already.
            throw frontend.failure("eval.failed", "\(plural(errors.count, "subject")) could not be evaluated (listed above)")
        }
        try frontend.checkEvaluation(errors)
        if run.reports.contains(where: { $0.failing > 0 }) { throw ExitCode(1) }
    }

    /// `file:line:col: message` for reports that list a broken file in one line.
    func firstLine(_ diagnostic: Diagnostic, _ sources: SourceMap) -> String {
        guard let span = diagnostic.primarySpan, span.file.index < sources.files.count else {
            return (diagnostic.path.map { "\($0): " } ?? "") + diagnostic.message
        }
        let position = sources.location(of: span)
        return "\(sources[span.file].path):\(position.line):\(position.column): \(diagnostic.message)"
    }
}

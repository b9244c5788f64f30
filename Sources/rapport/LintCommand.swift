import ArgumentParser
import Foundation
import RapportCore

/// Output formats of `rapport lint`.
enum LintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the coaching rules over portfolios and report the findings.",
        discussion: """
        Without --rules the shipped coaching pack is used. Exit status: 0 when no finding is at \
        or above --fail-on, 1 when some are, 2 when the rules or a portfolio cannot be read or \
        checked, or on a usage error.
        """
    )

    @Argument(help: "Portfolio files (.json, .yaml) or folders of them.")
    var portfolios: [String] = []

    @Option(help: "How many portfolios to lint at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Only run rules with this id or tag. Repeatable.")
    var select: [String] = []

    @Option(help: "Skip rules with this id or tag. Repeatable.")
    var ignore: [String] = []

    @Option(name: .customLong("min-severity"), help: "Leave out findings below this severity (praise, info, suggestion, warning, critical).")
    var minSeverity: Severity = .praise

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity.")
    var failOn: Severity = .warning

    @Option(help: "Output format: text, json or markdown (a coaching brief per rep).")
    var format: LintFormat = .text

    @OptionGroup var evaluation: EvaluationOptions

    func validate() throws {
        if portfolios.isEmpty { throw ValidationError("give at least one portfolio, e.g. `rapport lint Examples/northwind-team.json`") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let (ruleSet, prepared) = try evaluation.prepare()
        var options = prepared
        let color = evaluation.color
        options.select = select
        options.ignore = ignore
        options.minSeverity = minSeverity
        let known = Set(ruleSet.checked.rules.flatMap { [$0.id] + $0.tags })
        for name in select + ignore where !known.contains(name) {
            let hint = NameSuggester.suggest(name, from: known).map { "; did you mean `\($0)`?" } ?? ""
            Terminal.err("error: no rule or tag is called `\(name)`\(hint)\n")
            throw ExitCode(2)
        }
        let rulesRun = ruleSet.checked.rules.filter { options.includes($0) && $0.severity >= minSeverity }.count
        let files = BatchLint.expand(portfolios)
        let started = Date()
        let showProgress = files.count > 1 && isatty(STDERR_FILENO) == 1
        let outcomes = BatchLint.run(files, rules: ruleSet, options: options, failOn: failOn, rulesRun: rulesRun, jobs: jobs) { done in
            // A progress line on a terminal, once the batch has taken more than a second.
            if showProgress && Date().timeIntervalSince(started) > 1 {
                Terminal.err("\rlinting: \(done) of \(files.count) portfolios")
            }
        }
        if showProgress && Date().timeIntervalSince(started) > 1 { Terminal.err("\r\u{1B}[K") }
        var reports: [LintReport] = []
        var failed = 0
        for outcome in outcomes {
            switch outcome {
            case .report(let report): reports.append(report)
            case .failed(let path, let diagnostics, let sources):
                failed += 1
                Terminal.err(DiagnosticRenderer(sources: sources, colored: color.enabledForStderr).render(diagnostics) + "\n")
                Terminal.err("\(path) was not linted: \(plural(diagnostics.filter { $0.severity == .error }.count, "error"))\n")
            }
        }
        switch format {
        case .json:
            Terminal.out(LintJSONReporter.object(reports, failOn: failOn, rulesRun: rulesRun).serialized() + "\n")
        case .markdown:
            Terminal.out(MarkdownReporter.render(reports))
        case .text:
            Terminal.out(reports.map { LintTextReporter.render($0, colored: color.enabled) }.joined(separator: "\n"))
        }
        if failed > 0 {
            Terminal.err("\(plural(failed, "portfolio")) of \(files.count) could not be linted\n")
            throw ExitCode(2)
        }
        if reports.contains(where: { $0.failing > 0 }) { throw ExitCode(1) }
    }
}

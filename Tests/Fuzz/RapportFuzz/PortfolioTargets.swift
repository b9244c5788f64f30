import Foundation
import RapportCore

/// Portfolio files: the whole-file JSON and YAML loaders, the shipped pack on what loads, and
/// the streaming loader against the whole-file one.
enum PortfolioTargets {
    static let pack = RuleSetChecker.checkShipped()

    static func json(_ bytes: [UInt8]) { load(bytes, syntax: .json, path: "fuzz.json") }

    static func yaml(_ bytes: [UInt8]) { load(bytes, syntax: .yaml, path: "fuzz.yaml") }

    static func load(_ bytes: [UInt8], syntax: PortfolioLoader.Syntax, path: String) {
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: bytes, path: path, syntax: syntax, sources: &sources)
        _ = DiagnosticRenderer(sources: sources).render(load.diagnostics)
        guard let portfolio = load.portfolio else {
            FuzzTargets.require(load.diagnostics.hasErrors, "a portfolio was refused without an error")
            return
        }
        lint(portfolio)
    }

    /// The shipped pack and every report of its findings.
    static func lint(_ portfolio: Portfolio) {
        var options = LintOptions()
        options.parallel = false
        let outcome = LintEngine.lint(pack.checked, on: portfolio, sources: pack.sources, options: options)
        var report = LintReport(path: "fuzz.json", team: portfolio.string(portfolio.team.name), asOf: portfolio.asOf,
                                findings: outcome.findings, failOn: .warning, rulesRun: pack.checked.rules.count)
        report.evaluationErrors = outcome.errors
        report.digest = PortfolioDigest(portfolio, asOf: portfolio.asOf)
        let run = LintRun(reports: [report], rules: RuleInfo.list(pack.checked.rules, sources: pack.sources), failOn: .warning)
        for format in ReportFormat.allCases {
            format.reporter(colored: false, top: 3).write(run) { _ in }
        }
        _ = CoachingAgenda.render(CoachingAgenda.build(outcome.findings, top: 3), team: report.team, asOf: report.asOf)
    }

    /// Streamed and whole-file reads agree: the same findings, or both refuse (the streamed read
    /// may always decline and leave the file to the whole read).
    static func stream(_ bytes: [UInt8]) {
        let path = NSTemporaryDirectory() + "rapport-fuzz-\(getpid()).json"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = LintOptions()
        options.parallel = false
        // Tiny parts, so that a small input is cut into several.
        let streamed = StreamingLint.run(path: path, rules: pack.checked, sources: pack.sources, options: options, partBytes: 64)
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: bytes, path: path, syntax: .json, sources: &sources)
        guard let streamed else { return }
        guard let portfolio = load.portfolio else {
            FuzzTargets.require(false, "the streamed read accepted a file the whole read refuses: \(load.diagnostics.map(\.message))")
            return
        }
        let whole = LintEngine.lint(pack.checked, on: portfolio, sources: pack.sources, options: options)
        FuzzTargets.require(whole.errors.isEmpty, "the streamed read gave findings where the whole read has evaluation errors")
        FuzzTargets.require(streamed.findings.map(Key.init) == whole.findings.map(Key.init),
                            "streamed and whole findings differ: \(streamed.findings.count) against \(whole.findings.count)")
    }

    /// What two runs must agree on for one finding.
    struct Key: Equatable {
        let rule: String, subject: String, message: String, evidence: [String]
        init(_ finding: Finding) {
            rule = finding.rule
            subject = finding.subject.id
            message = finding.message
            evidence = finding.evidence.map { $0.name + "=" + $0.value }
        }
    }
}

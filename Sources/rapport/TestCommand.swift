import ArgumentParser
import Foundation
import RapportCore

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the `test` blocks of a rule set against their fixtures.",
        discussion: "Exit status: 0 when every test passes, 1 when one fails, 2 when the rules cannot be read or checked."
    )

    @Argument(help: "A rule file or folder.", completion: ShellCompletions.ruleFiles)
    var path: String

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Also report which rules have no test, never fire on a fixture, or never stay silent on one.")
    var coverage = false

    @Option(name: .customLong("min-coverage"), help: "Fail (exit 1) when fewer than this percentage of rules are covered; implies --coverage.")
    var minCoverage: Double?

    @Flag(help: "Print the time of each stage (rules, tests) on standard error.")
    var timings = false

    func run() throws {
        let frontend = Frontend(color: color, timings: timings)
        defer { frontend.finish() }
        let rules = try frontend.rules(at: path)
        let (outcomes, sources) = frontend.pipeline.stage("test") { TestRunner.run(rules) }
        let colored = color.enabled
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var out = ""
        for outcome in outcomes {
            let place = sources.files.indices.contains(outcome.test.span.file.index)
                ? "\(sources[outcome.test.span.file].path):\(sources.location(of: outcome.test.span).line)" : outcome.test.path
            if outcome.passed {
                out += paint("PASS", "32") + " \(outcome.test.rule)  \(place)\n"
                continue
            }
            out += paint("FAIL", "1;31") + " \(outcome.test.rule)  \(place)\n"
            for failure in outcome.failures { out += "     \(failure)\n" }
            if !outcome.loadDiagnostics.isEmpty {
                out += DiagnosticRenderer(sources: sources).render(outcome.loadDiagnostics)
            } else {
                let actual = outcome.findings.map { "\($0.subject.id) (\($0.subject.name))" }
                out += "     actual findings: \(actual.isEmpty ? "none" : actual.joined(separator: ", "))\n"
            }
        }
        let failed = outcomes.filter { !$0.passed }.count
        let untested = Set(rules.checked.rules.map(\.id)).subtracting(outcomes.map(\.test.rule)).sorted()
        if !untested.isEmpty { out += "rules without a test: \(untested.joined(separator: ", "))\n" }
        var belowCoverage = false
        if coverage || minCoverage != nil {
            let report = frontend.pipeline.stage("test: coverage") { RuleCoverage.measure(rules) }
            out += "\ncoverage: \(String(format: "%.0f", report.percent))% of \(plural(report.lines.count, "rule")) tested, firing and silent on fixtures\n"
            for line in report.lines where !line.covered {
                var gaps: [String] = []
                if !line.tested { gaps.append("no test") }
                if !line.fires { gaps.append("never fires on a fixture") }
                if !line.staysSilent { gaps.append("never stays silent on a fixture") }
                out += "  \(line.rule): \(gaps.joined(separator: ", "))\n"
            }
            if let minCoverage, report.percent < minCoverage {
                out += "coverage \(String(format: "%.0f", report.percent))% is below --min-coverage \(String(format: "%g", minCoverage))%\n"
                belowCoverage = true
            }
        }
        out += "\(plural(outcomes.count, "test")): \(outcomes.count - failed) passed, \(failed) failed\n"
        Terminal.out(out)
        if failed > 0 || belowCoverage { throw ExitCode(1) }
    }
}

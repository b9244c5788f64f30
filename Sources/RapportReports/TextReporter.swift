import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint`'s text output: findings grouped by coached rep, then a summary line.
public struct TextReporter: LintReporter {
    public var colored: Bool
    /// Line width for wrapped advice.
    public var width: Int

    public init(colored: Bool = false, width: Int = 100) {
        self.colored = colored
        self.width = max(40, width)
    }

    public func render(_ run: LintRun) -> String {
        run.reports.map(render).joined(separator: "\n")
    }

    /// One portfolio's findings.
    public func render(_ report: LintReport) -> String {
        var out = ""
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func color(_ severity: Severity) -> String {
            switch severity {
            case .critical: "1;31"
            case .warning: "33"
            case .suggestion: "36"
            case .info: "34"
            case .praise: "32"
            }
        }
        // Texts from the data with their control characters made visible.
        func safe(_ text: String) -> String { TerminalText.escaped(text) }
        for (rep, findings) in report.byRep {
            let heading = rep.map { "\(safe($0.name)) (\(safe($0.id)))" } ?? "Team: \(safe(report.team))"
            out += paint(heading, "1") + " — \(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
            for finding in findings {
                let label = finding.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                // The heading wrapped like the advice, under its severity.
                let heading = Self.wrap(safe(finding.title) + " · " + safe(finding.subject.name), indent: 13, width: width)
                out += "  " + paint(label, color(finding.severity)) + heading.dropFirst(13)
                out += Self.wrap(safe(finding.message), indent: 13, width: width)
                let location = "[\(finding.rule)] \(safe(finding.location.file)):\(finding.location.line):\(finding.location.column)"
                out += Self.wrap(location, indent: 13, width: width).split(separator: "\n").map { line in
                    String(repeating: " ", count: 13) + paint(String(line.dropFirst(13)), "2") + "\n"
                }.joined()
            }
            out += "\n"
        }
        for snooze in report.expiredSnoozes {
            out += paint("snooze expired", "33") + " on \(snooze.until): \(snooze.rule) for \(safe(snooze.subject))"
                + " (\(safe(snooze.by)): \(safe(snooze.reason))) \(paint(safe(snooze.location), "2"))\n"
        }
        if !report.expiredSnoozes.isEmpty { out += "\n" }
        if let coverage = report.coverageSummary {
            out += Self.wrap(safe(coverage), indent: 0, width: width) + "\n"
        }
        if !report.evaluationErrors.isEmpty {
            out += paint("\(report.evaluationErrors.count) evaluation error\(report.evaluationErrors.count == 1 ? "" : "s")", "1;31")
                + ": these subjects could not be judged by their rule\n"
            for error in report.evaluationErrors { out += "  " + safe(error.summary) + "\n" }
            out += "\n"
        }
        let counts = report.severityCounts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")"
        out += counts.isEmpty ? "" : " (\(counts))"
        out += " from \(report.rulesRun - report.notApplicable.count) rules"
        out += report.notApplicable.isEmpty ? "" : " (\(report.notApplicable.count) more could not judge)"
        out += " in \(safe(report.path)) as of \(report.asOf)"
        out += "; \(report.failing) at or above \(report.failOn.rawValue)"
        out += report.snoozed.isEmpty ? "\n" : "; \(report.snoozed.count) snoozed\n"
        return out
    }

    /// Wraps `text` at word boundaries (lengths counted in Unicode scalars, once per word).
    package static func wrap(_ text: String, indent: Int, width: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let limit = width - indent
        var out = ""
        var line = ""
        var length = 0
        for word in text.split(separator: " ") {
            let count = word.unicodeScalars.count
            if length > 0 && length + 1 + count > limit {
                out += pad + line + "\n"
                line = ""
                length = 0
            }
            if length > 0 {
                line += " "
                length += 1
            }
            line += word
            length += count
        }
        if length > 0 { out += pad + line + "\n" }
        return out
    }
}

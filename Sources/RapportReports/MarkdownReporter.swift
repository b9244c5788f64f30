import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint --format markdown`: a coaching brief per rep that a manager reads before the
/// week's 1:1s — the agenda first, then every finding, then praise.
public struct MarkdownReporter: LintReporter {
    /// Corrections per rep on the agenda.
    public var top: Int

    public init(top: Int = 3) { self.top = top }

    public func render(_ run: LintRun) -> String {
        var out = ""
        for report in run.reports {
            out += "# Coaching brief: \(Self.escape(report.team))\n\n"
            out += "As of \(report.asOf) · \(report.path) · \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")"
            let counts = report.severityCounts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
            out += counts.isEmpty ? "" : " (\(counts))"
            out += report.snoozed.isEmpty ? "\n\n" : " · \(report.snoozed.count) snoozed\n\n"
            if let coverage = report.coverageSummary { out += "> \(Self.escape(coverage))\n\n" }
            for snooze in report.expiredSnoozes {
                out += "> **Snooze expired** on \(snooze.until): \(snooze.rule) for \(Self.escape(snooze.subject)) "
                    + "(\(Self.escape(snooze.by)): \(Self.escape(snooze.reason)))\n\n"
            }
            if report.findings.isEmpty { out += "No rule fired: nothing to discuss.\n\n" }
            let agendas = CoachingAgenda.build(report.findings, top: top)
            for agenda in agendas {
                out += "## " + (agenda.rep.map { "\(Self.escape($0.name)) (\(Self.escape($0.id)))" } ?? "Team meeting") + "\n\n"
                if !agenda.corrections.isEmpty {
                    out += "**To discuss**\n\n"
                    let repeated = CoachingAgenda.repeatedNames(agenda)
                    for (number, point) in agenda.corrections.enumerated() {
                        out += "\(number + 1). **\(Self.escape(CoachingAgenda.heading(point, repeated: repeated)))** (\(point.severity.rawValue))\n"
                        for line in point.lines { out += "   - \(Self.escape(line.title)): \(Self.escape(line.text))\n" }
                    }
                    if agenda.moreCorrections > 0 {
                        out += "\n_\(agenda.moreCorrections) more point\(agenda.moreCorrections == 1 ? "" : "s") below._\n"
                    }
                    out += "\n"
                }
                if !agenda.praise.isEmpty {
                    out += "**To praise**\n\n"
                    for point in agenda.praise {
                        for line in CoachingAgenda.praiseLines(point, agenda: agenda) { out += "- \(Self.escape(line))\n" }
                    }
                    out += "\n"
                }
                let all = agenda.findings.filter { $0.severity > .praise }
                if all.count > agenda.corrections.reduce(0, { $0 + $1.findings.count }) {
                    out += "<details><summary>All \(all.count) findings</summary>\n\n"
                    out += "| severity | subject | finding |\n|---|---|---|\n"
                    for finding in all {
                        out += "| \(finding.severity.rawValue) | \(Self.escape(finding.subject.name)) | \(Self.escape(finding.title)) |\n"
                    }
                    out += "\n</details>\n\n"
                }
            }
        }
        return out
    }

    /// Text from the data, made inert in Markdown (and in the HTML it may be rendered to).
    package static func escape(_ text: String) -> String {
        var out = ""
        // Control characters made visible first: a brief is read in terminals too.
        for character in TerminalText.escaped(text.replacingOccurrences(of: "\n", with: " "), keepLayout: true) {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|": out += "\\" + String(character)
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

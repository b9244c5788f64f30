/// The findings of one portfolio, with what produced them.
public struct LintReport: Sendable {
    /// The portfolio file.
    public let path: String
    public let team: String
    public let asOf: CalendarDate
    public let findings: [Finding]
    /// Findings at or above this severity make the run fail.
    public let failOn: Severity
    /// Number of rules run.
    public let rulesRun: Int

    public init(path: String, team: String, asOf: CalendarDate, findings: [Finding], failOn: Severity, rulesRun: Int) {
        self.path = path
        self.team = team
        self.asOf = asOf
        self.findings = findings
        self.failOn = failOn
        self.rulesRun = rulesRun
    }

    /// Findings at or above `failOn`.
    public var failing: Int { findings.filter { $0.severity >= failOn }.count }

    /// Counts per severity, most severe first, leaving out zeros.
    public var severityCounts: [(Severity, Int)] {
        Severity.allCases.reversed().compactMap { severity in
            let count = findings.filter { $0.severity == severity }.count
            return count > 0 ? (severity, count) : nil
        }
    }

    /// Findings grouped by coached rep (team-level findings first), each group most severe
    /// first, then by priority, then in rule and subject order.
    public var byRep: [(rep: Finding.Rep?, findings: [Finding])] {
        var groups: [Int32: [Finding]] = [:]
        var team: [Finding] = []
        var reps: [Int32: Finding.Rep] = [:]
        for finding in findings {
            if let rep = finding.rep {
                groups[rep.index, default: []].append(finding)
                reps[rep.index] = rep
            } else {
                team.append(finding)
            }
        }
        func ranked(_ list: [Finding]) -> [Finding] {
            list.enumerated().sorted { a, b in
                if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
                if a.element.priority != b.element.priority { return a.element.priority > b.element.priority }
                return a.offset < b.offset
            }.map(\.element)
        }
        var result: [(Finding.Rep?, [Finding])] = team.isEmpty ? [] : [(nil, ranked(team))]
        for index in groups.keys.sorted() { result.append((reps[index], ranked(groups[index]!))) }
        return result
    }
}

/// `rapport lint`'s text output: findings grouped by coached rep, then a summary line.
public enum LintTextReporter {
    public static func render(_ report: LintReport, colored: Bool = false) -> String {
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
        for (rep, findings) in report.byRep {
            let heading = rep.map { "\($0.name) (\($0.id))" } ?? "Team: \(report.team)"
            out += paint(heading, "1") + " — \(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
            for finding in findings {
                let label = finding.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                out += "  " + paint(label, color(finding.severity)) + paint(finding.title, "1") + " · \(finding.subject.name)\n"
                out += wrap(finding.message, indent: 13, width: 100)
                out += String(repeating: " ", count: 13)
                    + paint("[\(finding.rule)] \(finding.location.file):\(finding.location.line):\(finding.location.column)", "2") + "\n"
            }
            out += "\n"
        }
        let counts = report.severityCounts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")"
        out += counts.isEmpty ? "" : " (\(counts))"
        out += " from \(report.rulesRun) rules in \(report.path) as of \(report.asOf)"
        out += "; \(report.failing) at or above \(report.failOn.rawValue)\n"
        return out
    }

    /// Wraps `text` at word boundaries (lengths counted in Unicode scalars, once per word).
    static func wrap(_ text: String, indent: Int, width: Int) -> String {
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

/// `rapport lint --format json`: the stable schema documented in `docs/lint-json.md`.
public enum LintJSONReporter {
    /// One document for all portfolios of a run.
    public static func object(_ reports: [LintReport], failOn: Severity, rulesRun: Int) -> JSONValue {
        let all: [(String, Finding)] = reports.flatMap { report in report.findings.map { (report.path, $0) } }
        let portfolios: [JSONValue] = reports.map { report in
            .object([("path", .string(report.path)), ("team", .string(report.team)),
                     ("as_of", .string(report.asOf.description)),
                     ("findings", .number(Double(report.findings.count)))])
        }
        let bySeverity: [(String, JSONValue)] = Severity.allCases.reversed().map { severity in
            (severity.rawValue, .number(Double(all.filter { $0.1.severity == severity }.count)))
        }
        let failing = all.filter { $0.1.severity >= failOn }.count
        let summary: JSONValue = .object([
            ("findings", .number(Double(all.count))),
            ("by_severity", .object(bySeverity)),
            ("fail_on", .string(failOn.rawValue)),
            ("failing", .number(Double(failing))),
            ("rules", .number(Double(rulesRun))),
        ])
        return .object([
            ("version", .number(1)),
            ("portfolios", .array(portfolios)),
            ("findings", .array(all.map { finding($0.1, portfolio: $0.0) })),
            ("summary", summary),
        ])
    }

    public static func finding(_ f: Finding, portfolio: String) -> JSONValue {
        .object([
            ("portfolio", .string(portfolio)),
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("title", .string(f.title)),
            ("message", .string(f.message)),
            ("rationale", f.rationale.map(JSONValue.string) ?? .null),
            ("subject", .object([("type", .string(f.subject.type.rawValue)), ("id", .string(f.subject.id)),
                                 ("name", .string(f.subject.name))])),
            ("rep", f.rep.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("location", .object([("file", .string(f.location.file)), ("line", .number(Double(f.location.line))),
                                  ("column", .number(Double(f.location.column)))])),
            ("evidence", .object(f.evidence.map { ($0.name, .string($0.value)) })),
            ("priority", .number(f.priority)),
            ("tags", .array(f.tags.map(JSONValue.string))),
        ])
    }
}

/// One thing to talk about in a 1:1: every finding about the same subject, merged.
public struct TalkingPoint: Sendable {
    public let subject: Finding.Subject
    /// The findings, most severe (then highest priority) first.
    public let findings: [Finding]

    /// The most severe finding's severity.
    public var severity: Severity { findings[0].severity }
    /// The highest priority among the findings.
    public var priority: Double { findings.map(\.priority).max() ?? 0 }
}

/// A rep's agenda for the next 1:1: the top corrections and what to praise.
public struct RepAgenda: Sendable {
    /// Nil for the team meeting (team-level findings).
    public let rep: Finding.Rep?
    /// The corrections to discuss, at most `top`, most important first.
    public let corrections: [TalkingPoint]
    /// Corrections left out by the `top` limit.
    public let moreCorrections: Int
    /// What to praise.
    public let praise: [TalkingPoint]
    /// Every finding for this rep, most severe first (for reports that list them all).
    public let findings: [Finding]
}

/// Turns findings into per-rep coaching agendas (`rapport coach`).
public enum CoachingAgenda {
    /// Agendas for every rep with findings (team first), corrections ranked by severity, then
    /// priority, then the order the rules produced them; findings about one subject merge.
    public static func build(_ findings: [Finding], top: Int) -> [RepAgenda] {
        LintReport.byRep(findings).map { rep, findings in
            let corrections = points(findings.filter { $0.severity > .praise })
            let praise = points(findings.filter { $0.severity == .praise })
            return RepAgenda(rep: rep, corrections: Array(corrections.prefix(top)),
                             moreCorrections: max(0, corrections.count - top), praise: praise, findings: findings)
        }
    }

    /// Groups findings (already ranked) by subject, keeping the rank of each subject's first finding.
    static func points(_ findings: [Finding]) -> [TalkingPoint] {
        var order: [Finding.Subject] = []
        var groups: [Finding.Subject: [Finding]] = [:]
        for finding in findings {
            if groups[finding.subject] == nil { order.append(finding.subject) }
            groups[finding.subject, default: []].append(finding)
        }
        return order.map { TalkingPoint(subject: $0, findings: groups[$0]!) }
    }

    /// `     - text`, wrapped with a hanging indent.
    static func bullet(_ text: String) -> String {
        var wrapped = TextReporter.wrap(text, indent: 7, width: 100)
        wrapped.replaceSubrange(wrapped.startIndex..<wrapped.index(wrapped.startIndex, offsetBy: 7), with: "     - ")
        return wrapped
    }

    /// The agendas as text for people.
    /// `coverage` is the paragraph naming the rules that could not judge (``Applicability``).
    public static func render(_ agendas: [RepAgenda], team: String, asOf: CalendarDate, colored: Bool = false,
                              coverage: String? = nil) -> String {
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        // Texts from the data with their control characters made visible.
        func safe(_ text: String) -> String { TerminalText.escaped(text) }
        var out = paint("Coaching agenda for \(safe(team)), as of \(asOf)", "1") + "\n"
        if let coverage { out += "\n" + TextReporter.wrap(safe(coverage), indent: 0, width: 100) }
        if agendas.isEmpty { return out + "\nNothing to discuss: no rule fired.\n" }
        for agenda in agendas {
            out += "\n" + paint(agenda.rep.map { "\(safe($0.name)) (\(safe($0.id)))" } ?? "Team meeting", "1") + "\n"
            if agenda.corrections.isEmpty { out += "  Nothing to correct.\n" }
            for (number, point) in agenda.corrections.enumerated() {
                out += "  \(number + 1). \(safe(point.subject.name)) (\(point.subject.type.rawValue)) · \(point.severity.rawValue)\n"
                for finding in point.findings { out += bullet(safe("\(finding.title): \(finding.message)")) }
            }
            if agenda.moreCorrections > 0 {
                out += "     … and \(agenda.moreCorrections) more point\(agenda.moreCorrections == 1 ? "" : "s") (rapport lint lists them all)\n"
            }
            if !agenda.praise.isEmpty {
                out += "  " + paint("Praise", "32") + "\n"
                for point in agenda.praise {
                    for finding in point.findings { out += bullet(safe("\(finding.title): \(finding.message)")) }
                }
            }
        }
        return out
    }
}

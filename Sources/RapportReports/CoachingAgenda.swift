import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// One thing to talk about in a 1:1: one problem (or set of problems) and every subject of the
/// rep it holds for. Subjects with exactly the same problems share a point ("Castell Foods SA
/// and Brenner Maschinenbau GmbH: no growth plan, one senior contact"), so an agenda states each
/// problem once.
public struct TalkingPoint: Sendable {
    /// The subjects, in the order of their most important finding.
    public let subjects: [Finding.Subject]
    /// The findings about them, most severe (then highest priority) first.
    public let findings: [Finding]

    /// The first subject.
    public var subject: Finding.Subject { subjects[0] }
    /// The most severe finding's severity.
    public var severity: Severity { findings[0].severity }
    /// The highest priority among the findings.
    public var priority: Double { findings.map(\.priority).max() ?? 0 }

    /// What to say, one line per rule in order: the rule's title and its advice for every
    /// subject, each sentence once (a sentence that another finding of this point already said,
    /// such as the same action for two accounts or the same 69 days seen by two rules, is not
    /// repeated). A rule with nothing new to say is left out.
    public var lines: [(title: String, text: String)] {
        var said: Set<String> = []
        var rules: [String] = []
        var byRule: [String: [Finding]] = [:]
        for finding in findings {
            if byRule[finding.rule] == nil { rules.append(finding.rule) }
            byRule[finding.rule, default: []].append(finding)
        }
        // A name two subjects of the point share is told apart by its id.
        var nameCount: [String: Int] = [:]
        for subject in subjects { nameCount[subject.name, default: 0] += 1 }
        func name(_ subject: Finding.Subject) -> String { nameCount[subject.name, default: 0] > 1 ? "\(subject.name) (\(subject.id))" : subject.name }
        var lines: [(title: String, text: String)] = rules.compactMap { rule in
            let group = byRule[rule]!
            // Two subjects in full; the others named once ("Likewise for …").
            var sentences = group.prefix(TalkingPoint.detailed).flatMap { TalkingPoint.sentences($0.message) }
                .filter { said.insert($0).inserted }
            let others = group.dropFirst(TalkingPoint.detailed).map { name($0.subject) }
            if !others.isEmpty {
                let likewise = "Likewise for " + TalkingPoint.list(others, limit: 4) + "."
                if said.insert(likewise).inserted { sentences.append(likewise) }
            }
            guard !sentences.isEmpty else { return nil }
            return (group[0].title, sentences.joined(separator: " "))
        }
        // Three problems in full; the rest by title.
        if lines.count > TalkingPoint.detailedRules {
            let rest = lines.dropFirst(TalkingPoint.detailedRules).map { $0.title.lowercasedFirst }
            lines = Array(lines.prefix(TalkingPoint.detailedRules)) + [("Also", rest.joined(separator: "; ") + ".")]
        }
        return lines
    }

    /// Problems of one point whose advice is written out in full.
    package static let detailedRules = 3

    /// Subjects of one rule whose advice is written out in full.
    package static let detailed = 2

    /// "A, B and C", or "A, B, C and 3 more" past `limit` names.
    package static func list(_ names: [String], limit: Int) -> String {
        let shown = names.count > limit ? Array(names.prefix(limit - 1)) + ["\(names.count - limit + 1) more"] : names
        return shown.count < 2 ? shown.joined() : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }

    /// `text` cut after each `.`, `!` or `?` that a space and a capital letter or digit follow
    /// (so `a.s. is` and `3.5` stay whole).
    package static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
               characters[index + 2].isUppercase || characters[index + 2].isNumber {
                result.append(current)
                current = ""
                index += 2
                continue
            }
            index += 1
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        // Advice without a full stop (a rule drafted at the prompt) still ends a sentence, so
        // the next one does not run on from it.
        if !last.isEmpty { result.append(last.last.map { ".!?:;…".contains($0) } == true ? last : last + ".") }
        return result
    }
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
    /// For each praised subject, its most severe correction (a suggestion or worse) in the run:
    /// the praise is then said with that in mind.
    public let praiseCaveats: [Finding.Subject: Finding]
}

/// Turns findings into per-rep coaching agendas (`rapport coach`).
public enum CoachingAgenda {
    /// Agendas for every rep with findings (team first), corrections ranked by severity, then
    /// priority, then the order the rules produced them; findings about one subject merge, and
    /// subjects with the same problems share a point.
    public static func build(_ findings: [Finding], top: Int) -> [RepAgenda] {
        // A correction about a subject qualifies praise of it, wherever the correction shows.
        var worst: [Finding.Subject: Finding] = [:]
        for finding in findings where finding.severity >= .suggestion {
            if let known = worst[finding.subject], known.severity >= finding.severity { continue }
            worst[finding.subject] = finding
        }
        return LintReport.byRep(findings).map { rep, findings in
            let corrections = grouped(points(findings.filter { $0.severity > .praise }))
            let praise = grouped(points(findings.filter { $0.severity == .praise }))
            var caveats: [Finding.Subject: Finding] = [:]
            for point in praise {
                for subject in point.subjects { if let correction = worst[subject] { caveats[subject] = correction } }
            }
            return RepAgenda(rep: rep, corrections: Array(corrections.prefix(top)),
                             moreCorrections: max(0, corrections.count - top), praise: praise, findings: findings,
                             praiseCaveats: caveats)
        }
    }

    /// Groups findings (already ranked) by subject, keeping the rank of each subject's first finding.
    package static func points(_ findings: [Finding]) -> [TalkingPoint] {
        var order: [Finding.Subject] = []
        var groups: [Finding.Subject: [Finding]] = [:]
        for finding in findings {
            if groups[finding.subject] == nil { order.append(finding.subject) }
            groups[finding.subject, default: []].append(finding)
        }
        return order.map { TalkingPoint(subjects: [$0], findings: groups[$0]!) }
    }

    /// Points of subjects of one type with exactly the same rules merged into the first of them.
    package static func grouped(_ points: [TalkingPoint]) -> [TalkingPoint] {
        var order: [String] = []
        var merged: [String: (subjects: [Finding.Subject], findings: [Finding])] = [:]
        for point in points {
            let key = point.subject.type.rawValue + "|" + Set(point.findings.map(\.rule)).sorted().joined(separator: ",")
            if merged[key] == nil { order.append(key) }
            merged[key, default: ([], [])].subjects += point.subjects
            merged[key, default: ([], [])].findings += point.findings
        }
        return order.map { key in
            let group = merged[key]!
            // Within the point, each rule's findings together, in the order the rules first appear.
            var rules: [String] = []
            for finding in group.findings where !rules.contains(finding.rule) { rules.append(finding.rule) }
            let findings = rules.flatMap { rule in group.findings.filter { $0.rule == rule } }
            return TalkingPoint(subjects: group.subjects, findings: findings)
        }
    }

    /// `     - text`, wrapped with a hanging indent.
    package static func bullet(_ text: String, width: Int) -> String {
        var wrapped = TextReporter.wrap(text, indent: 7, width: width)
        wrapped.replaceSubrange(wrapped.startIndex..<wrapped.index(wrapped.startIndex, offsetBy: 7), with: "     - ")
        return wrapped
    }

    /// "Castell Foods SA and Brenner Maschinenbau GmbH (accounts)"; a name that two subjects of
    /// the agenda share is told apart by its id.
    package static func heading(_ point: TalkingPoint, repeated: Set<String>) -> String {
        let names = point.subjects.map { subject in
            repeated.contains(subject.name) ? "\(subject.name) (\(subject.id))" : subject.name
        }
        let list = TalkingPoint.list(names, limit: 3)
        let type = point.subject.type == .opportunity && names.count > 1 ? "opportunities"
            : point.subject.type == .activity && names.count > 1 ? "activities"
            : point.subject.type.rawValue.replacingOccurrences(of: "_", with: " ") + (names.count > 1 ? "s" : "")
        return "\(list) (\(type))"
    }

    /// Subject names that stand for more than one subject in `agenda`.
    package static func repeatedNames(_ agenda: RepAgenda) -> Set<String> {
        var ids: [String: Set<String>] = [:]
        for point in agenda.corrections + agenda.praise {
            for subject in point.subjects { ids[subject.name, default: []].insert(subject.type.rawValue + "|" + subject.id) }
        }
        return Set(ids.filter { $0.value.count > 1 }.keys)
    }

    /// The praise of `point` as bullets (each sentence once, as for corrections), the last one
    /// followed by the corrections that qualify it ("But also, about Alcorta …: …").
    public static func praiseLines(_ point: TalkingPoint, agenda: RepAgenda) -> [String] {
        var lines = point.lines.map { "\($0.title): \($0.text)" }
        // One sentence per correction, naming the subjects it is about.
        var order: [String] = []
        var about: [String: [String]] = [:]
        for subject in point.subjects {
            guard let caveat = agenda.praiseCaveats[subject] else { continue }
            let key = "\(caveat.title.lowercasedFirst) (\(caveat.severity.rawValue))"
            if about[key] == nil { order.append(key) }
            about[key, default: []].append(subject.name)
        }
        let caveats = order.map { "But also, for \(TalkingPoint.list(about[$0]!, limit: 4)): \($0)." }
        if !caveats.isEmpty, !lines.isEmpty { lines[lines.count - 1] += " " + caveats.joined(separator: " ") }
        return lines
    }

    /// The agendas as text for people. `coverage` is the sentence naming the rules that could
    /// not judge (``Applicability``); `more` is what shows a rep's remaining points (a command);
    /// `width` is the terminal's (100 when not a terminal).
    /// With `history`, each point says whether it is new or open since an earlier 1:1, and what
    /// was fixed since is praised.
    public static func render(_ agendas: [RepAgenda], team: String, asOf: CalendarDate, colored: Bool = false,
                              coverage: String? = nil, width: Int = 100, history: FindingHistory? = nil,
                              more: (Finding.Rep?) -> String = { _ in "rapport lint lists them all" }) -> String {
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        // Texts from the data with their control characters made visible.
        func safe(_ text: String) -> String { TerminalText.escaped(text) }
        var out = paint("Coaching agenda for \(safe(team)), as of \(asOf)", "1") + "\n"
        if let coverage { out += "\n" + TextReporter.wrap(safe(coverage), indent: 0, width: width) }
        if let history { out += "\nCompared with the 1:1 of \(history.since).\n" }
        func fixed(_ repID: String?) -> String {
            let items = history?.fixed.filter { $0.repID == repID } ?? []
            guard let history, !items.isEmpty else { return "" }
            var text = "  " + paint("Fixed since \(history.since)", "32") + "\n"
            for item in items { text += bullet(safe("\(item.title): \(item.subject)"), width: width) }
            return text
        }
        if agendas.isEmpty && history?.fixed.isEmpty ?? true { return out + "\nNothing to discuss: no rule fired.\n" }
        for agenda in agendas {
            let repeated = repeatedNames(agenda)
            out += "\n" + paint(agenda.rep.map { "\(safe($0.name)) (\(safe($0.id)))" } ?? "Team meeting", "1") + "\n"
            if agenda.corrections.isEmpty { out += "  Nothing to correct.\n" }
            for (number, point) in agenda.corrections.enumerated() {
                let state = history?.state(of: point).map { " · \($0.label)" } ?? ""
                let head = "\(number + 1). \(safe(heading(point, repeated: repeated))) · \(point.severity.rawValue)\(state)"
                out += String(TextReporter.wrap(head, indent: 5, width: width).dropFirst(3))
                for line in point.lines { out += bullet(safe("\(line.title): \(line.text)"), width: width) }
            }
            if agenda.moreCorrections > 0 {
                out += TextReporter.wrap("… and \(agenda.moreCorrections) more point\(agenda.moreCorrections == 1 ? "" : "s"): \(more(agenda.rep))",
                                         indent: 5, width: width)
            }
            if !agenda.praise.isEmpty {
                out += "  " + paint("Praise", "32") + "\n"
                for point in agenda.praise {
                    for line in praiseLines(point, agenda: agenda) { out += bullet(safe(line), width: width) }
                }
            }
            out += fixed(agenda.rep?.id)
        }
        // Reps with nothing open any more, but something fixed: their praise.
        var shown = Set(agendas.map { $0.rep?.id })
        for item in history?.fixed ?? [] where !shown.contains(item.repID) {
            shown.insert(item.repID)
            out += "\n" + paint(item.repName.map { "\(safe($0)) (\(safe(item.repID ?? "")))" } ?? "Team meeting", "1") + "\n"
            out += "  Nothing to correct.\n" + fixed(item.repID)
        }
        return out
    }
}

extension String {
    /// "Key account gone quiet" → "key account gone quiet".
    package var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

import Yams
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// An agreement to leave one finding aside until a date ("we revisit Acme in January").
public struct Snooze: Sendable, Equatable {
    /// The rule id.
    public let rule: String
    /// The subject's id (or its exact name).
    public let subject: String
    public let reason: String
    /// Who agreed to it.
    public let by: String
    /// The last day the snooze holds.
    public let until: CalendarDate
    /// Where the entry is written (`file:line`).
    public let location: String
    /// The span of the rule id in the snooze file, for messages.
    public let ruleSpan: Span?

    public init(rule: String, subject: String, reason: String, by: String, until: CalendarDate, location: String = "",
                ruleSpan: Span? = nil) {
        self.ruleSpan = ruleSpan
        self.rule = rule
        self.subject = subject
        self.reason = reason
        self.by = by
        self.until = until
        self.location = location
    }

    /// True when the snooze covers `finding`.
    public func matches(_ finding: Finding) -> Bool {
        finding.rule == rule && (finding.subject.id == subject || finding.subject.name == subject)
    }

    /// True while the snooze holds on `date`.
    public func isActive(on date: CalendarDate) -> Bool { date <= until }
}

/// The snooze file: a YAML list of entries with `rule`, `subject`, `reason`, `by` and `until`.
public enum SnoozeFile {
    /// The file name looked for next to a portfolio.
    public static let defaultName = "rapport.snooze.yaml"

    package static let keys = ["rule", "subject", "reason", "by", "until"]

    /// The snooze file beside `portfolioPath`'s folder (whether it exists or not).
    public static func path(besidePortfolio portfolioPath: String) -> String {
        guard let slash = portfolioPath.lastIndex(of: "/") else { return defaultName }
        return String(portfolioPath[...slash]) + defaultName
    }

    /// Reads the file at `path`; a file that does not exist holds no snoozes.
    public static func load(path: String, sources: inout SourceMap, mustExist: Bool = false) -> (snoozes: [Snooze], diagnostics: [Diagnostic]) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            if !mustExist && error.reason.contains("no such file") { return ([], []) }
            return ([], [Diagnostic(.error, code: "snooze.read", message: "cannot read the snooze file \(path): \(error.reason)", path: path)])
        }
        let file = sources.add(path: path, bytes: bytes)
        return parse(sources[file])
    }

    /// Parses the text of a snooze file: every problem is reported, with the entries that could
    /// be read (callers refuse the file when there is any problem, so a half-read file never
    /// hides findings it did not mean to).
    public static func parse(_ source: SourceFile) -> (snoozes: [Snooze], diagnostics: [Diagnostic]) {
        let reader = YAMLReader(root: Node(""), source: source)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: String(decoding: source.bytes, as: UTF8.self)) else { return ([], []) }
            root = node
        } catch {
            return ([], [PortfolioLoader.yamlError(error, source)])
        }
        guard case .sequence(let entries) = root else {
            return ([], [.error("snooze.shape", "a snooze file is a list of entries", at: reader.span(of: root),
                                help: ["write each entry as `- rule: …` with subject, reason, by and until"])])
        }
        var snoozes: [Snooze] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            guard case .mapping(let mapping) = entry else {
                diagnostics.append(.error("snooze.shape", "a snooze entry is a mapping with \(keys.joined(separator: ", "))",
                                          at: reader.span(of: entry)))
                continue
            }
            var values: [String: (String, Node)] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                guard keys.contains(name) else {
                    diagnostics.append(Diagnostic.error("snooze.key", "unknown key `\(name)` in a snooze entry", at: reader.span(of: key),
                                                        notes: ["the keys are \(keys.joined(separator: ", "))"])
                        .suggesting(NameSuggester.suggest(name, from: keys)))
                    continue
                }
                guard case .scalar(let scalar) = value, !scalar.string.isEmpty else {
                    diagnostics.append(.error("snooze.value", "`\(name)` needs a value", at: reader.span(of: value)))
                    continue
                }
                values[name] = (scalar.string, value)
            }
            var until: CalendarDate?
            if let (untilText, untilNode) = values["until"] {
                until = CalendarDate(iso: untilText)
                if until == nil {
                    diagnostics.append(.error("snooze.date", "`until` must be a date written YYYY-MM-DD, not `\(untilText)`",
                                              at: reader.span(of: untilNode)))
                }
            }
            let missing = keys.filter { values[$0] == nil }
            if !missing.isEmpty {
                diagnostics.append(.error("snooze.missing", "this snooze entry has no \(missing.map { "`\($0)`" }.joined(separator: ", "))",
                                          at: reader.span(of: entry)))
            }
            guard missing.isEmpty, let until else { continue }
            let line = source.location(of: reader.span(of: entry).start).line
            snoozes.append(Snooze(rule: values["rule"]!.0, subject: values["subject"]!.0, reason: values["reason"]!.0,
                                  by: values["by"]!.0, until: until, location: "\(source.path):\(line)",
                                  ruleSpan: reader.span(of: values["rule"]!.1)))
        }
        return (snoozes, diagnostics)
    }

    /// Errors for entries naming a rule that does not exist, with the closest rule id.
    public static func checkRules(_ snoozes: [Snooze], known: [String]) -> [Diagnostic] {
        snoozes.filter { !known.contains($0.rule) }.map { snooze in
            let message = "no rule is called `\(snooze.rule)`"
            let diagnostic = snooze.ruleSpan.map { Diagnostic.error("snooze.rule", message, at: $0) }
                ?? Diagnostic(.error, code: "snooze.rule", message: message)
            return diagnostic.suggesting(NameSuggester.suggest(snooze.rule, from: known))
        }
    }

    /// One entry as YAML text, for appending to a snooze file.
    public static func entryText(_ snooze: Snooze) -> String {
        "- rule: \(quoted(snooze.rule))\n  subject: \(quoted(snooze.subject))\n  reason: \(quoted(snooze.reason))\n"
            + "  by: \(quoted(snooze.by))\n  until: \(snooze.until)\n"
    }

    /// A YAML double-quoted scalar.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

/// Findings split by the snoozes that hold on the run's date.
public struct SnoozeOutcome: Sendable {
    public var kept: [Finding] = []
    /// Each hidden finding with the snooze that hides it.
    public var snoozed: [(finding: Finding, snooze: Snooze)] = []
    /// Snoozes whose date has passed: the findings they covered are back.
    public var expired: [Snooze] = []

    /// Applies `snoozes` on `date`.
    public init(_ findings: [Finding], snoozes: [Snooze], on date: CalendarDate) {
        let active = snoozes.filter { $0.isActive(on: date) }
        expired = snoozes.filter { !$0.isActive(on: date) }
        guard !active.isEmpty else {
            kept = findings
            return
        }
        for finding in findings {
            if let snooze = active.first(where: { $0.matches(finding) }) { snoozed.append((finding, snooze)) } else { kept.append(finding) }
        }
    }
}

extension String {
    package func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

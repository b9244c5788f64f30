import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint --format json`: the stable schema documented in `docs/lint-json.md`.
public struct JSONReporter: LintReporter {
    public init() {}

    public func render(_ run: LintRun) -> String { Self.object(run).serialized() + "\n" }

    public func write(_ run: LintRun, to output: ([UInt8]) -> Void) {
        Self.object(run).write(to: output)
        output([0x0A])
    }

    /// One document for all portfolios of a run.
    public static func object(_ run: LintRun) -> JSONValue {
        let reports = run.reports
        let failOn = run.failOn
        let offsets = run.findingOffsets
        let portfolios: [JSONValue] = reports.map { report in
            .object([("path", .string(report.path)), ("team", .string(report.team)),
                     ("as_of", .string(report.asOf.description)),
                     ("findings", .number(Double(report.findings.count))),
                     ("snoozed", .number(Double(report.snoozed.count))),
                     ("expired_snoozes", .array(report.expiredSnoozes.map(snooze)))])
        }
        let failures: [JSONValue] = run.failures.map { failure in
            .object([("path", .string(failure.path)), ("errors", .number(Double(failure.errors))),
                     ("message", .string(failure.message))])
        }
        var counts: [Severity: Int] = [:]
        for report in reports { for finding in report.findings { counts[finding.severity, default: 0] += 1 } }
        let bySeverity: [(String, JSONValue)] = Severity.allCases.reversed().map { severity in
            (severity.rawValue, .number(Double(counts[severity] ?? 0)))
        }
        let failing = counts.filter { $0.key >= failOn }.values.reduce(0, +)
        let summary: JSONValue = .object([
            ("findings", .number(Double(run.findingCount))),
            ("by_severity", .object(bySeverity)),
            ("fail_on", .string(failOn.rawValue)),
            ("failing", .number(Double(failing))),
            ("rules", .number(Double(run.rules.count))),
            ("snoozed", .number(Double(reports.reduce(0) { $0 + $1.snoozed.count }))),
            ("not_linted", .number(Double(run.failures.count))),
            ("evaluation_errors", .number(Double(reports.reduce(0) { $0 + $1.evaluationErrors.count }))),
            ("not_applicable", .number(Double(reports.reduce(0) { $0 + $1.notApplicable.count }))),
        ])
        return .object([
            ("version", .number(1)),
            ("portfolios", .array(portfolios)),
            ("not_linted", .array(failures)),
            ("findings", .items(count: run.findingCount) { [escaped = EscapedTexts(run)] index, writer in
                let (report, item) = run.finding(at: index, offsets: offsets)
                write(item, report: escaped.reports[report], escaped: escaped, into: &writer)
            }),
            ("evaluation_errors", .array(reports.flatMap { report in
                report.evaluationErrors.map { error in
                    JSONValue.object([("path", .string(report.path)), ("rule", .string(error.rule)),
                                      ("subject", .object([("type", .string(error.subject.type.rawValue)),
                                                           ("id", .string(error.subject.id)), ("name", .string(error.subject.name))])),
                                      ("location", .object([("file", .string(error.location.file)),
                                                            ("line", .number(Double(error.location.line))),
                                                            ("column", .number(Double(error.location.column)))])),
                                      ("reason", .string(error.reason))])
                }
            })),
            ("not_applicable", .array(reports.flatMap { report in
                report.notApplicable.map { item in
                    JSONValue.object([("path", .string(report.path)), ("rule", .string(item.rule)),
                                      ("missing", .array(item.missing.map { .string($0.rawValue) }))])
                }
            })),
            ("summary", summary),
        ])
    }

    /// Writes `f` (the `findings[]` object of `docs/lint-json.md`) of `report`, copying its texts
    /// as bytes and what its rule's findings share from `escaped`.
    package static func write(_ f: Finding, report: EscapedTexts.Report, escaped: EscapedTexts, into w: inout JSONWriter) {
        let shared = escaped.origins[ObjectIdentifier(f.origin)] ?? EscapedTexts.Origin(f.origin)
        f.withUTF8Texts { texts in
            w.beginObject()
            w.key("portfolio")
            w.escaped(report.path)
            let blocks = w.indentation == EscapedTexts.Origin.memberDepth
            if blocks {
                w.members(rendered: shared.ruleBlock)
            } else {
                w.key("rule")
                w.escaped(shared.rule)
                w.key("severity")
                w.escaped(shared.severity)
            }
            w.key("title")
            if let title = texts.title { w.string(utf8: title) } else { w.escaped(shared.title) }
            w.key("message")
            w.string(utf8: texts.message)
            w.key("rationale")
            switch texts.rationale {
            case .some(.some(let own)): w.string(utf8: own)
            case .some(.none): w.null()
            case .none: if let rationale = shared.rationale { w.escaped(rationale) } else { w.null() }
            }
            w.key("subject")
            w.beginObject()
            w.key("type")
            w.string(f.subjectType.rawValue)
            w.key("id")
            w.string(utf8: texts.subjectID)
            w.key("name")
            w.string(utf8: texts.subjectName)
            w.endObject()
            w.key("rep")
            if let rep = f.rep {
                // Reps are numbered per portfolio: each report has its own.
                let names = report.reps[rep.index] ?? EscapedTexts.Rep(rep)
                w.beginObject()
                w.key("id")
                w.escaped(names.escapedID)
                w.key("name")
                w.escaped(names.escapedName)
                w.endObject()
            } else {
                w.null()
            }
            if blocks {
                w.members(rendered: shared.locationBlock)
            } else {
                EscapedTexts.Origin.location(file: shared.file, f.location, into: &w)
            }
            w.key("evidence")
            w.beginObject()
            for (name, value) in zip(shared.evidenceNames, texts.evidence) {
                w.key(escaped: name)
                w.string(utf8: value)
            }
            w.endObject()
            w.key("priority")
            w.number(f.priority)
            if let history = report.history {
                // Against the recorded run compared with: `new` or `unchanged`, and the first run that had it.
                let identity = f.identity
                w.key("state")
                w.string(history.states[identity].map { $0 == .new ? "new" : "unchanged" } ?? "new")
                w.key("first_seen")
                w.string((history.firstSeen[identity] ?? report.asOf).description)
            }
            if blocks {
                w.members(rendered: shared.tagsBlock)
            } else {
                EscapedTexts.Origin.tags(shared.tags, into: &w)
            }
            w.endObject()
        }
    }

    /// What the findings of a run share, escaped once: the texts of each rule, and each
    /// portfolio's path and reps (millions of findings repeat a few dozen of them). Classes, so
    /// that looking one up per finding costs one reference count, not one per text.
    package struct EscapedTexts: Sendable {
        package final class Origin: Sendable {
            package let rule, severity, title, file: [UInt8]
            package let rationale: [UInt8]?
            package let tags, evidenceNames: [[UInt8]]

            /// Members every finding of the rule writes alike, written once at the depth of a
            /// finding's members in the report (``memberDepth``): `rule` and `severity`,
            /// `location`, `tags`.
            package let ruleBlock, locationBlock, tagsBlock: [UInt8]
            /// The indentation of a finding's members in the report (`findings[]` of the document).
            package static let memberDepth = 3

            package init(_ origin: Finding.Origin) {
                rule = quoted(origin.rule)
                severity = quoted(origin.severity.rawValue)
                title = quoted(origin.title)
                file = quoted(origin.location.file)
                rationale = origin.rationale.map(quoted)
                tags = origin.tags.map(quoted)
                evidenceNames = origin.evidenceNames.map(quoted)
                var head = JSONWriter(indent: Origin.memberDepth)
                head.key("rule")
                head.escaped(rule)
                head.key("severity")
                head.escaped(severity)
                ruleBlock = head.bytes
                var location = JSONWriter(indent: Origin.memberDepth)
                Origin.location(file: file, origin.location, into: &location)
                locationBlock = location.bytes
                var tagList = JSONWriter(indent: Origin.memberDepth)
                Origin.tags(tags, into: &tagList)
                tagsBlock = tagList.bytes
            }

            package static func location(file: [UInt8], _ location: Finding.Location, into w: inout JSONWriter) {
                w.key("location")
                w.beginObject()
                w.key("file")
                w.escaped(file)
                w.key("line")
                w.number(Double(location.line))
                w.key("column")
                w.number(Double(location.column))
                w.endObject()
            }

            package static func tags(_ tags: [[UInt8]], into w: inout JSONWriter) {
                w.key("tags")
                w.beginArray()
                for tag in tags { w.escaped(tag) }
                w.endArray()
            }
        }

        package final class Rep: Sendable {
            package let escapedID, escapedName: [UInt8]

            package init(_ rep: Finding.Rep) {
                escapedID = quoted(rep.id)
                escapedName = quoted(rep.name)
            }
        }

        /// A portfolio's path and its reps, by their number in that portfolio.
        package struct Report: Sendable {
            package let path: [UInt8]
            package var reps: [Int32: Rep] = [:]
            /// The comparison with a recorded run, and the report's date (for `first_seen`).
            package var history: FindingHistory?
            package var asOf = CalendarDate(dayNumber: 0)

            /// A report with nothing escaped ahead but its path.
            package init(path: String) { self.path = quoted(path) }
        }

        package var origins: [ObjectIdentifier: Origin] = [:]
        /// By the report's index in the run.
        package var reports: [Report] = []

        package init(_ run: LintRun) {
            for report in run.reports {
                var escaped = Report(path: report.path)
                escaped.history = report.history
                escaped.asOf = report.asOf
                var last: ObjectIdentifier?
                for finding in report.findings {
                    // A rule's findings come together: the dictionary is consulted once per rule.
                    let origin = ObjectIdentifier(finding.origin)
                    if origin != last, origins[origin] == nil { origins[origin] = Origin(finding.origin) }
                    last = origin
                    if let rep = finding.rep, escaped.reps[rep.index] == nil { escaped.reps[rep.index] = Rep(rep) }
                }
                reports.append(escaped)
            }
        }

        package init() {}
    }

    package static func snooze(_ s: Snooze) -> JSONValue {
        .object([("rule", .string(s.rule)), ("subject", .string(s.subject)), ("reason", .string(s.reason)),
                 ("by", .string(s.by)), ("until", .string(s.until.description)), ("location", .string(s.location))])
    }
}

/// `text` as a JSON string, quotes included.
private func quoted(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    JSONWriter.escape(text, into: &out)
    return out
}

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
        ])
        return .object([
            ("version", .number(1)),
            ("portfolios", .array(portfolios)),
            ("not_linted", .array(failures)),
            ("findings", .items(count: run.findingCount) { index, writer in
                let (path, item) = run.finding(at: index, offsets: offsets)
                write(item, portfolio: path, into: &writer)
            }),
            ("summary", summary),
        ])
    }

    /// Writes `f` as ``finding(_:portfolio:)`` would give it, copying its texts as bytes.
    static func write(_ f: Finding, portfolio: String, into w: inout JSONWriter) {
        f.withUTF8Texts { texts in
            w.beginObject()
            w.key("portfolio")
            w.string(portfolio)
            w.key("rule")
            w.string(f.rule)
            w.key("severity")
            w.string(f.severity.rawValue)
            w.key("title")
            if let title = texts.title { w.string(utf8: title) } else { w.string(f.title) }
            w.key("message")
            w.string(utf8: texts.message)
            w.key("rationale")
            switch texts.rationale {
            case .some(.some(let own)): w.string(utf8: own)
            case .some(.none): w.null()
            case .none: if let rationale = f.rationale { w.string(rationale) } else { w.null() }
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
                w.beginObject()
                w.key("id")
                w.string(rep.id)
                w.key("name")
                w.string(rep.name)
                w.endObject()
            } else {
                w.null()
            }
            let location = f.location
            w.key("location")
            w.beginObject()
            w.key("file")
            w.string(location.file)
            w.key("line")
            w.number(Double(location.line))
            w.key("column")
            w.number(Double(location.column))
            w.endObject()
            w.key("evidence")
            w.beginObject()
            for (name, value) in zip(f.evidenceNames, texts.evidence) {
                w.key(name)
                w.string(utf8: value)
            }
            w.endObject()
            w.key("priority")
            w.number(f.priority)
            w.key("tags")
            w.beginArray()
            for tag in f.tags { w.string(tag) }
            w.endArray()
            w.endObject()
        }
    }

    public static func finding(_ f: Finding, portfolio: String) -> JSONValue {
        let subject = f.subject
        return .object([
            ("portfolio", .string(portfolio)),
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("title", .string(f.title)),
            ("message", .string(f.message)),
            ("rationale", f.rationale.map(JSONValue.string) ?? .null),
            ("subject", .object([("type", .string(subject.type.rawValue)), ("id", .string(subject.id)),
                                 ("name", .string(subject.name))])),
            ("rep", f.rep.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("location", .object([("file", .string(f.location.file)), ("line", .number(Double(f.location.line))),
                                  ("column", .number(Double(f.location.column)))])),
            ("evidence", .object(f.evidence.map { ($0.name, .string($0.value)) })),
            ("priority", .number(f.priority)),
            ("tags", .array(f.tags.map(JSONValue.string))),
        ])
    }

    static func snooze(_ s: Snooze) -> JSONValue {
        .object([("rule", .string(s.rule)), ("subject", .string(s.subject)), ("reason", .string(s.reason)),
                 ("by", .string(s.by)), ("until", .string(s.until.description)), ("location", .string(s.location))])
    }
}

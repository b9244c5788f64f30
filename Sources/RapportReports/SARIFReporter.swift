import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// `rapport lint --format sarif`: SARIF 2.1.0, for code-scanning dashboards and CI annotations.
///
/// Each result is located at the rule's source (that is where a trainer fixes it) and names the
/// coached subject in `logicalLocations` (that is what a manager acts on). See `docs/sarif.md`.
public struct SARIFReporter: LintReporter {
    public init() {}

    public func render(_ run: LintRun) -> String { Self.object(run).serialized() + "\n" }

    /// The SARIF level for a severity; praise is a `pass` result, which SARIF requires to be
    /// level `none`.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical: "error"
        case .warning: "warning"
        case .suggestion, .info: "note"
        case .praise: "none"
        }
    }

    public static func object(_ run: LintRun) -> JSONValue {
        let ruleIndex = Dictionary(run.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules: [JSONValue] = run.rules.map { rule in
            var fields: [(String, JSONValue)] = [
                ("id", .string(rule.id)),
                ("name", .string(pascalCase(rule.id))),
                ("shortDescription", .object([("text", .string(rule.title))])),
            ]
            if let rationale = rule.rationale { fields.append(("fullDescription", .object([("text", .string(rationale))]))) }
            fields.append(("defaultConfiguration", .object([("level", .string(level(rule.severity)))])))
            fields.append(("properties", .object([
                ("severity", .string(rule.severity.rawValue)),
                ("subject", .string(rule.subjectType.rawValue)),
                ("tags", .array(rule.tags.map(JSONValue.string))),
            ])))
            return .object(fields)
        }
        var results: [JSONValue] = []
        for report in run.reports {
            for finding in report.findings {
                results.append(result(finding, portfolio: report.path, ruleIndex: ruleIndex[finding.rule], history: report.history,
                                      asOf: report.asOf))
            }
            // What the run compared with had and this one does not: absent from the baseline's view.
            for fixed in report.history?.fixed ?? [] {
                var fields: [(String, JSONValue)] = [("ruleId", .string(fixed.rule))]
                if let index = ruleIndex[fixed.rule] { fields.append(("ruleIndex", .number(Double(index)))) }
                fields += [("level", .string("none")), ("baselineState", .string("absent")),
                           ("message", .object([("text", .string("\(fixed.title): \(fixed.subject) (fixed since the run of \(report.history!.since))"))]))]
                results.append(.object(fields))
            }
            // Snoozed findings stay in the log as suppressed results, so dashboards show them as such.
            for (finding, snooze) in report.snoozed {
                results.append(result(finding, portfolio: report.path, ruleIndex: ruleIndex[finding.rule], snooze: snooze))
            }
        }
        let notifications: [JSONValue] = run.failures.map { failure in
            .object([
                ("level", .string("error")),
                ("message", .object([("text", .string("\(failure.path) was not linted: \(failure.message)"))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", artifact(failure.path)),
                ]))])])),
            ])
        }
        // A subject a rule could not be evaluated for is a notification at the rule's expression.
        let evaluationErrors: [JSONValue] = run.reports.flatMap { report in
            report.evaluationErrors.map { error in
                JSONValue.object([
                    ("level", .string("error")),
                    ("message", .object([("text", .string("rule `\(error.rule)` could not be evaluated for \(error.subject.type.rawValue) "
                                                          + "\(error.subject.name) (\(error.subject.id)) in \(report.path): \(error.reason)"))])),
                    ("locations", .array([.object([("physicalLocation", .object([
                        ("artifactLocation", artifact(error.location.file)),
                        ("region", .object([("startLine", .number(Double(error.location.line))),
                                            ("startColumn", .number(Double(error.location.column)))])),
                    ]))])])),
                    ("associatedRule", .object([("id", .string(error.rule))])),
                ])
            }
        }
        // A rule the portfolio has no data for is a note: it ran on nothing.
        let notApplicable: [JSONValue] = run.reports.flatMap { report in
            report.notApplicable.map { item in
                JSONValue.object([
                    ("level", .string("note")),
                    ("message", .object([("text", .string("rule `\(item.rule)` could not judge \(report.path): the portfolio has no "
                                                          + item.missing.map(\.missingPhrase).joined(separator: ", no ")))])),
                    ("associatedRule", .object([("id", .string(item.rule))])),
                ])
            }
        }
        let allNotifications = notifications + evaluationErrors + notApplicable
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(run.failures.isEmpty && evaluationErrors.isEmpty))]
        if !allNotifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(allNotifications))) }
        let driver: JSONValue = .object([
            ("name", .string("rapport")),
            ("version", .string(RapportVersion.current)),
            ("semanticVersion", .string(RapportVersion.current)),
            ("rules", .array(rules)),
        ])
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("originalUriBaseIds", .object([(shippedBase, .object([
                    ("description", .object([("text", .string("The coaching pack built into rapport (`rapport fmt`-clean copies are in its Rules/ folder)."))])),
                ]))])),
                ("invocations", .array([.object(invocation)])),
                ("results", .array(results)),
            ])])),
        ])
    }

    package static func result(_ finding: Finding, portfolio: String, ruleIndex: Int?, snooze: Snooze? = nil,
                               history: FindingHistory? = nil, asOf: CalendarDate? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { fields.append(("ruleIndex", .number(Double(ruleIndex)))) }
        if finding.severity == .praise { fields.append(("kind", .string("pass"))) }
        fields.append(("level", .string(level(finding.severity))))
        fields.append(("message", .object([("text", .string(finding.message))])))
        var region: [(String, JSONValue)] = []
        if finding.location.line > 0 {
            region = [("startLine", .number(Double(finding.location.line))),
                      ("startColumn", .number(Double(max(1, finding.location.column))))]
        }
        var physical: [(String, JSONValue)] = [("artifactLocation", artifact(finding.location.file))]
        if !region.isEmpty { physical.append(("region", .object(region))) }
        let subject = finding.subject
        let logical: JSONValue = .object([
            ("name", .string(subject.name)),
            ("fullyQualifiedName", .string("\(portfolio)#\(subject.type.rawValue)/\(subject.id)")),
            ("kind", .string(subject.type.rawValue)),
        ])
        fields.append(("locations", .array([.object([("physicalLocation", .object(physical)),
                                                       ("logicalLocations", .array([logical]))])])))
        if let snooze {
            fields.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string("\(snooze.reason) (\(snooze.by), until \(snooze.until))")),
                ("properties", .object([("snoozeFile", .string(snooze.location))])),
            ])])))
        }
        fields.append(("partialFingerprints", .object([("rapportSubject/v1", .string("\(finding.rule)|\(subject.type.rawValue)|\(subject.id)"))])))
        if let history, let asOf {
            // SARIF 2.1.0 result matching: new or unchanged against the recorded run, and when first seen.
            let identity = finding.identity
            fields.append(("baselineState", .string(history.states[identity].map { $0 == .new ? "new" : "unchanged" } ?? "new")))
            fields.append(("provenance", .object([("firstDetectionTimeUtc", .string("\(history.firstSeen[identity] ?? asOf)T00:00:00Z"))])))
        }
        var properties: [(String, JSONValue)] = [
            ("severity", .string(finding.severity.rawValue)),
            ("title", .string(finding.title)),
            ("portfolio", .string(portfolio)),
            ("subject", .object([("type", .string(subject.type.rawValue)), ("id", .string(subject.id)), ("name", .string(subject.name))])),
            ("rep", finding.rep.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("priority", .number(finding.priority)),
            ("evidence", .object(finding.evidence.map { ($0.name, .string($0.value)) })),
            ("tags", .array(finding.tags.map(JSONValue.string))),
        ]
        if let rationale = finding.rationale { properties.append(("rationale", .string(rationale))) }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    /// The base of the shipped pack's files, which are not on the user's disk.
    package static let shippedBase = "RAPPORT_SHIPPED_RULES"

    /// A file as a SARIF artifact location.
    package static func artifact(_ path: String) -> JSONValue {
        let shipped = ShippedRules.root + "/"
        if path.hasPrefix(shipped) {
            return .object([("uri", .string(uri(String(path.dropFirst(shipped.count))))), ("uriBaseId", .string(shippedBase))])
        }
        return .object([("uri", .string(uri(path)))])
    }

    /// `key_account_without_growth_plan` → `KeyAccountWithoutGrowthPlan` (SARIF's rule `name`).
    package static func pascalCase(_ id: String) -> String {
        id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://`.
    package static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

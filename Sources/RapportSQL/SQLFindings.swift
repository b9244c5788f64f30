import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// Findings made from the rows the compiled queries return, as the in-process engine makes
/// them: the same subjects, reps, messages, evidence and priorities, in the same order (rule
/// order, then the subjects' order in the portfolio).
public struct SQLFindings {
    /// A row turned into texts, waiting for its subject's place among its kind.
    private struct Row {
        let query: Int
        let id: String
        let name: String
        let ordinal: Int?
        let rep: Finding.Rep?
        let priority: Double
        let message: String
        let evidence: [String]
    }

    private let checked: CheckedRuleSet
    private let queries: [SQLRuleQuery]
    private let origins: [Finding.Origin]
    private let formatter: ValueFormatter
    private let reps: [String: Finding.Rep]
    private var rows: [Row] = []
    /// Rows whose `rep_id` names no rep of the portfolio (their findings go to the team).
    public private(set) var unknownReps: Set<String> = []

    /// Findings of `program`'s queries on a portfolio whose own values and reps `head` holds
    /// (no accounts or activities needed: the queries name every subject).
    public init(_ program: SQLProgram, rules: CheckResult, head: Portfolio) {
        checked = rules.checked
        queries = program.queries
        origins = program.queries.map { query in
            let rule = rules.checked.rule(query.rule)!
            return Finding.Origin(of: rule, at: Finding.Location(of: rule, in: rules.sources))
        }
        formatter = ValueFormatter(portfolio: head)
        let findingReps = Runtime.findingReps(of: head)
        reps = head.repIndexByID.mapValues { findingReps[Int($0)] }
    }

    /// Adds one row of query `index` (`column` gives a column's value as decoded from JSON).
    public mutating func add(query index: Int, column: (String) -> Any?) {
        let query = queries[index]
        let rule = checked.rule(query.rule)!
        let message = query.message(advice: rule.advice, formatter: formatter, column: column)
        let evidence = query.evidence.enumerated().map { position, type in
            formatter.summary(SQLFindingText.value(column("let_\(position + 1)"), type))
        }
        var rep: Finding.Rep?
        if let id = column("rep_id") as? String {
            rep = reps[id]
            if rep == nil { unknownReps.insert(id) }
        }
        let id = SQLFindingText.text(column("subject_id"))
        rows.append(Row(query: index, id: id, name: SQLFindingText.text(column("subject_name")),
                        // Places beyond 2^30 (a warehouse may hold anything) are the same place.
                        ordinal: (column("subject_ordinal") as? Double).flatMap { Int(exactly: $0) }.map { min(max($0, 0), 1 << 30) },
                        rep: rep, priority: column("priority") as? Double ?? 0, message: message, evidence: evidence))
    }

    /// The findings, in rule order, then subject order: by ordinal, then (for subjects without
    /// one, after those with one) by id.
    public func findings() -> [Finding] {
        // A subject's place among its kind, the same in every rule that names it.
        var places: [EntityType: [String: Int32]] = [:]
        let types = queries.map { checked.rule($0.rule)!.subjectType }
        var unordered: [EntityType: Set<String>] = [:]
        var highest: [EntityType: Int] = [:]
        for row in rows {
            let type = types[row.query]
            if let ordinal = row.ordinal {
                places[type, default: [:]][row.id] = Int32(clamping: ordinal)
                highest[type] = max(highest[type] ?? -1, ordinal)
            } else {
                unordered[type, default: []].insert(row.id)
            }
        }
        for (type, ids) in unordered {
            let first = (highest[type] ?? -1) + 1
            for (rank, id) in ids.sorted().enumerated() where places[type]?[id] == nil {
                places[type, default: [:]][id] = Int32(clamping: first + rank)
            }
        }
        var made = rows.map { row in
            let type = types[row.query]
            let origin = origins[row.query]
            let subject = Finding.Subject(type: type, id: row.id, name: row.name, index: places[type]?[row.id] ?? 0)
            return (row.query, Finding(origin: origin, title: origin.title, message: row.message, rationale: origin.rationale,
                                       subject: subject, rep: row.rep, evidence: row.evidence, priority: row.priority))
        }
        made.sort { ($0.0, $0.1.subject.index, $0.1.subject.id) < ($1.0, $1.1.subject.index, $1.1.subject.id) }
        return made.map(\.1)
    }
}

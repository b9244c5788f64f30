import RapportBase
import RapportModel
import RapportSemantics

/// One rule as a query: one row per finding, with the subject (`subject_id`, `subject_name`,
/// `subject_ordinal`), the coached rep's id (`rep_id`), the priority, the values of the
/// advice's holes (Rapport writes the message from them, as in process) and the evidence.
public struct SQLRuleQuery: Sendable {
    /// The rule's id.
    public let rule: String
    /// The query, for the dialect it was compiled for.
    public let sql: String
    /// The advice's holes, in order: the column `hole_N` holds hole N's value.
    public let holes: [SQLHole]
    /// The type of each `let`, in order: the column `let_N` holds the value of let N, the
    /// finding's evidence (an entity as its name).
    public let evidence: [ValueType]
}

/// A hole of a rule's advice, as its query returns it: a column with its value, or (for a
/// hole that writes text of its own, `{if x is missing then "none" else "last: {x as date}"}`)
/// a column choosing a branch and the branches' own holes.
public indirect enum SQLHole: Sendable {
    /// The column holding the value, of this type in rules (an entity comes back as its name).
    case column(String, ValueType)
    /// A column true when `then` is written, else `otherwise`.
    case choice(String, then: SQLHole, otherwise: SQLHole)
    /// A template written with its holes.
    case template(TTemplate, [SQLHole])
}

/// A checked rule set compiled to SQL for one dialect: a query per rule, and the rules left
/// out, each with a located error naming the construct and the dialect.
public struct SQLProgram: Sendable {
    public let dialect: SQLDialect
    public let queries: [SQLRuleQuery]
    /// `sql.unsupported` errors, one per rule left out.
    public let leftOut: [Diagnostic]
    /// The ids of the rules left out, in the order of ``leftOut``.
    public let leftOutRules: [String]

    /// This program with only the queries of the rules in `ids`.
    public func keeping(_ ids: Set<String>) -> SQLProgram {
        SQLProgram(dialect: dialect, queries: queries.filter { ids.contains($0.rule) }, leftOut: leftOut, leftOutRules: leftOutRules)
    }

    /// Every query, each after a comment naming its rule, as `rapport sql` prints them.
    public var text: String {
        queries.map { "-- rule \($0.rule)\n\($0.sql);\n" }.joined(separator: "\n")
    }
}

/// Compiles checked rule sets to SQL on the relational layout (`rapport schema`).
public enum SQLRuleCompiler {
    /// Compiles every rule of `checked` for `dialect`. `asOf` fixes the date rules see as
    /// today (default: the portfolio table's `as_of`); `params` replace param defaults.
    public static func compile(_ checked: CheckedRuleSet, dialect: SQLDialect, asOf: CalendarDate? = nil,
                               params overrides: [String: Value] = [:]) -> SQLProgram {
        let today = asOf.map { "DATE '\($0)'" } ?? "(SELECT as_of FROM portfolio)"
        let fiscalStart = "COALESCE((SELECT fiscal_year_start FROM portfolio), 1)"
        var columns = ["\(today) AS today", "\(fiscalStart) AS fiscal_start"]
        var params: [String: String] = [:]
        var durations: [String: Duration] = [:]
        var leftOut: [Diagnostic] = []
        var leftOutRules: [String] = []
        for param in checked.params {
            let value: Literal?
            if let override = overrides[param.name] { value = literal(override) }
            else if case .literal(let literal) = param.defaultValue.kind { value = literal }
            else { value = nil }
            let sql: String
            switch value {
            case .duration(let d)?: durations[param.name] = d; continue
            case .number(let n)?: sql = SQLExpressionCompiler.number(n)
            case .boolean(let b)?: sql = b ? "TRUE" : "FALSE"
            case .text(let t)?: sql = "'\(t.replacingOccurrences(of: "'", with: "''"))'"
            case .date(let d)?: sql = "DATE '\(d)'"
            case .period(let q)?: sql = "'\(q)'"
            case nil: continue
            }
            columns.append("\(sql) AS \(param.name)")
            // DuckDB wants some arguments (a percentile's share) to be constants, and Spark refers
            // only to the query right outside a subquery: the value itself.
            params[param.name] = dialect == .postgres ? "run.\(param.name)" : sql
        }
        let run = "WITH run AS (SELECT " + columns.joined(separator: ", ") + ")"
        var queries: [SQLRuleQuery] = []
        for rule in checked.rules {
            var compiler = SQLExpressionCompiler(checked: checked, dialect: dialect, params: params, durationParams: durations)
            if dialect == .spark { (compiler.today, compiler.fiscalStart) = (today, fiscalStart) }
            do throws(SQLUnsupported) {
                queries.append(try query(rule, run: run, &compiler))
            } catch {
                leftOutRules.append(rule.id)
                leftOut.append(Diagnostic.error("sql.unsupported", "rule `\(rule.id)` cannot run on \(dialect.title): \(error.construct) has no SQL form yet",
                                                at: error.span, label: "not compiled for \(dialect.title)",
                                                help: ["the rule runs in process (`rapport lint`); docs/warehouse.md lists what compiles"]))
            }
        }
        return SQLProgram(dialect: dialect, queries: queries, leftOut: leftOut, leftOutRules: leftOutRules)
    }

    /// A param's value given on the command line, as a literal.
    private static func literal(_ value: Value) -> Literal? {
        switch value {
        case .number(let n): .number(n)
        case .bool(let b): .boolean(b)
        case .text(let t): .text(t)
        case .date(let d): .date(d)
        case .duration(let d): .duration(d)
        case .period(let q): .period(q)
        default: nil
        }
    }

    private static func query(_ rule: CheckedRule, run: String, _ compiler: inout SQLExpressionCompiler) throws(SQLUnsupported) -> SQLRuleQuery {
        let table = RelationalLayout.table(of: rule.subjectType)
        let subject = SQLRow.inScope(rule.subjectType, "s")
        compiler.scope[0] = .entity(subject)
        for item in rule.lets { compiler.scope[item.slot] = try compiler.compile(item.value) }
        var select = [rule.subjectType == .team ? "s.team_name AS subject_id" : "s.id AS subject_id",
                      "\(compiler.name(of: subject)) AS subject_name",
                      "\(rule.subjectType.hasID ? "s.ordinal" : "NULL") AS subject_ordinal",
                      "\(try coachedRep(rule, subject, &compiler)) AS rep_id"]
        select.append("\(try rule.priority.map { p throws(SQLUnsupported) in try compiler.scalar(p) } ?? "NULL") AS priority")
        for (index, item) in rule.lets.enumerated() {
            let sql: String
            switch compiler.scope[item.slot]! {
            case .scalar(let value): sql = value
            case .entity(let row): sql = compiler.name(of: row)
            case .list(let list): sql = try compiler.array(list, item.value.span)
            }
            select.append("\(sql) AS let_\(index + 1)")
        }
        var holes: [SQLHole] = []
        var columns = 0
        /// The hole `expr`, its columns added to the query.
        func hole(_ expr: TExpr) throws(SQLUnsupported) -> SQLHole {
            switch expr.kind {
            case .template(let template):
                var inner: [SQLHole] = []
                for case .hole(let expr, _) in template.parts { inner.append(try hole(expr)) }
                return .template(template, inner)
            case .conditional(let condition, let then, let otherwise) where expr.type == .text && (then.hasTemplate || otherwise.hasTemplate):
                columns += 1
                let column = "hole_\(columns)"
                select.append("CASE WHEN \(try compiler.scalar(condition)) THEN TRUE ELSE FALSE END AS \(column)")
                return .choice(column, then: try hole(then), otherwise: try hole(otherwise))
            default:
                columns += 1
                let column = "hole_\(columns)"
                let sql: String
                switch try compiler.compile(expr) {
                case .scalar(let value): sql = value
                case .entity(let row): sql = compiler.name(of: row)
                case .list(let list): sql = try compiler.array(list, expr.span)
                }
                select.append("\(sql) AS \(column)")
                return .column(column, expr.type)
            }
        }
        for part in rule.advice.parts {
            guard case .hole(let expr, _) = part else { continue }
            holes.append(try hole(expr))
        }
        for template in [rule.title, rule.rationale].compactMap({ $0 }) {
            for case .hole(let expr, _) in template.parts { throw SQLUnsupported(span: expr.span, construct: "a hole in a title or `because`") }
        }
        let condition = try rule.condition.map { c throws(SQLUnsupported) in try compiler.scalar(c) }
        var sql = "\(run)\nSELECT " + select.joined(separator: ",\n       ") + "\nFROM run CROSS JOIN \(table) s"
        for join in compiler.joins { sql += "\n  \(join)" }
        if let condition { sql += "\nWHERE \(condition)" }
        sql += "\nORDER BY subject_id"
        if compiler.dialect == .spark { sql = SparkHoisting.hoist(sql, table: table) }
        return SQLRuleQuery(rule: rule.id, sql: sql, holes: holes, evidence: rule.lets.map(\.value.type))
    }

    /// The id of the rep a finding coaches: the rule's `to`, else the subject's owner (of its
    /// account, for a contact), the rep of an activity, the rep itself; NULL for the team.
    private static func coachedRep(_ rule: CheckedRule, _ subject: SQLRow, _ compiler: inout SQLExpressionCompiler) throws(SQLUnsupported) -> String {
        if let coached = rule.coached {
            guard case .entity(let row) = try compiler.compile(coached), row.entity == .rep else {
                throw SQLUnsupported(span: coached.span, construct: "this `to`")
            }
            return "CASE WHEN \(row.presence) THEN \(row.column("id")) END"
        }
        return switch rule.subjectType {
        case .account, .lead, .opportunity: "s.owner_id"
        case .rep: "s.id"
        case .contact: "(SELECT k.owner_id FROM accounts k WHERE k.id = s.account_id)"
        case .activity: "s.rep_id"
        default: "NULL"
        }
    }
}

extension TExpr {
    /// True when a template is written somewhere inside.
    var hasTemplate: Bool {
        if case .template = kind { return true }
        return kind.children.contains { $0.hasTemplate }
    }
}

extension SQLDialect {
    /// The engine's name, for messages.
    public var title: String {
        switch self {
        case .postgres: "PostgreSQL"
        case .spark: "Spark SQL"
        case .duckdb: "DuckDB"
        }
    }
}

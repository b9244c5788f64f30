import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// A construct the compiler cannot express in a dialect: the rule is left out, named, with why.
struct SQLUnsupported: Error {
    let span: Span
    let construct: String
}

/// Compiles checked expressions to SQL with Rapport's missing-value semantics (docs/warehouse.md):
/// a comparison with a missing operand is false, not NULL; arithmetic and division by zero give
/// NULL; `and`/`or`/`not` are Kleene's, as SQL's are; aggregates skip NULL, and `sum` and
/// `count` of nothing are 0; quantifiers and `if` treat a missing condition as not true.
struct SQLExpressionCompiler {
    let checked: CheckedRuleSet
    let dialect: SQLDialect
    /// Each param's SQL (a column of the `run` row); durations are folded in at compile time.
    let params: [String: String]
    let durationParams: [String: Duration]
    /// The date rules see as today, and the first month of the fiscal year: the `run` row's,
    /// or (for Spark, whose subqueries see only the query right outside them) uncorrelated.
    var today = "run.today"
    var fiscalStart = "run.fiscal_start"
    /// Rows one-to-one with the subject (its owner, its account, its growth plan), joined to
    /// the subject's row rather than looked up in a subquery: Spark lets a subquery refer only
    /// to the query right outside it, and the plan is simpler for every engine.
    private(set) var joins: [String] = []
    private var joined: [String: String] = [:]
    private var topLevel: Set<String> = ["s"]
    /// Frame slots: the subject, lets, binders, a `where`'s element, a function's parameters.
    var scope: [Int: SQLValue] = [:]
    private var aliases = 0

    init(checked: CheckedRuleSet, dialect: SQLDialect, params: [String: String], durationParams: [String: Duration]) {
        self.checked = checked
        self.dialect = dialect
        self.params = params
        self.durationParams = durationParams
    }

    mutating func alias() -> String {
        aliases += 1
        return "t\(aliases)"
    }

    // MARK: Values

    mutating func compile(_ e: TExpr) throws(SQLUnsupported) -> SQLValue {
        switch e.kind {
        case .literal(let literal):
            return .scalar(try self.literal(literal, e.span))
        case .local(let slot):
            guard let value = scope[slot] else { throw SQLUnsupported(span: e.span, construct: "this name") }
            return value
        case .param(let name):
            guard let sql = params[name] else { throw SQLUnsupported(span: e.span, construct: "a duration param outside date arithmetic") }
            return .scalar(sql)
        case .collection(let entity):
            if entity == .team { return .entity(.inScope(.team, "run")) }
            let a = alias()
            return .list(SQLList(from: "\(RelationalLayout.table(of: entity)) \(a)", conditions: [], element: .entity(.inScope(entity, a)),
                                 order: natural(entity, a)))
        case .today:
            return .scalar(today)
        case .thisQuarter:
            return .scalar(quarter(of: today))
        case .lastQuarter:
            return .scalar(quarter(of: shift(today, Duration(months: -3, days: 0))))
        case .field(let base, let entity, let name, let mapped, let flatten):
            let value = try compile(base)
            if mapped {
                guard case .list(let whole) = value else { throw SQLUnsupported(span: e.span, construct: "this field of a list") }
                let list = try materialized(whole, e.span)
                guard case .entity(let row) = list.element else { throw SQLUnsupported(span: e.span, construct: "this field of a list") }
                let element = try field(row, entity, name, e.span)
                if flatten { return .list(try join(list, element, e.span)) }
                return .list(list.mapping(element))
            }
            guard case .entity(let row) = value else { throw SQLUnsupported(span: e.span, construct: "a field of this value") }
            return try field(row, entity, name, e.span)
        case .computed(let base, let ref, let mapped, let flatten):
            let definition = checked.definitions[ref.index]
            let value = try compile(base)
            if mapped {
                guard case .list(let whole) = value else { throw SQLUnsupported(span: e.span, construct: "this computed field of a list") }
                let list = try materialized(whole, e.span)
                let element = try inline(definition, [list.element])
                if flatten { return .list(try join(list, element, e.span)) }
                return .list(list.mapping(element))
            }
            return try inline(definition, [value])
        case .custom(let base, let name, let type, let mapped):
            guard !mapped, case .entity(let row) = try compile(base), row.entity == .account else {
                throw SQLUnsupported(span: e.span, construct: "a declared field of a list")
            }
            let column: String = switch type {
            case .number: "number_value"
            case .boolean: "boolean_value"
            case .text: "text_value"
            default: throw SQLUnsupported(span: e.span, construct: "a declared field of type \(type)")
            }
            let c = alias()
            return .scalar("(SELECT \(c).\(column) FROM custom_fields \(c) WHERE \(c).account_id = \(row.column("id")) AND \(c).name = \(text(name)))")
        case .builtin(let id, let args):
            return try builtin(id, args, e)
        case .function(let ref, let args):
            return try inline(checked.definitions[ref.index], args.map { arg throws(SQLUnsupported) in try compile(arg) })
        case .negate(let x):
            return .scalar("(- \(try scalar(x)))")
        case .not(let x):
            return .scalar("(NOT \(try scalar(x)))")
        case .arithmetic(let op, let l, let r):
            return .scalar(try arithmetic(op, l, r, e))
        case .compare(let op, let l, let r):
            return .scalar(try compare(op, l, r, e))
        case .membership(let negated, let x, let list):
            guard case .list(let items) = list.kind else { throw SQLUnsupported(span: list.span, construct: "`in` a list that is not written out") }
            let value = try scalar(x)
            let values = try items.map { item throws(SQLUnsupported) in try scalar(item) }.joined(separator: ", ")
            return .scalar("COALESCE(\(value) \(negated ? "NOT IN" : "IN") (\(values)), FALSE)")
        case .coalesce(let l, let r):
            return .scalar("COALESCE(\(try scalar(l)), \(try scalar(r)))")
        case .logical(let op, let parts):
            let joined = try parts.map { part throws(SQLUnsupported) in try scalar(part) }.joined(separator: op == .and ? " AND " : " OR ")
            return .scalar("(\(joined))")
        case .isMissing(let x, let present):
            switch try compile(x) {
            case .scalar(let sql): return .scalar("(\(sql) IS \(present ? "NOT " : "")NULL)")
            case .entity(let row): return .scalar(present ? "(\(row.presence))" : "(NOT \(row.presence))")
            case .list: throw SQLUnsupported(span: e.span, construct: "`is missing` on a list")
            }
        case .within(let d, let future, let amount):
            guard let duration = constantDuration(amount) else { throw SQLUnsupported(span: amount.span, construct: "a window that is not a fixed duration") }
            let date = try scalar(d)
            let (from, to) = future ? (today, shift(today, duration))
                : (shift(today, Duration(months: -duration.months, days: -duration.days)), today)
            return .scalar("COALESCE(\(date) BETWEEN \(from) AND \(to), FALSE)")
        case .filter(let base, let slot, let condition):
            guard case .list(let compiled) = try compile(base) else { throw SQLUnsupported(span: base.span, construct: "`where` on this value") }
            let list = try materialized(compiled, e.span)
            scope[slot] = list.element
            return .list(list.adding(try scalar(condition)))
        case .sort(let base, let slot, let key, let descending):
            guard case .list(let compiled) = try compile(base) else { throw SQLUnsupported(span: base.span, construct: "`by` on this value") }
            var list = try materialized(compiled, e.span)
            scope[slot] = list.element
            // Missing keys last; equal keys keep the list's order (a stable sort).
            list.order = [SQLOrder(expression: try scalar(key), descending: descending, nullsLast: true)] + list.order
            return .list(list)
        case .quantified(let quantifier, let slot, let base, let body):
            guard case .list(let list) = try compile(base) else { throw SQLUnsupported(span: base.span, construct: "a quantifier over this value") }
            scope[slot] = list.element
            let test = try scalar(body)
            switch quantifier {
            case .any: return .scalar("EXISTS (SELECT 1 FROM \(list.from)\(list.adding(test).whereClause))")
            case .no: return .scalar("(NOT EXISTS (SELECT 1 FROM \(list.from)\(list.adding(test).whereClause)))")
            case .all: return .scalar("(NOT EXISTS (SELECT 1 FROM \(list.from)\(list.adding("NOT COALESCE(\(test), FALSE)").whereClause)))")
            }
        case .conditional(let c, let t, let otherwise):
            return .scalar("CASE WHEN \(try scalar(c)) THEN \(try scalar(t)) ELSE \(try scalar(otherwise)) END")
        case .list:
            throw SQLUnsupported(span: e.span, construct: "a list written out, outside `in`")
        case .template:
            throw SQLUnsupported(span: e.span, construct: "a template inside a hole")
        }
    }

    /// `e` as one SQL expression: an entity stands for its id.
    mutating func scalar(_ e: TExpr) throws(SQLUnsupported) -> String {
        switch try compile(e) {
        case .scalar(let sql): return sql
        case .entity(let row): return row.childKey
        case .list: throw SQLUnsupported(span: e.span, construct: "a list where one value is needed")
        }
    }

    /// The body of a computed field or function with its slots bound to `arguments`.
    private mutating func inline(_ definition: Definition, _ arguments: [SQLValue]) throws(SQLUnsupported) -> SQLValue {
        let saved = scope
        scope = [:]
        for (slot, argument) in arguments.enumerated() { scope[slot] = argument }
        defer { scope = saved }
        return try compile(definition.body)
    }

    // MARK: Fields

    /// The row of `entity` whose `column` equals `value`: joined when `owner` is the subject or a
    /// row joined to it, else looked up.
    private mutating func related(_ entity: EntityType, _ column: String, _ value: String, from owner: SQLRow) -> SQLValue {
        guard let ownerAlias = owner.alias, topLevel.contains(ownerAlias) else { return .entity(.byKey(entity, column, value)) }
        let key = "\(RelationalLayout.table(of: entity)).\(column)=\(value)"
        if let alias = joined[key] { return .entity(.joined(entity, alias, on: column)) }
        aliases += 1
        let alias = "j\(aliases)"
        joins.append("LEFT JOIN \(RelationalLayout.table(of: entity)) \(alias) ON \(alias).\(column) = \(value)")
        joined[key] = alias
        topLevel.insert(alias)
        return .entity(.joined(entity, alias, on: column))
    }

    /// `row.name` of an entity of type `entity`.
    private mutating func field(_ row: SQLRow, _ entity: EntityType, _ name: String, _ span: Span) throws(SQLUnsupported) -> SQLValue {
        if entity == .team {
            switch name {
            case "name": return .scalar("(SELECT team_name FROM portfolio)")
            case "manager": return .scalar("(SELECT manager FROM portfolio)")
            case "reps", "accounts", "leads":
                let target: EntityType = name == "reps" ? .rep : name == "accounts" ? .account : .lead
                let a = alias()
                return .list(SQLList(from: "\(RelationalLayout.table(of: target)) \(a)", conditions: [], element: .entity(.inScope(target, a)),
                                     order: natural(target, a)))
            default: throw SQLUnsupported(span: span, construct: "the team's `\(name)`")
            }
        }
        guard let info = Schema.field(name, of: entity) else { throw SQLUnsupported(span: span, construct: "`\(name)`") }
        switch info.format {
        case .id(let target)?:
            return related(target, "id", row.column(name + "_id"), from: row)
        case .ids(let target)?:
            let (link, element) = (alias(), alias())
            return .list(SQLList(from: "\(entity.rawValue)_\(name) \(link) JOIN \(RelationalLayout.table(of: target)) \(element) ON \(element).id = \(link).\(target.rawValue)_id",
                                 conditions: ["\(link).\(entity.rawValue)_id = \(row.childKey)"], element: .entity(.inScope(target, element)),
                                 order: natural(target, element)))
        case .dates?, .texts?:
            let owner = entity == .growthPlan ? "account" : entity.rawValue
            let table = entity == .growthPlan ? name : "\(entity.rawValue)_\(name)"
            let v = alias()
            return .list(SQLList(from: "\(table) \(v)", conditions: ["\(v).\(owner)_id = \(row.childKey)"], element: .scalar("\(v).value"),
                                 order: [SQLOrder(expression: "\(v).position", descending: false, nullsLast: true)]))
        case .object(let child)?:
            return related(child, entity.rawValue + "_id", row.childKey, from: row)
        case .objects(let child)?:
            let c = alias()
            let parent = entity == .growthPlan ? "account" : entity.rawValue
            return .list(SQLList(from: "\(RelationalLayout.table(of: child)) \(c)", conditions: ["\(c).\(parent)_id = \(row.childKey)"],
                                 element: .entity(.inScope(child, c)), order: natural(child, c)))
        case .customFields?, .formatName?:
            throw SQLUnsupported(span: span, construct: "`\(name)`")
        case .some:
            return .scalar(row.column(name))
        case nil:
            return try derived(row, entity, name, span)
        }
    }

    /// Fields worked out while loading: back-links to the parent, and a rep's lists.
    private mutating func derived(_ row: SQLRow, _ entity: EntityType, _ name: String, _ span: Span) throws(SQLUnsupported) -> SQLValue {
        switch (entity, name) {
        case (_, "account"): return related(.account, "id", row.column("account_id"), from: row)
        case (.action, "plan"): return related(.growthPlan, "account_id", row.column("account_id"), from: row)
        case (.proposal, "opportunity"): return related(.opportunity, "id", row.column("opportunity_id"), from: row)
        case (.rep, "accounts"), (.rep, "leads"), (.rep, "opportunities"), (.rep, "activities"):
            let target: EntityType = name == "accounts" ? .account : name == "leads" ? .lead : name == "opportunities" ? .opportunity : .activity
            let link = name == "activities" ? "rep_id" : "owner_id"
            let a = alias()
            return .list(SQLList(from: "\(RelationalLayout.table(of: target)) \(a)", conditions: ["\(a).\(link) = \(row.childKey)"],
                                 element: .entity(.inScope(target, a)), order: natural(target, a)))
        default:
            throw SQLUnsupported(span: span, construct: "the \(entity.rawValue)'s `\(name)`")
        }
    }

    /// A list of lists made one: each row of `list` joined to the rows of its element's list.
    private mutating func join(_ list: SQLList, _ element: SQLValue, _ span: Span) throws(SQLUnsupported) -> SQLList {
        guard case .list(let inner) = element else { throw SQLUnsupported(span: span, construct: "this list of lists") }
        guard list.limit == nil, inner.limit == nil else { throw SQLUnsupported(span: span, construct: "this list of cut lists") }
        return SQLList(from: "\(list.from) JOIN \(inner.from) ON \(inner.conditions.isEmpty ? "TRUE" : inner.conditions.map { "(\($0))" }.joined(separator: " AND "))",
                       conditions: list.conditions, element: inner.element, order: list.order + inner.order)
    }

    // MARK: Operators

    private mutating func arithmetic(_ op: BinaryOperator, _ l: TExpr, _ r: TExpr, _ e: TExpr) throws(SQLUnsupported) -> String {
        switch (l.type, r.type) {
        case (.date, .duration):
            guard let duration = constantDuration(r) else { throw SQLUnsupported(span: r.span, construct: "a date moved by a duration that is not fixed") }
            return shift(try scalar(l), op == .subtract ? Duration(months: -duration.months, days: -duration.days) : duration)
        case (.date, .date):
            return daysBetween(try scalar(r), try scalar(l))
        case (.number, .number), (.number, .error), (.error, .number):
            let (a, b) = (try scalar(l), try scalar(r))
            if op == .divide { return "(\(double(a)) / NULLIF(\(double(b)), 0))" }
            return "(\(a) \(op.rawValue) \(b))"
        default:
            throw SQLUnsupported(span: e.span, construct: "`\(op.rawValue)` on \(l.type) and \(r.type)")
        }
    }

    private mutating func compare(_ op: BinaryOperator, _ l: TExpr, _ r: TExpr, _ e: TExpr) throws(SQLUnsupported) -> String {
        let symbol: String = switch op {
        case .before: "<"
        case .after: ">"
        case .equal: "="
        case .notEqual: "<>"
        default: op.rawValue
        }
        var (a, b): (String, String)
        switch (l.type, r.type) {
        case (.duration, .duration):
            // A number of days (a date difference) against a fixed duration of days.
            if let days = constantDuration(r).flatMap({ $0.months == 0 ? $0.days : nil }) { (a, b) = (try scalar(l), "\(days)") }
            else if let days = constantDuration(l).flatMap({ $0.months == 0 ? $0.days : nil }) { (a, b) = ("\(days)", try scalar(r)) }
            else { throw SQLUnsupported(span: e.span, construct: "comparing durations given in months") }
        default:
            (a, b) = (try scalar(l), try scalar(r))
        }
        return "COALESCE(\(a) \(symbol) \(b), FALSE)"
    }

    private mutating func builtin(_ id: Builtin, _ args: [TExpr], _ e: TExpr) throws(SQLUnsupported) -> SQLValue {
        func list(_ arg: TExpr, _ compiler: inout SQLExpressionCompiler) throws(SQLUnsupported) -> SQLList {
            guard case .list(let list) = try compiler.compile(arg) else { throw SQLUnsupported(span: arg.span, construct: "`\(id.rawValue)` of this value") }
            return list
        }
        func aggregate(_ function: String, _ compiler: inout SQLExpressionCompiler) throws(SQLUnsupported) -> String {
            let items = try compiler.materialized(try list(args[0], &compiler), e.span)
            guard case .scalar(let element) = items.element else { throw SQLUnsupported(span: args[0].span, construct: "`\(id.rawValue)` of entities") }
            // An element that is itself a subquery (an account's lifetime, for a percentile over
            // accounts) is computed in a table of its own first: DuckDB accepts no subquery inside
            // an aggregate. Otherwise directly: Spark lets the derived table refer to nothing outside.
            guard element.contains("SELECT ") else {
                return "(SELECT \(function.replacingOccurrences(of: "$", with: element)) FROM \(items.from)\(items.whereClause))"
            }
            let q = compiler.alias()
            return "(SELECT \(function.replacingOccurrences(of: "$", with: "\(q).v")) FROM (SELECT \(element) AS v FROM \(items.from)\(items.whereClause)) \(q))"
        }
        switch id {
        case .count:
            let items = try materialized(try list(args[0], &self), e.span)
            return .scalar("(SELECT COUNT(*) FROM \(items.from)\(items.whereClause))")
        case .exists, .empty:
            let items = try materialized(try list(args[0], &self), e.span)
            return .scalar("(\(id == .empty ? "NOT " : "")EXISTS (SELECT 1 FROM \(items.from)\(items.whereClause)))")
        case .sum: return .scalar("COALESCE(\(try aggregate("SUM($)", &self)), 0)")
        case .avg: return .scalar(try aggregate("AVG(\(double("$")))", &self))
        case .min: return .scalar(try aggregate("MIN($)", &self))
        case .max: return .scalar(try aggregate("MAX($)", &self))
        case .median, .percentile:
            let share = id == .median ? "0.5" : "LEAST(GREATEST(\(try scalar(args[1])), 0), 1)"
            return .scalar(try aggregate(percentile(share), &self))
        case .abs: return .scalar("ABS(\(try scalar(args[0])))")
        case .take:
            guard case .literal(.number(let n)) = args[1].kind else { throw SQLUnsupported(span: args[1].span, construct: "`take` of a count that is not written out") }
            var items = try list(args[0], &self)
            let count = n < 1 ? 0 : Int(min(n, 1e9))
            items.limit = items.limit.map { min($0, count) } ?? count
            return .list(items)
        case .first, .last:
            var items = try materialized(try list(args[0], &self), e.span)
            if id == .last { items.order = items.order.map(\.reversed) }
            switch items.element {
            case .scalar(let element):
                return .scalar("(SELECT \(element) FROM \(items.from)\(items.whereClause)\(items.orderClause) LIMIT 1)")
            case .entity(let row) where row.alias != nil && row.entity.hasID:
                return .entity(.byKey(row.entity, "id", "(SELECT \(row.alias!).id FROM \(items.from)\(items.whereClause)\(items.orderClause) LIMIT 1)"))
            default:
                throw SQLUnsupported(span: e.span, construct: "`\(id.rawValue)` of this list")
            }
        case .days:
            if let duration = constantDuration(args[0]) { return .scalar(daysBetween(shift(today, Duration(months: -duration.months, days: -duration.days)), today)) }
            return .scalar(try scalar(args[0]))
        case .quarter:
            return .scalar(quarter(of: try scalar(args[0])))
        case .lower, .upper: return .scalar("\(id.rawValue.uppercased())(\(try scalar(args[0])))")
        default:
            throw SQLUnsupported(span: e.span, construct: "`\(id.rawValue)`")
        }
    }

    /// The file's order of an entity's rows: their ordinal (then id, for rows without one), or
    /// their position within the parent.
    func natural(_ entity: EntityType, _ alias: String) -> [SQLOrder] {
        if entity.hasID {
            return ["ordinal", "id"].map { SQLOrder(expression: "\(alias).\($0)", descending: false, nullsLast: true) }
        }
        guard entity == .revenue || entity == .action else { return [] }
        return [SQLOrder(expression: "\(alias).position", descending: false, nullsLast: true)]
    }

    /// A list cut by `take` as a table of its own, so that filters, orders and aggregates apply
    /// to the rows kept (in order), not to the whole list.
    mutating func materialized(_ list: SQLList, _ span: Span) throws(SQLUnsupported) -> SQLList {
        guard let limit = list.limit else { return list }
        guard case .entity(let row) = list.element, let inner = row.alias else {
            throw SQLUnsupported(span: span, construct: "`take` of a list of values")
        }
        let a = alias()
        let order = list.order.enumerated().map { index, term in
            SQLOrder(expression: "\(a).rapport_order_\(index)", descending: term.descending, nullsLast: term.nullsLast)
        }
        let keys = list.order.enumerated().map { index, term in "\(term.expression) AS rapport_order_\(index)" }
        let from = "(SELECT \(([inner + ".*"] + keys).joined(separator: ", ")) FROM \(list.from)\(list.whereClause)\(list.orderClause) LIMIT \(limit)) \(a)"
        return SQLList(from: from, conditions: [], element: .entity(.inScope(row.entity, a)), order: order)
    }

    /// The fiscal quarter (`2026-Q3`) of a date, by the portfolio's first fiscal month.
    func quarter(of date: String) -> String {
        let (year, month, text, divide) = switch dialect {
        case .postgres: ("CAST(EXTRACT(YEAR FROM \(date)) AS INTEGER)", "CAST(EXTRACT(MONTH FROM \(date)) AS INTEGER)", "TEXT", "/")
        case .duckdb: ("year(\(date))", "month(\(date))", "VARCHAR", "//")
        case .spark: ("year(\(date))", "month(\(date))", "STRING", " div ")
        }
        let fiscalYear = "(\(year) + CASE WHEN \(month) >= \(fiscalStart) AND \(fiscalStart) <> 1 THEN 1 ELSE 0 END)"
        let quarter = "(((\(month) - \(fiscalStart) + 12) % 12)\(divide)3 + 1)"
        return "CASE WHEN \(date) IS NULL THEN NULL ELSE LPAD(CAST(\(fiscalYear) AS \(text)), 4, '0') || '-Q' || CAST(\(quarter) AS \(text)) END"
    }

    /// A list for the advice: its elements (an entity by its name) as an array, in order.
    mutating func array(_ list: SQLList, _ span: Span) throws(SQLUnsupported) -> String {
        let items = try materialized(list, span)
        let element: String = switch items.element {
        case .scalar(let value): value
        case .entity(let row): name(of: row)
        case .list: throw SQLUnsupported(span: span, construct: "a list of lists in the advice")
        }
        switch dialect {
        case .postgres:
            return "(SELECT COALESCE(array_agg(\(element)\(items.orderClause)), '{}') FROM \(items.from)\(items.whereClause))"
        case .duckdb:
            return "(SELECT COALESCE(list(\(element)\(items.orderClause)), []) FROM \(items.from)\(items.whereClause))"
        case .spark:
            let keys = items.order.enumerated().map { "\($1.expression) AS k\($0)" }
            return "(SELECT COALESCE(transform(array_sort(collect_list(struct(\((keys + ["\(element) AS v"]).joined(separator: ", "))))), x -> x.v), array()) FROM \(items.from)\(items.whereClause))"
        }
    }

    /// How an entity is named in advice, as the in-process formatter names it: its name, or
    /// what stands for one (an activity without a summary is "call on 2 Jul 2026").
    func name(of row: SQLRow) -> String {
        switch row.entity {
        case .team: return "(SELECT team_name FROM portfolio)"
        case .activity: return "COALESCE(\(row.column("summary")), \(row.column("kind")) || ' on ' || \(dateText(row.column("date"))))"
        case .growthPlan: return "'the growth plan of ' || (SELECT n.name FROM accounts n WHERE n.id = \(row.column("account_id")))"
        case .proposal: return "'the proposal for ' || (SELECT n.name FROM opportunities n WHERE n.id = \(row.column("opportunity_id")))"
        case .revenue: return row.column("period")
        case .action: return row.column("what")
        default: return row.column("name")
        }
    }

    /// A date as the formatter writes it: `2 Jul 2026`.
    func dateText(_ date: String) -> String {
        switch dialect {
        case .postgres: "to_char(\(date), 'FMDD Mon YYYY')"
        case .duckdb: "strftime(\(date), '%-d %b %Y')"
        case .spark: "date_format(\(date), 'd MMM yyyy')"
        }
    }

    // MARK: Dialects

    /// Linear interpolation between the closest ranks, as Rapport's `percentile` (`$` is the element).
    private func percentile(_ share: String) -> String {
        switch dialect {
        case .postgres: "percentile_cont(\(share)) WITHIN GROUP (ORDER BY $)"
        case .duckdb: "quantile_cont($, \(share))"
        case .spark: "percentile($, \(share))"
        }
    }

    private func double(_ sql: String) -> String {
        dialect == .postgres ? "CAST(\(sql) AS DOUBLE PRECISION)" : "CAST(\(sql) AS DOUBLE)"
    }

    /// `date` moved by whole months (the day clamped to the month's last, as Rapport does),
    /// then by days.
    private func shift(_ date: String, _ duration: Duration) -> String {
        var sql = date
        if duration.months != 0 {
            sql = switch dialect {
            case .postgres: "CAST(\(sql) + INTERVAL '\(duration.months) months' AS DATE)"
            case .duckdb: "CAST(\(sql) + INTERVAL (\(duration.months)) MONTH AS DATE)"
            case .spark: "add_months(\(sql), \(duration.months))"
            }
        }
        if duration.days != 0 {
            sql = switch dialect {
            case .postgres, .duckdb: "(\(sql) + \(duration.days))"
            case .spark: "date_add(\(sql), \(duration.days))"
            }
        }
        return sql
    }

    /// Days from `from` to `to`.
    private func daysBetween(_ from: String, _ to: String) -> String {
        dialect == .spark ? "datediff(\(to), \(from))" : "(\(to) - \(from))"
    }

    private func literal(_ literal: Literal, _ span: Span) throws(SQLUnsupported) -> String {
        switch literal {
        case .number(let n): return Self.number(n)
        case .text(let t): return text(t)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return "DATE '\(d)'"
        case .period(let q): return text("\(q)")
        case .duration: throw SQLUnsupported(span: span, construct: "a duration outside date arithmetic")
        }
    }

    static func number(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : "\(n)"
    }

    func text(_ t: String) -> String { "'" + t.replacingOccurrences(of: "'", with: "''") + "'" }

    /// The value of a duration known when compiling: a literal, or a param's.
    private func constantDuration(_ e: TExpr) -> Duration? {
        switch e.kind {
        case .literal(.duration(let d)): d
        case .param(let name): durationParams[name]
        default: nil
        }
    }
}

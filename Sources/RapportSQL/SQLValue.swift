import RapportModel
import RapportSemantics

/// One entity as SQL sees it: a row in the query's scope (`alias`), or the row of its table
/// whose `column` equals `value` (a parent, an owner, a growth plan).
struct SQLRow {
    let entity: EntityType
    let alias: String?
    let lookup: (column: String, value: String)?
    /// For a row joined with LEFT JOIN: a column that is NULL exactly when there is no row.
    var joinedOn: String? = nil

    static func inScope(_ entity: EntityType, _ alias: String) -> SQLRow { SQLRow(entity: entity, alias: alias, lookup: nil) }
    static func joined(_ entity: EntityType, _ alias: String, on column: String) -> SQLRow {
        SQLRow(entity: entity, alias: alias, lookup: nil, joinedOn: column)
    }
    static func byKey(_ entity: EntityType, _ column: String, _ value: String) -> SQLRow {
        SQLRow(entity: entity, alias: nil, lookup: (column, value))
    }

    var table: String { RelationalLayout.table(of: entity) }

    /// The value of one of its columns (NULL when the row does not exist).
    func column(_ name: String) -> String {
        if let alias { return "\(alias).\(name)" }
        if let lookup, lookup.column == name { return lookup.value }
        let (column, value) = lookup!
        return "(SELECT k.\(name) FROM \(table) k WHERE k.\(column) = \(value))"
    }

    /// What its children's rows name it by: its id, or for a growth plan its account's id.
    var childKey: String {
        switch entity {
        case .growthPlan: column("account_id")
        default: column("id")
        }
    }

    /// True when the row exists (a growth plan, a proposal, an owner id that names a rep).
    var presence: String {
        if let alias { return joinedOn.map { "\(alias).\($0) IS NOT NULL" } ?? "TRUE" }
        let (column, value) = lookup!
        return "EXISTS (SELECT 1 FROM \(table) k WHERE k.\(column) = \(value))"
    }
}

/// One term of a list's order: an expression, its direction, and where missing values go.
struct SQLOrder {
    let expression: String
    let descending: Bool
    let nullsLast: Bool

    var sql: String { "\(expression)\(descending ? " DESC" : "") NULLS \(nullsLast ? "LAST" : "FIRST")" }
    var reversed: SQLOrder { SQLOrder(expression: expression, descending: !descending, nullsLast: !nullsLast) }
}

/// A list as SQL sees it: the rows of a FROM clause that hold, each giving an element, in an
/// order (the file's, kept by `position` or `id`; or one chosen with `by`), maybe cut short.
struct SQLList {
    /// `activities t3` or `activity_contacts t4 JOIN contacts t5 ON t5.id = t4.contact_id`.
    let from: String
    /// What each row must satisfy (the link to the list's owner, filters); SQL NULL leaves a row out.
    let conditions: [String]
    let element: SQLValue
    var order: [SQLOrder] = []
    /// `take(xs, n)`: only the first `limit` rows in `order`.
    var limit: Int? = nil

    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ") }
    var orderClause: String { order.isEmpty ? "" : " ORDER BY " + order.map(\.sql).joined(separator: ", ") }

    func adding(_ condition: String) -> SQLList {
        SQLList(from: from, conditions: conditions + [condition], element: element, order: order, limit: limit)
    }
    func mapping(_ element: SQLValue) -> SQLList { SQLList(from: from, conditions: conditions, element: element, order: order, limit: limit) }
}

/// A compiled value: a scalar SQL expression (NULL for missing), one entity, or a list.
indirect enum SQLValue {
    case scalar(String)
    case entity(SQLRow)
    case list(SQLList)

    var scalar: String? { if case .scalar(let text) = self { text } else { nil } }
}

extension EntityType {
    /// True when its rows have an `id` column.
    var hasID: Bool {
        switch self {
        case .rep, .account, .contact, .activity, .opportunity, .lead: true
        default: false
        }
    }
}

import RapportModel
import RapportSemantics

/// One entity as SQL sees it: a row in the query's scope (`alias`), or the row of its table
/// whose `column` equals `value` (a parent, an owner, a growth plan).
struct SQLRow {
    let entity: EntityType
    let alias: String?
    let lookup: (column: String, value: String)?

    static func inScope(_ entity: EntityType, _ alias: String) -> SQLRow { SQLRow(entity: entity, alias: alias, lookup: nil) }
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
        if let alias { return "\(alias) IS NOT NULL" }
        let (column, value) = lookup!
        return "EXISTS (SELECT 1 FROM \(table) k WHERE k.\(column) = \(value))"
    }
}

/// A list as SQL sees it: the rows of a FROM clause that hold, each giving an element.
struct SQLList {
    /// `activities t3` or `activity_contacts t4 JOIN contacts t5 ON t5.id = t4.contact_id`.
    let from: String
    /// What each row must satisfy (the link to the list's owner, filters); SQL NULL leaves a row out.
    let conditions: [String]
    let element: SQLValue

    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ") }

    func adding(_ condition: String) -> SQLList { SQLList(from: from, conditions: conditions + [condition], element: element) }
    func mapping(_ element: SQLValue) -> SQLList { SQLList(from: from, conditions: conditions, element: element) }
}

/// A compiled value: a scalar SQL expression (NULL for missing), one entity, or a list.
indirect enum SQLValue {
    case scalar(String)
    case entity(SQLRow)
    case list(SQLList)

    var scalar: String? { if case .scalar(let text) = self { text } else { nil } }
}

/// The portfolio as tables, derived from the ``Schema``: one table per entity and per nested
/// list, with keys. It is the contract a warehouse fills (a dbt model over a CRM's synced
/// tables, say) for the rules to run there, and what `rapport export --tables` writes.
///
/// Derivation: an entity's single-value stored fields are its columns (an id of another record
/// becomes `<field>_id`); a nested object or list of objects is a table of its own, keyed by its
/// parent (`account_id`); a list of ids is a link table (`opportunity_contacts`); a list of
/// dates or texts is a table of (parent, position, value); the team's own fields are one table
/// of (account, name, value). A record with an id has an optional `ordinal`, its place in the
/// file: lists, reports and agendas follow it (without it, the order of ids).
public enum RelationalLayout {
    /// A column's type, before a dialect names it.
    public enum ColumnType: Sendable, Equatable {
        case text, date, number, integer, boolean
        /// Text drawn from a fixed set.
        case enumeration([String])
    }

    /// A column.
    public struct Column: Sendable, Equatable {
        public let name: String
        public let type: ColumnType
        public let required: Bool
        /// The table and column it refers to (`reps.id`).
        public let references: (table: String, column: String)?
        /// The entity field it holds, when it holds one (`account.tier`).
        public let field: (entity: EntityType, name: String)?

        public static func == (lhs: Column, rhs: Column) -> Bool {
            lhs.name == rhs.name && lhs.type == rhs.type && lhs.required == rhs.required
                && lhs.references?.table == rhs.references?.table && lhs.references?.column == rhs.references?.column
        }
    }

    /// What a table's rows are.
    public enum Rows: Sendable, Equatable {
        /// One row per entity of the type.
        case entity(EntityType)
        /// One row per element of a list field of `entity` (`growth_plan.objectives`).
        case values(EntityType, field: String)
        /// One row per id in a list-of-ids field (`opportunity.contacts`).
        case links(EntityType, field: String)
        /// One row per custom field of an account.
        case customFields
        /// The one row of the portfolio's own values (as-of date, currency, fiscal year).
        case portfolio
    }

    /// A table.
    public struct Table: Sendable, Equatable {
        public let name: String
        public let rows: Rows
        public let columns: [Column]
        /// The columns that identify a row.
        public let key: [String]
        /// One line for the DDL's comment.
        public let doc: String
    }

    /// The tables, parents before children.
    public static let tables: [Table] = {
        var tables: [Table] = [
            Table(name: "portfolio", rows: .portfolio, columns: [
                Column(name: "as_of", type: .date, required: true, references: nil, field: nil),
                Column(name: "currency", type: .text, required: false, references: nil, field: nil),
                Column(name: "fiscal_year_start", type: .integer, required: false, references: nil, field: nil),
                Column(name: "team_name", type: .text, required: true, references: nil, field: nil),
                Column(name: "manager", type: .text, required: false, references: nil, field: nil),
            ], key: [], doc: "the portfolio's own values: one row"),
        ]
        // Entities in the file's nesting order; each table keyed by its id, or by its parent.
        let order: [(EntityType, parent: EntityType?)] = [
            (.rep, nil), (.account, nil), (.revenue, .account), (.growthPlan, .account), (.action, .account), (.contact, .account),
            (.activity, .account), (.opportunity, .account), (.proposal, .opportunity), (.lead, nil),
        ]
        for (entity, parent) in order {
            let declared = Schema.stored(entity)
            let hasID = declared.contains { $0.name == "id" }
            var columns: [Column] = []
            var key: [String] = []
            if let parent {
                // A nested record names its parent; records without ids of their own are numbered within it.
                let parentColumn = parent.rawValue + "_id"
                columns.append(Column(name: parentColumn, type: .text, required: true, references: (table(of: parent), "id"), field: nil))
                if !hasID {
                    key = [parentColumn]
                    if entity == .revenue || entity == .action {
                        columns.append(Column(name: "position", type: .integer, required: true, references: nil, field: nil))
                        key.append("position")
                    }
                }
            }
            for field in declared {
                guard let format = field.format, format.isScalar else { continue }
                columns.append(column(field, of: entity, format))
            }
            if hasID {
                key = ["id"]
                // Records kept in an order of their own (reps, accounts, deals…): where the file
                // puts them. Optional: a warehouse without it orders by id.
                columns.append(Column(name: "ordinal", type: .integer, required: false, references: nil, field: nil))
            }
            tables.append(Table(name: table(of: entity), rows: .entity(entity), columns: columns, key: key,
                                doc: "one row per \(entity.rawValue.replacingOccurrences(of: "_", with: " "))"))
            // Lists inside the entity: ids, dates, texts.
            for field in declared {
                switch field.format {
                case .ids(let target)?:
                    let name = "\(entity.rawValue)_\(field.name)"
                    tables.append(Table(name: name, rows: .links(entity, field: field.name), columns: [
                        Column(name: entity.rawValue + "_id", type: .text, required: true, references: (table(of: entity), "id"), field: nil),
                        Column(name: target.rawValue + "_id", type: .text, required: true, references: (table(of: target), "id"), field: nil),
                    ], key: [entity.rawValue + "_id", target.rawValue + "_id"], doc: "\(field.doc) (\(entity.rawValue).\(field.name))"))
                case .dates?, .texts?:
                    let owner = entity == .growthPlan ? "account" : entity.rawValue
                    let ownerTable = entity == .growthPlan ? table(of: .account) : table(of: entity)
                    tables.append(Table(name: entity == .growthPlan ? field.name : "\(entity.rawValue)_\(field.name)",
                                        rows: .values(entity, field: field.name), columns: [
                        Column(name: owner + "_id", type: .text, required: true, references: (ownerTable, "id"), field: nil),
                        Column(name: "position", type: .integer, required: true, references: nil, field: nil),
                        Column(name: "value", type: field.format == .dates ? .date : .text, required: true, references: nil, field: nil),
                    ], key: [owner + "_id", "position"], doc: "\(field.doc) (\(entity.rawValue).\(field.name))"))
                case .customFields?:
                    tables.append(Table(name: "custom_fields", rows: .customFields, columns: [
                        Column(name: "account_id", type: .text, required: true, references: (table(of: .account), "id"), field: nil),
                        Column(name: "name", type: .text, required: true, references: nil, field: nil),
                        Column(name: "text_value", type: .text, required: false, references: nil, field: nil),
                        Column(name: "number_value", type: .number, required: false, references: nil, field: nil),
                        Column(name: "boolean_value", type: .boolean, required: false, references: nil, field: nil),
                    ], key: ["account_id", "name"], doc: "the team's own fields of accounts: the value in the column of its kind"))
                default:
                    break
                }
            }
        }
        return tables
    }()

    /// Where a kind of data lies in the layout: its table, and the column that must be set
    /// (contact levels are contacts with a level). One row there means the data is present,
    /// as ``DataCoverage`` decides for a portfolio in memory.
    public static func source(of data: DataSet) -> (table: String, setColumn: String?) {
        switch data {
        case .revenue: (table(of: .revenue), nil)
        case .growthPlans: (table(of: .growthPlan), nil)
        case .planActions: (table(of: .action), nil)
        case .contacts: (table(of: .contact), nil)
        case .contactLevels: (table(of: .contact), "level")
        case .contactRoles: (table(of: .contact), "role")
        case .activities: (table(of: .activity), nil)
        case .opportunities: (table(of: .opportunity), nil)
        case .proposals: (table(of: .proposal), nil)
        case .leads: (table(of: .lead), nil)
        case .leadTouches: ("lead_touches", nil)
        }
    }

    /// The table of an entity: `reps`, `opportunities`, `growth_plans`.
    public static func table(of entity: EntityType) -> String {
        switch entity {
        case .activity: "activities"
        case .opportunity: "opportunities"
        case .revenue: "revenue"
        case .team: "portfolio"
        default: entity.rawValue + "s"
        }
    }

    private static func column(_ field: FieldInfo, of entity: EntityType, _ format: FieldFormat) -> Column {
        let type: ColumnType
        var references: (String, String)?
        var name = field.name
        switch format {
        case .date: type = .date
        case .money: type = .number
        case .integer, .month: type = .integer
        case .boolean: type = .boolean
        case .enumeration(let kind): type = .enumeration(kind.values)
        case .period: type = .text
        case .id(let target):
            type = .text
            name += "_id"
            references = (table(of: target), "id")
        default: type = .text
        }
        return Column(name: name, type: type, required: field.isRequired, references: references, field: (entity, field.name))
    }
}

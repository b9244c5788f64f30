/// The SQL dialects Rapport writes.
public enum SQLDialect: String, Sendable, CaseIterable {
    case postgres, spark, duckdb
}

extension RelationalLayout {
    /// `CREATE TABLE` statements for the layout in `dialect`: the contract a warehouse model
    /// fills. PostgreSQL and DuckDB get keys, references and the allowed values of enumerated
    /// columns as constraints; Spark SQL, which does not enforce them, gets them as column
    /// comments.
    public static func ddl(_ dialect: SQLDialect) -> String {
        let title = switch dialect {
        case .postgres: "PostgreSQL"
        case .spark: "Spark SQL"
        case .duckdb: "DuckDB"
        }
        var out = """
            -- Rapport's relational layout of a portfolio (\(Schema.formatName)), for \(title).
            -- Generated from the schema by `rapport schema --dialect \(dialect.rawValue)` (docs/fields.md, docs/warehouse.md).

            """
        for table in tables {
            out += "\n-- \(table.name): \(table.doc)\nCREATE TABLE \(table.name) (\n"
            var lines = table.columns.map { column in "  " + definition(column, dialect) }
            if dialect != .spark && !table.key.isEmpty { lines.append("  PRIMARY KEY (\(table.key.joined(separator: ", ")))") }
            out += lines.joined(separator: ",\n") + "\n)" + (dialect == .spark ? " USING parquet" : "") + ";\n"
            // The compiled rules look a record's children up by its id: PostgreSQL needs an index
            // on each reference that does not lead the primary key (DuckDB and Spark join by hash).
            if dialect == .postgres {
                for column in table.columns where column.references != nil && table.key.first != column.name {
                    out += "CREATE INDEX \(table.name)_\(column.name) ON \(table.name) (\(column.name));\n"
                }
            }
        }
        return out
    }

    private static func definition(_ column: Column, _ dialect: SQLDialect) -> String {
        let type: String
        var check: String?
        switch column.type {
        case .text: type = dialect == .spark ? "STRING" : dialect == .duckdb ? "VARCHAR" : "TEXT"
        case .date: type = "DATE"
        case .number: type = dialect == .postgres ? "DOUBLE PRECISION" : "DOUBLE"
        case .integer: type = "BIGINT"
        case .boolean: type = "BOOLEAN"
        case .enumeration(let values):
            type = dialect == .spark ? "STRING" : dialect == .duckdb ? "VARCHAR" : "TEXT"
            check = "\(column.name) IN (" + values.map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
        if dialect == .spark {
            var notes: [String] = []
            if column.required { notes.append("required") }
            if let check { notes.append("one of: " + check.drop { $0 != "(" }.dropFirst().dropLast().replacingOccurrences(of: "'", with: "")) }
            if let references = column.references { notes.append("refers to \(references.table).\(references.column)") }
            return "\(column.name) \(type)" + (notes.isEmpty ? "" : " COMMENT '\(notes.joined(separator: "; "))'")
        }
        var text = "\(column.name) \(type)"
        if column.required { text += " NOT NULL" }
        if let check { text += " CHECK (\(check))" }
        if let references = column.references { text += " REFERENCES \(references.table) (\(references.column))" }
        return text
    }
}

extension RelationalLayout {
    /// A temporary view of `table` over its CSV file (as `rapport export --tables` writes it).
    public static func sparkCSVView(_ table: Table, path: String) -> String {
        let columns = table.columns.map { column in
            let type = switch column.type {
            case .text, .enumeration: "STRING"
            case .date: "DATE"
            case .number: "DOUBLE"
            case .integer: "BIGINT"
            case .boolean: "BOOLEAN"
            }
            return "\(column.name) \(type)"
        }
        let quoted = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return "CREATE TEMPORARY VIEW \(table.name) (\(columns.joined(separator: ", "))) USING csv "
            + "OPTIONS (path '\(quoted)', header 'true', escape '\"', multiLine 'true');"
    }
}

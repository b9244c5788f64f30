import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// Prints a query's value in the session's output mode: scalars as words and numbers, lists
/// of entities as aligned tables (or CSV, JSON, one field per line), long lists cut with
/// "… N more".
package struct ReplPrinter {
    package let session: ReplSession
    package let evaluated: ReplSession.Evaluated

    package var formatter: ValueFormatter { ValueFormatter(portfolio: session.portfolio) }

    package func render() -> String {
        let value = evaluated.value
        // One entity, or every entity in `:mode record`: each field with its value.
        if case .entity(let type, let index) = value, session.mode != .json, session.mode != .csv {
            return record(type, index)
        }
        if session.mode == .record, let elements = value.elements, !elements.isEmpty, elements.allSatisfy({ $0.entityIndex != nil }) {
            let shown = elements.prefix(session.maxRows)
            var out = ""
            for (number, element) in shown.enumerated() {
                guard case .entity(let type, let index) = element else { continue }
                out += "─[ \(number + 1) of \(elements.count) ]─\n" + record(type, index)
            }
            if elements.count > shown.count { out += "… \(elements.count - shown.count) more (`:set rows N` shows more)\n" }
            return out
        }
        if let slot = evaluated.query.elementSlot, let elements = value.elements {
            return table(elements, slot: slot)
        }
        if let elements = value.elements { return list(elements) }
        return scalar(value) + "\n"
    }

    /// One value as the REPL shows it.
    /// Texts from the data have their control characters made visible.
    package func scalar(_ value: Value, format: String? = nil) -> String {
        switch value {
        case .missing: return "missing"
        case .bool(let b): return b ? "true" : "false"
        case .entity(let type, let index):
            return TerminalText.escaped("\(formatter.name(of: type, index)) (\(type.rawValue) \(formatter.id(of: type, index)))")
        default: return TerminalText.escaped(formatter.format(value, as: format))
        }
    }

    package func list(_ elements: [Value]) -> String {
        let limit = session.mode == .json || session.mode == .csv ? elements.count : session.maxRows
        let shown = elements.prefix(limit)
        switch session.mode {
        case .json:
            return JSONValue.array(shown.map(json)).serialized() + "\n"
        case .csv:
            return shown.map { CSVWriter.field(scalar($0)) }.joined(separator: "\n") + (shown.isEmpty ? "" : "\n")
        case .table, .line, .record:
            if elements.isEmpty { return "(empty list)\n" }
            var out = shown.map { "  " + scalar($0) }.joined(separator: "\n") + "\n"
            if elements.count > limit { out += "  … \(elements.count - limit) more (\(elements.count) in all)\n" }
            return out
        }
    }

    package func json(_ value: Value) -> JSONValue {
        switch value {
        case .missing: return .null
        case .number(let n): return .number(n)
        case .bool(let b): return .bool(b)
        default:
            if let elements = value.elements { return .array(elements.map(json)) }
            return .string(scalar(value))
        }
    }

    package func table(_ elements: [Value], slot: Int) -> String {
        let limit = session.mode == .json || session.mode == .csv ? elements.count : session.maxRows
        let shown = Array(elements.prefix(limit))
        let columns = evaluated.query.columns.map { evaluated.compiler.compile($0) }
        var frame = Frame(size: evaluated.query.frameSize, memo: evaluated.compiler.memo)
        var cells: [[Value]] = []
        for element in shown {
            frame.slots[slot] = element
            cells.append(columns.map { $0(&frame) })
            if let fault = evaluated.compiler.memo.takeFault() {
                return session.render([Diagnostic.evaluationFault(fault)], evaluated.sources)
            }
        }
        let headers = evaluated.headers
        let formats = evaluated.formats
        func text(_ value: Value, _ column: Int) -> String {
            value.isMissing ? "" : scalar(value, format: formats[column]).replacingOccurrences(of: "\n", with: " ")
        }
        switch session.mode {
        case .csv:
            var out = CSVWriter.row(headers)
            for row in cells { out += CSVWriter.row(row.enumerated().map { text($1, $0) }) }
            return out
        case .json:
            let rows: [JSONValue] = cells.map { row in
                .object(row.enumerated().map { column, value in
                    let cell: JSONValue = switch value {
                    case .number(let n) where formats[column] == nil || formats[column] == "money" || formats[column] == "number": .number(n)
                    case .missing: .null
                    case .bool(let b): .bool(b)
                    default: .string(text(value, column))
                    }
                    return (headers[column], cell)
                })
            }
            return JSONValue.array(rows).serialized() + "\n"
        case .line, .record:
            if shown.isEmpty { return "(no rows)\n" }
            let width = headers.map(\.count).max() ?? 0
            var out = ""
            for (index, row) in cells.enumerated() {
                if index > 0 { out += "\n" }
                for (column, value) in row.enumerated() {
                    out += String(repeating: " ", count: width - headers[column].count) + headers[column] + " = " + text(value, column) + "\n"
                }
            }
            if elements.count > limit { out += "… \(elements.count - limit) more (\(elements.count) in all)\n" }
            return out
        case .table:
            if shown.isEmpty { return "(no rows)\n" }
            let clipped = cells.map { row in row.enumerated().map { clip(text($1, $0)) } }
            let numeric = headers.indices.map { column in cells.allSatisfy { row in
                if case .number = row[column] { return true }
                return row[column].isMissing
            } }
            var widths = headers.indices.map { column in
                max(headers[column].count, clipped.map { $0[column].count }.max() ?? 0)
            }
            // Wider than the terminal: the widest text columns give up characters (down to 8).
            var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - session.width
            while excess > 0, let widest = widths.indices.filter({ !numeric[$0] && widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] }) {
                let cut = min(excess, widths[widest] - 8)
                widths[widest] -= cut
                excess -= cut
            }
            let rows = clipped.map { row in row.enumerated().map { $1.count > widths[$0] ? String($1.prefix(widths[$0] - 1)) + "…" : $1 } }
            let headers = headers.enumerated().map { $1.count > widths[$0] ? String($1.prefix(widths[$0] - 1)) + "…" : $1 }
            func line(_ values: [String]) -> String {
                values.enumerated().map { column, value in
                    let pad = String(repeating: " ", count: widths[column] - value.count)
                    return numeric[column] ? pad + value : value + pad
                }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
            var out = line(headers.map(clip))
            out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            for row in rows { out += line(row) }
            if elements.count > limit {
                out += "… \(elements.count - limit) more (\(elements.count) in all; `:mode csv` prints every row)\n"
            } else {
                out += "(\(elements.count) row\(elements.count == 1 ? "" : "s"))\n"
            }
            return out
        }
    }

    /// Every field of one entity with its value: the built-in fields, then those the rules
    /// compute (`lifetime`, `is_key`) and the team's own. A list shows how many it holds.
    package func record(_ type: EntityType, _ index: Int32) -> String {
        var rows: [(String, String)] = []
        func shown(_ value: Value) -> String {
            if value.isMissing { return "missing" }
            if let elements = value.elements {
                if case .entities(let entityType, _) = value {
                    return "\(elements.count) \(elements.count == 1 ? entityType.rawValue : ValueType.entity(entityType).plural)"
                }
                return elements.isEmpty ? "none" : elements.prefix(5).map { scalar($0) }.joined(separator: ", ")
                    + (elements.count > 5 ? ", … (\(elements.count) in all)" : "")
            }
            return scalar(value).replacingOccurrences(of: "\n", with: " ")
        }
        let compiler = evaluated.compiler
        for field in Schema.fields(of: type) {
            guard let read = compiler.fieldAccessor(type, field.name) else { continue }
            rows.append((field.name, shown(read(index))))
        }
        let checked = evaluated.query.checked
        for (name, fieldType) in (checked.customFields[type] ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append((name, shown(compiler.customAccessor(name, fieldType)(index))))
        }
        for (name, definition) in (checked.computedFields[type] ?? [:]).sorted(by: { $0.key < $1.key }) {
            compiler.ensureDefinition(definition)
            let value = compiler.computedAccessor(definition)(index, compiler.memo)
            if let fault = compiler.memo.takeFault() {
                rows.append((name, "could not be evaluated: \(fault.reason)"))
            } else {
                rows.append((name, shown(value)))
            }
        }
        let width = rows.map(\.0.count).max() ?? 0
        let available = max(20, session.width - width - 2)
        return rows.map { name, value in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (value.count > available ? String(value.prefix(available - 1)) + "…" : value)
        }.joined(separator: "\n") + "\n"
    }

    /// Cells longer than 40 characters end in an ellipsis.
    package func clip(_ text: String) -> String { text.count > 40 ? String(text.prefix(39)) + "…" : text }

}

extension String {
    package func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

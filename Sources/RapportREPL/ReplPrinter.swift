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
        let limit = session.mode == .table || session.mode == .line ? session.maxRows : elements.count
        let shown = elements.prefix(limit)
        switch session.mode {
        case .json:
            return JSONValue.array(shown.map(json)).serialized() + "\n"
        case .csv:
            return shown.map { CSVWriter.field(scalar($0)) }.joined(separator: "\n") + (shown.isEmpty ? "" : "\n")
        case .table, .line:
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
        let limit = session.mode == .table || session.mode == .line ? session.maxRows : elements.count
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
        case .line:
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
            let rows = cells.map { row in row.enumerated().map { clip(text($1, $0)) } }
            let numeric = headers.indices.map { column in cells.allSatisfy { row in
                if case .number = row[column] { return true }
                return row[column].isMissing
            } }
            let widths = headers.indices.map { column in
                max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
            }
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

import Foundation
import RapportBase
import RapportSyntax

/// Builds a portfolio from CRM exports and a mapping: rows → records → the portfolio format,
/// reporting every value and row it could not take.
public struct Importer {
    package let mapping: ImportMapping
    /// Contacts whose level was read from their title.
    package var levelsFromTitles = 0
    package var problems: [ImportProblem] = []
    package var summaries: [ImportFileSummary] = []
    package var latest: CalendarDate?

    /// A record read from a row: field → value, already translated and typed.
    package struct Record {
        package let file: String
        package let line: Int
        package var values: [String: ImportedValue]
        /// The column each field came from, for messages.
        package var sources: [String: String] = [:]
    }

    package enum ImportedValue {
        case text(String)
        case number(Double)
        case date(CalendarDate)
    }

    public init(mapping: ImportMapping) { self.mapping = mapping }

    /// Imports `tables`, each read with the mapping entry of the same index.
    public static func run(_ inputs: [(table: CSVTable, entry: ImportFileMapping)], mapping: ImportMapping) -> ImportResult {
        var importer = Importer(mapping: mapping)
        var records: [String: [Record]] = [:]
        for input in inputs {
            records[input.entry.entity, default: []] += importer.read(input.table, input.entry)
        }
        return importer.build(records)
    }

    package mutating func problem(_ file: String, _ line: Int, _ column: String?, _ value: String?, _ message: String, dropped: Bool) {
        problems.append(ImportProblem(file: file, line: line, column: column, value: value, message: message, rowDropped: dropped))
    }

    /// The raw text for `source` (a column, or a template of columns) in `row`.
    /// `translations` keyed by a column name apply to that column's value before it is used.
    package static func raw(_ source: String, _ table: CSVTable, _ row: [String], translations: [String: [String: String]] = [:]) -> String {
        func value(_ column: String) -> String {
            let text = (table.index(of: column).map { row[$0] } ?? "").trimmingCharacters(in: .whitespaces)
            return translations[column]?[text] ?? text
        }
        guard source.contains("{") else { return value(source) }
        var out = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += value(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return (out + rest).trimmingCharacters(in: .whitespaces)
    }

    /// `source` with its `|` alternatives settled: the first whose columns the file has.
    package static func resolve(_ source: String, in table: CSVTable) -> String? {
        for alternative in source.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) })
            where columns(of: alternative).allSatisfy({ table.index(of: $0) != nil }) {
            return alternative
        }
        return nil
    }

    /// The columns a source reads.
    package static func columns(of source: String) -> [String] {
        guard source.contains("{") else { return [source] }
        var names: [String] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Reads every row of `table` into records of `entry.entity`.
    package mutating func read(_ table: CSVTable, _ entry: ImportFileMapping) -> [Record] {
        let file = (table.path as NSString).lastPathComponent
        var summary = ImportFileSummary(file: file, entity: entry.entity)
        let fields = ImportMapping.fields[entry.entity] ?? []
        var usable: [(field: String, source: String, type: ImportFieldType, required: Bool)] = []
        for (field, written) in entry.columns {
            guard let spec = fields.first(where: { $0.name == field }) else { continue }
            let source = Self.resolve(written, in: table) ?? written
            let missing = Self.columns(of: source).filter { table.index(of: $0) == nil }
            // A preset names columns an export may leave out: only required ones must be there.
            if !missing.isEmpty && entry.file == "*" && !spec.required { continue }
            if !missing.isEmpty {
                let hint = missing.compactMap { NameSuggester.suggest($0, from: table.header) }.first.map { "; did you mean `\($0)`?" } ?? ""
                problem(file, 1, missing[0], nil, "the file has no column `\(missing[0])` (mapped to \(field))\(hint)", dropped: false)
                continue
            }
            usable.append((field, source, spec.type, spec.required))
        }
        for required in fields where required.required && required.name != "id"
            && !usable.contains(where: { $0.field == required.name }) {
            problem(file, 1, nil, nil, "no column is mapped to the required field `\(required.name)` of \(entry.entity); no row can be imported", dropped: false)
            summaries.append(summary)
            return []
        }
        // Slash dates: decide each column's order from all its values, as the mapping allows.
        var orders: [String: DateOrder] = [:]
        for column in usable where column.type == .date {
            if mapping.dateOrder != .auto {
                orders[column.field] = mapping.dateOrder
                continue
            }
            let values = table.rows.map { Self.raw(column.source, table, $0.fields) }.filter { !$0.isEmpty }
            let (order, ambiguous) = ImportValues.decideOrder(values)
            if let ambiguous {
                problem(file, 1, column.source, ambiguous,
                        "dates such as `\(ambiguous)` read both as M/D/YYYY and D/M/YYYY: set `date_format: mdy` or `dmy` in the mapping",
                        dropped: false)
            }
            orders[column.field] = order ?? .iso
        }
        func isFooter(_ row: [String]) -> Bool {
            let first = row.first?.trimmingCharacters(in: .whitespaces) ?? ""
            return entry.footers.contains(where: { first.hasPrefix($0) })
        }
        let footerLines = Set(table.rows.filter { isFooter($0.fields) }.map(\.line))
        for (line, count) in table.ragged where !footerLines.contains(line) {
            problem(file, line, nil, nil, "the row has \(count) fields where the header has \(table.header.count)"
                        + (count < table.header.count ? ": the missing ones are read as empty" : ": the extra ones are ignored"), dropped: false)
        }
        var records: [Record] = []
        rows: for (line, row) in table.rows {
            if isFooter(row) || row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                continue
            }
            summary.rows += 1
            var record = Record(file: file, line: line, values: [:])
            for column in usable {
                var text = Self.raw(column.source, table, row, translations: entry.values).trimmingCharacters(in: .whitespaces)
                if let translated = entry.values[column.field]?[text] { text = translated }
                if text.isEmpty {
                    if column.required {
                        problem(file, line, column.source, nil, "\(column.field) is empty: the \(entry.entity) is not imported", dropped: true)
                        summary.notImported += 1
                        continue rows
                    }
                    continue
                }
                guard let value = convert(text, column.type, order: orders[column.field] ?? .iso) else {
                    let expected = Self.describe(column.type)
                    if column.required {
                        problem(file, line, column.source, text, "\(column.field) is not \(expected): the \(entry.entity) is not imported", dropped: true)
                        summary.notImported += 1
                        continue rows
                    }
                    problem(file, line, column.source, text, "\(column.field) is not \(expected): left empty", dropped: false)
                    continue
                }
                record.values[column.field] = value
                record.sources[column.field] = column.source
            }
            records.append(record)
        }
        summary.imported = records.count
        summaries.append(summary)
        return records
    }

    package static func describe(_ type: ImportFieldType) -> String {
        switch type {
        case .text, .reference: "text"
        case .date: "a date"
        case .money: "an amount of money"
        case .integer: "a whole number"
        case .enumeration(let allowed): "one of \(allowed.joined(separator: ", "))"
        }
    }

    package mutating func convert(_ text: String, _ type: ImportFieldType, order: DateOrder) -> ImportedValue? {
        switch type {
        case .text, .reference: return .text(text)
        case .date:
            return ImportValues.date(text, order: order).map(ImportedValue.date)
        case .money: return ImportValues.money(text, decimalComma: mapping.decimalComma).map(ImportedValue.number)
        case .integer:
            guard let number = ImportValues.money(text, decimalComma: mapping.decimalComma), number == number.rounded() else { return nil }
            return .number(number)
        case .enumeration(let allowed):
            // `Closed Won`, `closed-won` and `closed_won` all mean `closed_won`.
            let key = text.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            return allowed.contains(key) ? .text(key) : nil
        }
    }
}

import Foundation
import RapportBase
import RapportSyntax

/// A CSV file read per RFC 4180: quoted fields with commas, quotes (`""`) and line breaks
/// inside, CRLF or LF line ends, a UTF-8 byte-order mark ignored.
public struct CSVTable: Sendable {
    public let path: String
    public let header: [String]
    /// The data rows, each with the line its first field is on (1-based, the header is line 1).
    public var rows: [(line: Int, fields: [String])]
    /// Rows whose number of fields differs from the header's: line and count.
    public var ragged: [(line: Int, count: Int)] = []

    /// The index of `column` in the header (exact, then ignoring case and spaces).
    public func index(of column: String) -> Int? {
        if let exact = header.firstIndex(of: column) { return exact }
        let wanted = CSVTable.normalized(column)
        return header.firstIndex { CSVTable.normalized($0) == wanted }
    }

    package static func normalized(_ name: String) -> String {
        name.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

/// A problem that stops a CSV file from being read.
public struct CSVError: Error, Sendable, Equatable {
    public let line: Int
    public let message: String
}

public enum CSVReader {
    /// Parses `bytes`; the first record is the header. Rows with a different number of fields
    /// than the header are kept (short ones padded) and reported by the importer.
    public static func read(_ bytes: [UInt8], path: String) throws(CSVError) -> (table: CSVTable, ragged: [(line: Int, count: Int)]) {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var quoted = false
        var quoteLine = 0
        var fieldStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if !fieldStarted && field.isEmpty {
                    quoted = true
                    quoteLine = line
                    fieldStarted = true
                } else {
                    field.append(byte)  // a stray quote inside an unquoted field is kept as text
                }
            case UInt8(ascii: ","):
                endField()
            case 0x0D:
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if quoted { throw CSVError(line: quoteLine, message: "a quoted field opened on line \(quoteLine) is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        guard let header = records.first else { throw CSVError(line: 1, message: "the file is empty: a header row is needed") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [(line: Int, fields: [String])] = []
        var ragged: [(line: Int, count: Int)] = []
        for record in records.dropFirst() {
            var values = record.fields
            if values.count != names.count {
                ragged.append((record.line, values.count))
                if values.count < names.count { values += Array(repeating: "", count: names.count - values.count) }
            }
            rows.append((record.line, values))
        }
        var table = CSVTable(path: path, header: names, rows: rows)
        table.ragged = ragged
        return (table, ragged)
    }
}

/// Writing CSV per RFC 4180.
public enum CSVWriter {
    /// `text` as one field: quoted when it holds a comma, a quote or a line break. A value a
    /// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, and not a plain number such as `-5`) gets a leading `'`, which shows it as text.
    public static func field(_ text: String) -> String {
        let safe = neutralised(text)
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text`, with a `'` before it when a spreadsheet would take it for a formula.
    package static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                             0x09, 0x0D].contains(first) else { return text }
        let rest = text.utf8.dropFirst()
        let plainNumber = (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) && !rest.isEmpty
            && rest.first.map { $0 >= 48 && $0 <= 57 } == true
            && rest.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        return plainNumber ? text : "'" + text
    }

    /// One record, with its line end.
    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}

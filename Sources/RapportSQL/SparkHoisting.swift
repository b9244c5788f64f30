import Foundation

/// Spark SQL resolves a subquery's outer references in the query right outside it only. A
/// subquery nested two deep that reads nothing but the subject's row (`first(departments)`
/// inside `all d in departments: …`) is therefore computed once per subject, as a column of
/// the subject's table, and read from there.
enum SparkHoisting {
    /// `sql` (one rule's query, its subject aliased `s` in `FROM run CROSS JOIN TABLE s`) with
    /// such subqueries moved into the subject's table. A subquery inside another one (depth 1
    /// or more) that reads only `s` is moved; tables in FROM and the bodies of EXISTS stay.
    static func hoist(_ sql: String, table: String) -> String {
        let text = Array(sql.utf16)
        var groups: [(start: Int, end: Int, depth: Int)] = []
        var open: [(start: Int, isSelect: Bool)] = []
        var inString = false
        var index = 0
        let select = Array("(SELECT ".utf16)
        while index < text.count {
            let unit = text[index]
            if unit == UInt16(UInt8(ascii: "'")) { inString.toggle() }
            else if !inString && unit == UInt16(UInt8(ascii: "(")) {
                open.append((index, text[index...].starts(with: select)))
            } else if !inString && unit == UInt16(UInt8(ascii: ")")), let last = open.popLast(), last.isSelect {
                groups.append((last.start, index + 1, open.filter(\.isSelect).count))
            }
            index += 1
        }
        // Outermost first; a group inside one already moved goes with it.
        var moved: [(start: Int, end: Int)] = []
        for group in groups.filter({ $0.depth >= 1 }).sorted(by: { $0.start < $1.start }) {
            if moved.contains(where: { $0.start <= group.start && group.end <= $0.end }) { continue }
            // Only values: not a table in FROM (an alias follows), not the body of EXISTS.
            let before = String(decoding: text[max(0, group.start - 7)..<group.start], as: UTF16.self)
            let after = String(decoding: text[group.end..<min(text.count, group.end + 12)], as: UTF16.self)
            if before.hasSuffix("EXISTS ") || after.range(of: #"^\s+[a-z]\w*\b"#, options: .regularExpression) != nil
                && after.range(of: #"^\s+(AS|AND|OR|THEN|ELSE|END|IS|IN|NOT|FROM|WHERE)\b"#, options: [.regularExpression, .caseInsensitive]) == nil {
                continue
            }
            let body = String(decoding: text[group.start..<group.end], as: UTF16.self)
            if outerReferences(body) == ["s"] { moved.append((group.start, group.end)) }
        }
        guard !moved.isEmpty else { return sql }
        var out = ""
        var columns: [String] = []
        var position = 0
        for (number, group) in moved.enumerated() {
            out += String(decoding: text[position..<group.start], as: UTF16.self)
            out += "s.rapport_hoisted_\(number + 1)"
            columns.append(String(decoding: text[group.start..<group.end], as: UTF16.self) + " AS rapport_hoisted_\(number + 1)")
            position = group.end
        }
        out += String(decoding: text[position...], as: UTF16.self)
        let from = "FROM run CROSS JOIN \(table) s"
        return out.replacingOccurrences(of: from, with: "FROM run CROSS JOIN (SELECT s.*, \(columns.joined(separator: ", ")) FROM \(table) s) s")
    }

    /// The aliases `body` reads (`x.column`) but does not define (`FROM table x`, `JOIN table x`, `) x`).
    static func outerReferences(_ text: String) -> Set<String> {
        // Text inside quotes names nothing.
        let body = text.replacingOccurrences(of: "'[^']*'", with: "''", options: .regularExpression)
        let range = NSRange(body.startIndex..., in: body)
        func captures(_ pattern: String) -> Set<String> {
            let regex = try! NSRegularExpression(pattern: pattern)
            return Set(regex.matches(in: body, range: range).compactMap { Range($0.range(at: 1), in: body).map { String(body[$0]) } })
        }
        // Keywords are upper case, aliases lower case: `FROM accounts t1`, `JOIN contacts t2`, `) t3`.
        let defined = captures(#"\b(?:FROM|JOIN)\s+\w+\s+([a-z]\w*)\b"#).union(captures(#"\)\s+([a-z]\w*)\b"#))
        let read = captures(#"\b([a-z]\w*)\.[a-z_]"#)
        return read.subtracting(defined)
    }
}

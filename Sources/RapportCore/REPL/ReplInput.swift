/// Reading what was typed at the prompt: whether a block is complete, and the REPL's own
/// `show` clause.
enum ReplInput {
    /// Words and symbols after which an expression cannot end.
    static let continuing: Set<String> = ["and", "or", "not", "where", "by", "in", "is", "within", "if", "then", "else",
                                          "=", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "??", ",", ".", ":"]

    /// True when `text` is unfinished: an open bracket or string, a `rule`/`test` block
    /// without its `end`, or a trailing operator.
    static func needsMore(_ text: String) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var inComment = false
        for character in text {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "#": inComment = true
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
        }
        if inString || depth > 0 { return true }
        var blocks = 0
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first else { continue }
            if first == "rule" || first == "test" { blocks += 1 }
            if first == "end" { blocks -= 1 }
        }
        if blocks > 0 { return true }
        let code = text.split(separator: "\n").map { line -> Substring in
            // Drop a trailing comment (outside strings) before looking at the last word.
            var quoted = false
            for index in line.indices {
                if line[index] == "\"" { quoted.toggle() }
                if line[index] == "#" && !quoted { return line[..<index] }
            }
            return line
        }.joined(separator: "\n")
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        let lastWord = trimmed.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init) ?? ""
        if continuing.contains(lastWord) { return true }
        if let last = trimmed.last, "=+-*/<>,.:".contains(last), !trimmed.hasSuffix("->") { return true }
        return false
    }

    /// A column of `show`: its byte range in the input and its optional `as` format.
    struct Column {
        let range: Range<Int>
        let format: String?
    }

    /// Splits `… show a, b as money` into the expression's byte range and the columns, using the
    /// lexer so `show` inside a string or brackets is left alone.
    static func splitShow(_ source: SourceFile) -> (expression: Range<Int>, columns: [Column])? {
        let tokens = Lexer.lex(source).tokens
        var depth = 0
        var showIndex: Int?
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket): depth -= 1
            case .identifier("show") where depth == 0: showIndex = index
            default: break
            }
            if showIndex != nil { break }
        }
        guard let showIndex else { return nil }
        var columns: [Column] = []
        var start = showIndex + 1
        var index = start
        depth = 0
        func close(_ end: Int) {
            guard start < end else { return }
            var last = end
            var format: String?
            if end - start >= 3, case .keyword(.as) = tokens[end - 2].kind, case .identifier(let name) = tokens[end - 1].kind {
                format = name
                last = end - 2
            }
            columns.append(Column(range: tokens[start].span.start..<tokens[last - 1].span.end, format: format))
        }
        while index < tokens.count {
            switch tokens[index].kind {
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket): depth -= 1
            case .symbol(.comma) where depth == 0:
                close(index)
                start = index + 1
            case .eof:
                close(index)
                start = index + 1
            default: break
            }
            index += 1
        }
        let end = showIndex > 0 ? tokens[showIndex - 1].span.end : 0
        return (0..<end, columns)
    }

    /// `bytes` with everything outside `range` blanked (newlines kept), so a part of the input
    /// parses with its offsets, and messages point into the line as typed.
    static func only(_ range: Range<Int>, of bytes: [UInt8]) -> [UInt8] {
        bytes.enumerated().map { index, byte in range.contains(index) || byte == 0x0A ? byte : 0x20 }
    }
}

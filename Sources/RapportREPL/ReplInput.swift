import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// Reading what was typed at the prompt: whether a block is complete, and the REPL's own
/// `show` clause.
package enum ReplInput {
    /// Words and symbols after which an expression cannot end.
    package static let continuing: Set<String> = ["and", "or", "not", "where", "by", "in", "is", "within", "if", "then", "else",
                                          "=", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "??", ",", ".", ":"]

    /// True when `text` is unfinished: an open bracket or string, a `rule`/`test` block
    /// without its `end`, or a trailing operator.
    package static func needsMore(_ text: String) -> Bool {
        var scanner = Continuation()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { scanner.add(line) }
        return scanner.needsMore
    }

    /// Whether the lines typed so far make a finished input, kept line by line so a long block
    /// costs time in proportion to its length (not to its square, as rescanning it would).
    package struct Continuation {
        private var depth = 0
        private var inString = false
        private var escaped = false
        private var blocks = 0
        private var lines = 0
        /// The last line with code (its comment dropped), trimmed.
        private var lastCode = ""

        /// Takes the next line.
        package mutating func add(_ line: Substring) {
            // The line break before this line: an escape in an open string takes it.
            if lines > 0 && inString && escaped { escaped = false }
            lines += 1
            var inComment = false
            for character in line {
                if inComment { continue }
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
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if let first = words.first {
                if first == "rule" || first == "test" { blocks += 1 }
                if first == "end" { blocks -= 1 }
            }
            // Drop a trailing comment (outside strings) before looking at the last word.
            var code = line
            var quoted = false
            for index in line.indices {
                if line[index] == "\"" { quoted.toggle() }
                if line[index] == "#" && !quoted {
                    code = line[..<index]
                    break
                }
            }
            let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { lastCode = trimmed }
        }

        /// True when more lines are needed.
        package var needsMore: Bool {
            if inString || depth > 0 || blocks > 0 { return true }
            guard !lastCode.isEmpty else { return false }
            let lastWord = lastCode.split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map(String.init) ?? ""
            if ReplInput.continuing.contains(lastWord) { return true }
            if let last = lastCode.last, "=+-*/<>,.:".contains(last), !lastCode.hasSuffix("->") { return true }
            return false
        }
    }

    /// A column of `show`: its byte range in the input, its optional `as` format and its
    /// optional heading (`as "Revenue"`, `as money "Revenue"`).
    package struct Column {
        package let range: Range<Int>
        package let format: String?
        package var heading: String? = nil
    }

    /// Splits `… show a, b as money` into the expression's byte range and the columns, using the
    /// lexer so `show` inside a string or brackets is left alone.
    package static func splitShow(_ source: SourceFile) -> (expression: Range<Int>, columns: [Column])? {
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
            var heading: String?
            // `… as "Heading"` or `… as money "Heading"`: a heading of one's own (plain text).
            if end - start >= 3, case .string(let parts) = tokens[end - 1].kind, parts.count <= 1 {
                let text = parts.first.flatMap { part -> String? in
                    if case .text(let chunk, _) = part { return chunk }
                    return nil
                } ?? ""
                if case .keyword(.as) = tokens[end - 2].kind {
                    heading = text
                    last = end - 2
                } else if end - start >= 4, case .keyword(.as) = tokens[end - 3].kind, case .identifier(let name) = tokens[end - 2].kind {
                    heading = text
                    format = name
                    last = end - 3
                }
            }
            if heading == nil, end - start >= 3, case .keyword(.as) = tokens[end - 2].kind, case .identifier(let name) = tokens[end - 1].kind {
                format = name
                last = end - 2
            }
            guard last > start else { return }
            columns.append(Column(range: tokens[start].span.start..<tokens[last - 1].span.end, format: format, heading: heading))
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
    package static func only(_ range: Range<Int>, of bytes: [UInt8]) -> [UInt8] {
        bytes.enumerated().map { index, byte in range.contains(index) || byte == 0x0A ? byte : 0x20 }
    }
}

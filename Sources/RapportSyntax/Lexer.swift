import RapportBase

/// The tokens, comments and lexical diagnostics of one file.
public struct LexedFile: Sendable {
    /// The tokens, ending with `.eof`.
    public let tokens: [Token]
    /// Every `#` comment, in order.
    public let comments: [Comment]
    /// Lexical errors (bad characters, unterminated strings, invalid UTF-8, …).
    public let diagnostics: [Diagnostic]
}

/// Turns the bytes of a rule file into tokens. Works on bytes so spans are byte offsets;
/// never fails: bad input becomes a diagnostic and, where needed, an `.invalid` token.
public struct Lexer {
    package let bytes: [UInt8]
    package let file: FileID
    package var position = 0
    package var sawNewline = true
    package var holeDepth = 0
    package var diagnostics: [Diagnostic] = []
    package var comments: [Comment] = []

    /// Template holes nest at most this deep (`"{f("{x}")}"` is depth 2).
    package static let maxHoleDepth = 4

    /// Every reserved word.
    public static let reservedWords: Set<String> = Set(Keyword.allCases.map(\.rawValue))
    /// Every punctuation mark and operator the lexer recognises.
    public static let punctuators: Set<String> = Set(Symbol.allCases.map(\.rawValue))

    /// Lexes a whole file.
    public static func lex(_ source: SourceFile) -> LexedFile {
        var lexer = Lexer(bytes: source.bytes, file: source.id)
        lexer.checkEncoding()
        if lexer.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lexer.position = 3 }
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .eof { break }
        }
        var diagnostics = lexer.diagnostics
        if lexer.droppedDiagnostics > 0 {
            let where_ = lexer.firstDropped ?? Span(file: source.id, start: source.bytes.count, end: source.bytes.count)
            diagnostics.append(.error("lex.too_many_errors",
                                      "\(lexer.droppedDiagnostics) more lexical errors in this file are not shown",
                                      at: where_, label: "stopped reporting here"))
        }
        return LexedFile(tokens: tokens, comments: lexer.comments, diagnostics: diagnostics)
    }

    package init(bytes: [UInt8], file: FileID) {
        self.bytes = bytes
        self.file = file
    }

    package func span(_ start: Int, _ end: Int) -> Span { Span(file: file, start: start, end: end) }

    package func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    package var atEnd: Bool { position >= bytes.count }

    /// At most this many lexical errors are kept per file; the rest are counted.
    package static let maxDiagnostics = 100
    package var droppedDiagnostics = 0
    package var firstDropped: Span?

    package mutating func report(_ diagnostic: Diagnostic) {
        if diagnostics.count < Lexer.maxDiagnostics {
            diagnostics.append(diagnostic)
        } else {
            dropped(at: diagnostic.primarySpan)
        }
    }

    package mutating func dropped(at span: Span?) {
        if firstDropped == nil { firstDropped = span }
        droppedDiagnostics += 1
    }

    /// Reads the next token. Inside a template hole a line break ends the hole (as `.eof`).
    package mutating func next() -> Token {
        skipTrivia()
        let start = position
        let startsLine = sawNewline
        sawNewline = false
        func make(_ kind: TokenKind) -> Token { Token(kind, span(start, position), startsLine: startsLine) }
        guard !atEnd else { return make(.eof) }
        let byte = peek()
        if holeDepth > 0 && byte == UInt8(ascii: "\n") { return make(.eof) }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return make(lexWord())
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return make(lexNumber())
        case UInt8(ascii: "\""):
            return make(lexString(quote: UInt8(ascii: "\"")))
        case UInt8(ascii: "'"):
            report(.error("lex.single_quote", "text is written in double quotes", at: span(start, start + 1),
                          label: "use `\"` instead of `'`"))
            return make(lexString(quote: UInt8(ascii: "'"), silent: true))
        default:
            return make(lexSymbol())
        }
    }

    /// Skips whitespace and comments, remembering line breaks and comments.
    package mutating func skipTrivia() {
        while !atEnd {
            switch peek() {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "\n"):
                if holeDepth > 0 { return }
                sawNewline = true
                position += 1
            case UInt8(ascii: "#"):
                let start = position
                while !atEnd && peek() != UInt8(ascii: "\n") { position += 1 }
                var end = position
                if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                var lineStart = start
                while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
                if lineStart == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = min(3, start) }
                let ownLine = bytes[lineStart..<start].allSatisfy { $0 == 32 || $0 == 9 }
                comments.append(Comment(text: String(decoding: bytes[start..<end], as: UTF8.self),
                                        span: span(start, end), ownLine: ownLine))
            default:
                return
            }
        }
    }

    /// An identifier or keyword. Upper-case letters are reported and lowered so parsing goes on.
    package mutating func lexWord() -> TokenKind {
        let start = position
        var hasUpper = false
        while !atEnd {
            let byte = peek()
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") {
                position += 1
            } else if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                hasUpper = true
                position += 1
            } else {
                break
            }
        }
        let raw = String(decoding: bytes[start..<position], as: UTF8.self)
        var word = raw
        if hasUpper {
            word = Lexer.snakeCase(raw)
            report(.error("lex.not_snake_case", "names are written in lower case with underscores",
                          at: span(start, position), label: "not snake_case")
                .suggesting(word))
        }
        if let keyword = Keyword(rawValue: word) { return .keyword(keyword) }
        return .identifier(word)
    }

    /// `GoingDark` → `going_dark`, `TIER` → `tier`.
    package static func snakeCase(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for character in text {
            if character.isUppercase {
                if let previous, previous.isLowercase || previous.isNumber { out.append("_") }
                out.append(contentsOf: character.lowercased())
            } else {
                out.append(character)
            }
            previous = character
        }
        return out
    }

    /// Punctuation, operators, and friendly errors for symbols borrowed from other languages.
    package mutating func lexSymbol() -> TokenKind {
        let start = position
        let byte = peek()
        let nextByte = peek(1)
        func take(_ count: Int, _ kind: TokenKind) -> TokenKind {
            position += count
            return kind
        }
        func borrowed(_ count: Int, _ kind: TokenKind, _ message: String, _ word: String) -> TokenKind {
            position += count
            report(.error("lex.unknown_operator", message, at: span(start, position))
                .suggesting(word))
            return kind
        }
        switch byte {
        case UInt8(ascii: "+"): return take(1, .symbol(.plus))
        case UInt8(ascii: "-"): return take(1, .symbol(.minus))
        case UInt8(ascii: "*"): return take(1, .symbol(.star))
        case UInt8(ascii: "/"): return take(1, .symbol(.slash))
        case UInt8(ascii: "("): return take(1, .symbol(.leftParen))
        case UInt8(ascii: ")"): return take(1, .symbol(.rightParen))
        case UInt8(ascii: "["): return take(1, .symbol(.leftBracket))
        case UInt8(ascii: "]"): return take(1, .symbol(.rightBracket))
        case UInt8(ascii: ","): return take(1, .symbol(.comma))
        case UInt8(ascii: "."): return take(1, .symbol(.dot))
        case UInt8(ascii: ":"): return take(1, .symbol(.colon))
        case UInt8(ascii: "}") where holeDepth > 0: return take(1, .symbol(.rightBrace))
        case UInt8(ascii: "="):
            return nextByte == UInt8(ascii: "=") ? take(2, .symbol(.equalEqual)) : take(1, .symbol(.equal))
        case UInt8(ascii: "<"):
            return nextByte == UInt8(ascii: "=") ? take(2, .symbol(.lessEqual)) : take(1, .symbol(.less))
        case UInt8(ascii: ">"):
            return nextByte == UInt8(ascii: "=") ? take(2, .symbol(.greaterEqual)) : take(1, .symbol(.greater))
        case UInt8(ascii: "!"):
            if nextByte == UInt8(ascii: "=") { return take(2, .symbol(.bangEqual)) }
            return borrowed(1, .keyword(.not), "`!` is not an operator in Rapport; negate with `not`", "not")
        case UInt8(ascii: "?"):
            if nextByte == UInt8(ascii: "?") { return take(2, .symbol(.questionQuestion)) }
            return borrowed(1, .symbol(.questionQuestion), "`?` is not an operator; `??` gives a fallback for a missing value", "??")
        case UInt8(ascii: "&"):
            return borrowed(nextByte == byte ? 2 : 1, .keyword(.and), "Rapport writes `and` in words", "and")
        case UInt8(ascii: "|"):
            return borrowed(nextByte == byte ? 2 : 1, .keyword(.or), "Rapport writes `or` in words", "or")
        case UInt8(ascii: "%"):
            position += 1
            report(.error("lex.stray_percent", "a percentage is written right after its number, as in `20%`",
                          at: span(start, position)))
            return .invalid
        default:
            return unexpectedCharacter()
        }
    }

    /// Reports the character at the current position and skips it (a whole UTF-8 sequence).
    package mutating func unexpectedCharacter() -> TokenKind {
        let start = position
        position += max(1, Lexer.sequenceLength(bytes, at: position))
        // Past the report limit, skip the cost of building a message nobody will see.
        guard diagnostics.count < Lexer.maxDiagnostics else {
            dropped(at: span(start, position))
            return .invalid
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        let scalar = text.unicodeScalars.first.map(\.value) ?? 0xFFFD
        if Lexer.curlyQuotes.contains(scalar) {
            return lexCurlyQuoted(from: start)
        } else if scalar < 0x20 || scalar == 0x7F || scalar > 0x7F {
            let hex = String(scalar, radix: 16, uppercase: true)
            report(.error("lex.unexpected_character",
                          "unexpected character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)",
                          at: span(start, position), label: "not allowed here",
                          help: scalar > 0x7F ? ["letters outside a-z belong inside text in quotes"] : []))
        } else {
            report(.error("lex.unexpected_character", "unexpected character `\(text)`", at: span(start, position),
                          label: "not part of the rule language"))
        }
        return .invalid
    }

    package static let curlyQuotes: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB]

    /// Text in typographic quotes (`“key”`): one error for the pair, then read as text so parsing goes on.
    package mutating func lexCurlyQuoted(from start: Int) -> TokenKind {
        var end = position
        var closing: Int?
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
            let length = max(1, Lexer.sequenceLength(bytes, at: end))
            let scalar = String(decoding: bytes[end..<end + length], as: UTF8.self).unicodeScalars.first?.value ?? 0
            if Lexer.curlyQuotes.contains(scalar) || scalar == 0x22 {
                closing = end
                end += length
                break
            }
            end += length
        }
        guard let closing else {
            report(.error("lex.curly_quote", "text is written in straight double quotes", at: span(start, position),
                          label: "a typographic quote", help: ["replace it with `\"` (your editor may have changed it)"]))
            return .invalid
        }
        let inner = String(decoding: bytes[position..<closing], as: UTF8.self)
        report(.error("lex.curly_quote", "text is written in straight double quotes", at: span(start, end),
                      label: "typographic quotes", help: ["replace them with `\"` (your editor may have changed them)"],
                      fixes: [FixIt(span: span(start, end), replacement: "\"\(inner)\"")]))
        position = end
        return .string([.text(inner, span(start, end))])
    }

    /// Length of the UTF-8 sequence starting at `index` as its lead byte announces it (1 when invalid).
    package static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1
        var count = 1
        while count < length && index + count < bytes.count && bytes[index + count] & 0xC0 == 0x80 { count += 1 }
        return count
    }

    /// Reports the first invalid UTF-8 sequence of each line.
    package mutating func checkEncoding() {
        var index = 0
        var reportedLine = -1
        var line = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1; index += 1; continue }
            if byte < 0x80 { index += 1; continue }
            let length = Lexer.validSequenceLength(bytes, at: index)
            if length == 0 {
                if reportedLine != line {
                    reportedLine = line
                    let hex = String(byte, radix: 16, uppercase: true)
                    report(.error("lex.invalid_utf8", "the file is not valid UTF-8 (byte 0x\(hex))",
                                  at: span(index, index + 1), label: "invalid byte",
                                  help: ["save the file as UTF-8"]))
                }
                index += 1
            } else {
                index += length
            }
        }
    }

    /// Length of a well-formed UTF-8 sequence at `index`, or 0 when it is malformed.
    package static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int
        where Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (lo, hi) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
            if byte < lo || byte > hi { return 0 }
        }
        return length
    }
}

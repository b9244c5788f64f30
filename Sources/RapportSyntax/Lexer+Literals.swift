import RapportBase

extension Lexer {
    package static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    package static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == 95
    }

    /// A number, percentage, date (`2026-11-27`) or quarter (`2026-Q3`).
    package mutating func lexNumber() -> TokenKind {
        let start = position
        if let kind = lexDateOrPeriod() { return kind }
        var digits: [UInt8] = []
        var badUnderscore = false
        while !atEnd && (Lexer.isDigit(peek()) || peek() == UInt8(ascii: "_")) {
            if peek() == UInt8(ascii: "_") {
                if !Lexer.isDigit(peek(1)) { badUnderscore = true }
            } else {
                digits.append(peek())
            }
            position += 1
        }
        if peek() == UInt8(ascii: ".") && Lexer.isDigit(peek(1)) {
            digits.append(UInt8(ascii: "."))
            position += 1
            while !atEnd && (Lexer.isDigit(peek()) || peek() == UInt8(ascii: "_")) {
                if peek() != UInt8(ascii: "_") { digits.append(peek()) }
                position += 1
            }
        }
        if badUnderscore {
            report(.error("lex.bad_number", "`_` may only separate digits, as in `250_000`", at: span(start, position)))
        }
        let isPercent = peek() == UInt8(ascii: "%")
        if isPercent { position += 1 }
        guard let value = Double(String(decoding: digits, as: UTF8.self)), value.isFinite,
              digits.count <= 40 else {
            report(.error("lex.number_too_large", "this number is too large", at: span(start, position),
                          label: "\(digits.count) digits", notes: ["numbers have at most 40 digits"]))
            return .invalid
        }
        return isPercent ? .percent(value / 100) : .number(value)
    }

    /// `YYYY-MM-DD` or `YYYY-Qn` when the bytes have exactly that shape.
    package mutating func lexDateOrPeriod() -> TokenKind? {
        let start = position
        func digit(_ offset: Int) -> Bool { Lexer.isDigit(peek(offset)) }
        guard digit(0), digit(1), digit(2), digit(3), peek(4) == UInt8(ascii: "-") else { return nil }
        let year = Int(String(decoding: bytes[start..<start + 4], as: UTF8.self))!
        if peek(5) == UInt8(ascii: "Q") && digit(6) && !Lexer.isWordByte(peek(7)) {
            position += 7
            let quarter = Int(peek(-1)) - 48
            guard year >= 1 else {
                report(.error("lex.bad_period", "`\(String(decoding: bytes[start..<position], as: UTF8.self))` is not a fiscal quarter",
                              at: span(start, position), label: "no year 0", notes: ["years run from 0001 to 9999"]))
                return .invalid
            }
            guard (1...4).contains(quarter) else {
                report(.error("lex.bad_period", "a fiscal year has quarters Q1 to Q4", at: span(start, position),
                              label: "no quarter \(quarter)"))
                return .invalid
            }
            return .period(year: year, quarter: quarter)
        }
        guard digit(5), digit(6), peek(7) == UInt8(ascii: "-"), digit(8), digit(9), !Lexer.isWordByte(peek(10)) else {
            return nil
        }
        position += 10
        if let date = CalendarDate.parseISO(bytes[start..<position]) { return .date(date) }
        let month = (Int(peek(-5)) - 48) * 10 + (Int(peek(-4)) - 48)
        let note = year == 0 ? "years run from 0001 to 9999" : (1...12).contains(month)
            ? "\(Lexer.monthNames[month - 1]) \(year) has \(CalendarDate.daysIn(month: month, year: year)) days"
            : "months run from 01 to 12"
        report(.error("lex.bad_date", "`\(String(decoding: bytes[start..<position], as: UTF8.self))` is not a calendar date",
                      at: span(start, position), label: "no such day", notes: [note]))
        return .invalid
    }

    package static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// A string literal with `{expr}` holes. An unterminated string ends at the end of its line.
    /// `silent` suppresses the unterminated-string report (the caller has reported already).
    package mutating func lexString(quote: UInt8, silent: Bool = false) -> TokenKind {
        let start = position
        position += 1
        var parts: [TemplateToken] = []
        var text: [UInt8] = []
        var textStart = position
        var broken = false
        func flush(_ end: Int) {
            if !text.isEmpty {
                parts.append(.text(String(decoding: text, as: UTF8.self), span(textStart, end)))
                text.removeAll()
            }
        }
        while true {
            guard !atEnd, peek() != UInt8(ascii: "\n") else {
                // A string nested in a hole that runs off the line is the hole's problem, reported there.
                if holeDepth == 0 && !silent && !broken {
                    report(.error("lex.unterminated_string", "this text is never closed", at: span(start, start + 1),
                                  label: "opened here", help: ["add `\"` at the end of the text; a line break inside text is written `\\n`"]))
                }
                return .invalid
            }
            let byte = peek()
            if byte == quote {
                flush(position)
                position += 1
                return broken ? .invalid : .string(parts)
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = position
                position += 1
                switch peek() {
                case UInt8(ascii: "\""): text.append(UInt8(ascii: "\"")); position += 1
                case UInt8(ascii: "\\"): text.append(UInt8(ascii: "\\")); position += 1
                case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n")); position += 1
                case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t")); position += 1
                case UInt8(ascii: "{"): text.append(UInt8(ascii: "{")); position += 1
                case UInt8(ascii: "}"): text.append(UInt8(ascii: "}")); position += 1
                default:
                    // A backslash at the end of the file or line escapes nothing: the text is
                    // unterminated, reported when the loop meets the end.
                    if atEnd || peek() == UInt8(ascii: "\n") { continue }
                    position += max(1, Lexer.sequenceLength(bytes, at: position))
                    report(.error("lex.bad_escape", "unknown escape `\(String(decoding: bytes[escapeStart..<position], as: UTF8.self))` in text",
                                  at: span(escapeStart, position),
                                  help: ["the escapes are `\\\"`, `\\\\`, `\\n`, `\\t`, `\\{` and `\\}`"]))
                }
                continue
            }
            if byte == UInt8(ascii: "{") {
                flush(position)
                if let hole = lexHole() {
                    parts.append(hole)
                } else {
                    broken = true
                }
                textStart = position
                continue
            }
            if byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F {
                report(.error("lex.control_character", "text may not contain control characters",
                              at: span(position, position + 1), label: "U+00\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true))"))
            }
            text.append(byte)
            position += 1
        }
    }

    /// Lexes `{ … }` inside a string; nil (after reporting) when the hole is not closed on its line.
    package mutating func lexHole() -> TemplateToken? {
        let start = position
        position += 1
        if holeDepth >= Lexer.maxHoleDepth {
            report(.error("lex.nested_too_deeply", "text holes are nested too deeply", at: span(start, start + 1),
                          notes: ["holes nest at most \(Lexer.maxHoleDepth) deep"]))
            skipToEndOfLine()
            return nil
        }
        holeDepth += 1
        defer { holeDepth -= 1 }
        var tokens: [Token] = []
        let errorsBefore = diagnostics.count
        while true {
            let token = next()
            if token.kind == .symbol(.rightBrace) {
                tokens.append(Token(.eof, token.span, startsLine: false))
                return .hole(tokens, span(start, position))
            }
            if token.kind == .eof || (token.kind == .invalid && diagnostics.count == errorsBefore) {
                // A problem inside the hole (say, holes nested too deeply) was reported already.
                guard diagnostics.count == errorsBefore else {
                    skipToEndOfLine()
                    return nil
                }
                report(.error("lex.unterminated_hole", "`{` starts a value in the text that is never closed",
                              at: span(start, start + 1), label: "opened here",
                              help: ["close it with `}`, or write `\\{` for a literal brace"]))
                skipToEndOfLine()
                return nil
            }
            tokens.append(token)
        }
    }

    package mutating func skipToEndOfLine() {
        while !atEnd && peek() != UInt8(ascii: "\n") { position += 1 }
    }
}

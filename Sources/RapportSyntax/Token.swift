import RapportBase

/// Words the lexer reserves: they can never be used as names.
public enum Keyword: String, CaseIterable, Sendable {
    case `import`, param, field, define, rule, test, end
    case `let`, when, `for`
    case `if`, then, `else`
    case and, or, not, `in`, `is`, within
    case any, all, no
    case `where`, by, `as`
    case `true`, `false`
}

/// Punctuation and operators.
public enum Symbol: String, CaseIterable, Sendable {
    case plus = "+", minus = "-", star = "*", slash = "/"
    case equalEqual = "==", bangEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case questionQuestion = "??"
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case comma = ",", dot = ".", colon = ":", equal = "="
    /// Template hole delimiters: they only occur inside string literals.
    case leftBrace = "{", rightBrace = "}"
}

/// One piece of a string literal: literal text or an interpolation hole.
public enum TemplateToken: Equatable, Sendable {
    /// Text with escapes already decoded.
    case text(String, Span)
    /// The tokens between `{` and `}` (ending with `.eof`), and the span including the braces.
    case hole([Token], Span)
}

/// What a token is.
public indirect enum TokenKind: Equatable, Sendable {
    /// A name, including contextual keywords such as `severity` or `days`.
    case identifier(String)
    /// A reserved word.
    case keyword(Keyword)
    /// A number such as `250_000` or `12.5`.
    case number(Double)
    /// A percentage such as `20%`; the value is the fraction (0.2).
    case percent(Double)
    /// A date such as `2026-11-27`.
    case date(CalendarDate)
    /// A fiscal quarter such as `2026-Q3`.
    case period(year: Int, quarter: Int)
    /// A string literal, possibly with `{expr}` holes.
    case string([TemplateToken])
    /// Punctuation or an operator.
    case symbol(Symbol)
    /// Something the lexer could not read; it has already reported it.
    case invalid
    /// End of input.
    case eof
}

/// A token with its source range.
public struct Token: Equatable, Sendable {
    /// What it is.
    public let kind: TokenKind
    /// Where it is.
    public let span: Span
    /// True when a line break separates this token from the previous one.
    public let startsLine: Bool

    /// Creates a token.
    public init(_ kind: TokenKind, _ span: Span, startsLine: Bool) {
        self.kind = kind
        self.span = span
        self.startsLine = startsLine
    }

    /// The identifier text, when this is an identifier.
    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// True when this is the identifier `word` (a contextual keyword).
    public func isWord(_ word: String) -> Bool { identifier == word }

    /// True when this is keyword `keyword`.
    public func isKeyword(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

    /// True when this is symbol `symbol`.
    public func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// A short description for messages: "`rule`", "a number", "end of file".
    public var describe: String {
        switch kind {
        case .identifier(let name): "`\(name)`"
        case .keyword(let keyword): "`\(keyword.rawValue)`"
        case .number: "a number"
        case .percent: "a percentage"
        case .date: "a date"
        case .period: "a quarter"
        case .string: "text in quotes"
        case .symbol(let symbol): "`\(symbol.rawValue)`"
        case .invalid: "an unreadable character"
        case .eof: "the end of the file"
        }
    }
}

/// A `#` comment, kept for the formatter.
public struct Comment: Equatable, Sendable {
    /// The comment text including `#`, without the line break.
    public let text: String
    /// Where it is.
    public let span: Span
    /// True when nothing but whitespace precedes it on its line.
    public let ownLine: Bool
}

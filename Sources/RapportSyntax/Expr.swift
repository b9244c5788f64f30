import RapportBase

/// Binary operators, by the precedence level they belong to.
public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in", notIn = "not in", before = "before", after = "after"
    case coalesce = "??"
}

/// `and` / `or`; chains are flattened into one node so long conditions stay shallow.
public enum LogicalOperator: String, Sendable {
    case and, or
}

/// `any`, `all` or `no`.
public enum Quantifier: String, Sendable {
    case any, all, no
}

/// A duration unit; weeks and days are fixed, months, quarters and years are calendar steps.
public enum DurationUnit: String, Sendable {
    case day, week, month, quarter, year

    /// The unit for `days`, `week`, …
    public init?(word: String) {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        self.init(rawValue: singular)
    }
}

/// An expression node. Every node carries its span and a depth used to refuse absurd nesting.
public struct Expr: Sendable {
    /// What kind of expression this is.
    public let kind: ExprKind
    /// Source range.
    public let span: Span
    /// Height of the tree below and including this node.
    public let depth: Int

    /// Creates a node; its depth is derived from its children.
    public init(_ kind: ExprKind, _ span: Span) {
        self.kind = kind
        self.span = span
        self.depth = 1 + kind.children.reduce(0) { max($0, $1.depth) }
    }
}

/// The forms of expression.
public indirect enum ExprKind: Sendable {
    case number(Double)
    case percent(Double)
    case text(String)
    /// Text with holes, allowed only inside another template's hole.
    case template(Template)
    case boolean(Bool)
    case date(CalendarDate)
    case period(year: Int, quarter: Int)
    case duration(Double, DurationUnit)
    /// A bare name: a let, param, binder, field in scope, `it`, `today`, or a collection.
    case name(String)
    /// `base.field`.
    case member(Expr, Name)
    /// `f(args)`.
    case call(Name, [Expr])
    /// `[a, b]`.
    case list([Expr])
    /// `-x`.
    case negate(Expr)
    /// `not x`.
    case not(Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `a and b and c`, flattened.
    case logical(LogicalOperator, [Expr])
    /// `x is missing` (`present == false`) or `x is present`.
    case isMissing(Expr, present: Bool)
    /// `d within last 90 days` (`future == false`) or `d within next 2 weeks`.
    case within(Expr, future: Bool, Expr)
    /// `xs where cond`.
    case filter(Expr, Expr)
    /// `xs by key` / `xs by key desc`.
    case sort(Expr, key: Expr, descending: Bool)
    /// `any x in xs: cond`.
    case quantified(Quantifier, Name, Expr, Expr)
    /// `if c then x else y`.
    case conditional(Expr, Expr, Expr)
    /// Stands in for an expression that failed to parse (already reported).
    case error

    /// The direct sub-expressions.
    public var children: [Expr] {
        switch self {
        case .number, .percent, .text, .boolean, .date, .period, .duration, .name, .error: []
        case .template(let template):
            template.parts.compactMap { part in
                if case .hole(let expr, _, _) = part { return expr }
                return nil
            }
        case .member(let base, _): [base]
        case .call(_, let args): args
        case .list(let items): items
        case .negate(let e), .not(let e), .isMissing(let e, _): [e]
        case .binary(_, let l, let r), .within(let l, _, let r), .filter(let l, let r): [l, r]
        case .sort(let l, let key, _): [l, key]
        case .logical(_, let items): items
        case .quantified(_, _, let xs, let body): [xs, body]
        case .conditional(let c, let t, let e): [c, t, e]
        }
    }
}

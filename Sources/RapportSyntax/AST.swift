import RapportBase

/// A name as written, with its span.
public struct Name: Hashable, Sendable {
    /// The text.
    public let text: String
    /// Where it was written.
    public let span: Span

    /// Creates a name.
    public init(_ text: String, _ span: Span) {
        self.text = text
        self.span = span
    }
}

/// One parsed `.rapport` file.
public struct RuleFile: Sendable {
    /// The file's identifier in the source map.
    public let file: FileID
    /// Top-level declarations in source order.
    public var declarations: [Declaration]
    /// Every comment, for the formatter.
    public var comments: [Comment]
    /// Params and defines (`name` or `account.name`) whose declaration failed to parse: later
    /// stages treat uses of them as known, so one mistake gives one message.
    public var brokenNames: [String] = []
}

/// A top-level declaration.
public enum Declaration: Sendable {
    case `import`(ImportDecl)
    case param(ParamDecl)
    case field(FieldDecl)
    case define(DefineDecl)
    case rule(RuleDecl)
    case test(TestDecl)

    /// The span of the whole declaration.
    public var span: Span {
        switch self {
        case .import(let d): d.span
        case .param(let d): d.span
        case .field(let d): d.span
        case .define(let d): d.span
        case .rule(let d): d.span
        case .test(let d): d.span
        }
    }
}

/// `import "common"`.
public struct ImportDecl: Sendable {
    /// The path as written, without `.rapport`.
    public let path: String
    /// The span of the string literal.
    public let pathSpan: Span
    /// The whole declaration.
    public let span: Span
}

/// `param dark_after = 90 days`.
public struct ParamDecl: Sendable {
    /// The parameter's name.
    public let name: Name
    /// Its default value.
    public let value: Expr
    /// The whole declaration.
    public let span: Span
}

/// `field account.nps: number`.
public struct FieldDecl: Sendable {
    /// The entity type that gets the field.
    public let entity: Name
    /// The field's name.
    public let name: Name
    /// `number`, `text`, `boolean` or `date`.
    public let type: Name
    /// The whole declaration.
    public let span: Span
}

/// `define account.lifetime = …` (a computed field) or `define share(part, whole) = …` (a function).
public struct DefineDecl: Sendable {
    /// The entity type for a computed field; nil for a function.
    public let entity: Name?
    /// The field or function name.
    public let name: Name
    /// Parameter names of a function; nil for a computed field.
    public let parameters: [Name]?
    /// The body.
    public let body: Expr
    /// The whole declaration.
    public let span: Span

    /// `account.lifetime` or `share`: the key in the rule set's namespace.
    public var qualifiedName: String { entity.map { "\($0.text).\(name.text)" } ?? name.text }
}

/// `for each account a`.
public struct SubjectClause: Sendable {
    /// The subject type.
    public let type: Name
    /// The variable bound to each subject.
    public let variable: Name
    /// The whole clause.
    public let span: Span
}

/// `let last = max(a.activities.date)`.
public struct LetClause: Sendable {
    /// The bound name.
    public let name: Name
    /// The value.
    public let value: Expr
    /// The whole clause.
    public let span: Span
}

/// A string with `{expr}` holes, as in `advise`, `because` and `title`.
public struct Template: Sendable {
    /// One literal run or one hole.
    public enum Part: Sendable {
        /// Literal text, escapes decoded.
        case text(String, Span)
        /// `{expr}` or `{expr as format}`.
        case hole(Expr, format: Name?, span: Span)
    }

    /// The parts in order.
    public let parts: [Part]
    /// The span of the literal including quotes.
    public let span: Span

    /// The text when the template has no holes.
    public var plainText: String? {
        var out = ""
        for part in parts {
            guard case .text(let text, _) = part else { return nil }
            out += text
        }
        return out
    }
}

/// `rule ID … end`.
public struct RuleDecl: Sendable {
    /// The rule id.
    public let id: Name
    /// `title "…"`.
    public var title: Template?
    /// `severity warning`, as written.
    public var severity: Name?
    /// `tags a, b`.
    public var tags: [Name] = []
    /// `for each TYPE NAME`.
    public var subject: SubjectClause?
    /// `let` clauses in order.
    public var lets: [LetClause] = []
    /// `when EXPR`.
    public var condition: Expr?
    /// `advise "…"`.
    public var advice: Template?
    /// `because "…"`.
    public var rationale: Template?
    /// `to EXPR`.
    public var coached: Expr?
    /// `priority EXPR`.
    public var priority: Expr?
    /// Spans of each clause keyword, in source order (for the formatter and duplicate checks).
    public var clauseSpans: [(keyword: String, span: Span)] = []
    /// True when a syntax error was found inside the rule (later stages then stay quiet about it).
    public var hasErrors = false
    /// The whole declaration, from `rule` to `end`.
    public var span: Span
}

/// One `expect` line of a test.
public enum Expectation: Sendable {
    /// `expect finding on "id"`.
    case finding(on: String, Span)
    /// `expect no finding on "id"`.
    case noFinding(on: String, Span)
    /// `expect 3 findings`.
    case count(Int, Span)

    /// Where the expectation was written.
    public var span: Span {
        switch self {
        case .finding(_, let span), .noFinding(_, let span), .count(_, let span): span
        }
    }
}

/// `test RULE … end`.
public struct TestDecl: Sendable {
    /// The rule under test.
    public let rule: Name
    /// `given "fixture.json"`: the path as written and its span.
    public var fixture: (path: String, span: Span)?
    /// The expectations in order.
    public var expectations: [Expectation] = []
    /// True when a syntax error was found inside the test.
    public var hasErrors = false
    /// The whole declaration.
    public var span: Span
}

import RapportBase
import RapportSyntax
import RapportModel

/// A builtin function, declared once: the checker, `rapport check`'s messages and the REPL's
/// help and completion all read this table.
public struct BuiltinFunction: Sendable {
    /// The name as written in rules.
    public let name: String
    /// Parameter names; a trailing `?` marks an optional one.
    public let parameters: [String]
    /// One line of documentation.
    public let doc: String

    /// Fewest arguments accepted.
    public var minArity: Int { parameters.filter { !$0.hasSuffix("?") }.count }
    /// Most arguments accepted.
    public var maxArity: Int { parameters.count }
    /// `percentile(xs, p)`.
    public var signature: String {
        "\(name)(\(parameters.map { $0.hasSuffix("?") ? "[\($0.dropLast())]" : $0 }.joined(separator: ", ")))"
    }
}

/// Names with a fixed meaning that are values rather than calls.
public struct BuiltinValue: Sendable {
    /// The name as written in rules.
    public let name: String
    /// One line of documentation.
    public let doc: String
}

/// The builtin vocabulary of expressions.
public enum Builtins {
    /// Every builtin function.
    public static let functions: [BuiltinFunction] = [
        .init(name: "count", parameters: ["xs"], doc: "number of elements of a list"),
        .init(name: "sum", parameters: ["xs"], doc: "total of a list of numbers (missing values skipped)"),
        .init(name: "avg", parameters: ["xs"], doc: "mean of a list of numbers; missing for an empty list"),
        .init(name: "min", parameters: ["xs"], doc: "smallest element; missing for an empty list"),
        .init(name: "max", parameters: ["xs"], doc: "largest element; missing for an empty list"),
        .init(name: "median", parameters: ["xs"], doc: "middle value of a list of numbers"),
        .init(name: "percentile", parameters: ["xs", "p"], doc: "value below which a share p of the list lies, e.g. percentile(xs, 90%)"),
        .init(name: "exists", parameters: ["xs"], doc: "true when the list has an element"),
        .init(name: "empty", parameters: ["xs"], doc: "true when the list has no element"),
        .init(name: "first", parameters: ["xs"], doc: "first element; missing for an empty list"),
        .init(name: "last", parameters: ["xs"], doc: "last element; missing for an empty list"),
        .init(name: "take", parameters: ["xs", "n"], doc: "the first n elements (all when fewer)"),
        .init(name: "quarter", parameters: ["d"], doc: "the fiscal quarter a date falls in"),
        .init(name: "days", parameters: ["duration"], doc: "a duration as a number of days"),
        .init(name: "lower", parameters: ["text"], doc: "text in lower case"),
        .init(name: "upper", parameters: ["text"], doc: "text in upper case"),
        .init(name: "contains", parameters: ["text", "part"], doc: "true when text contains part (case-insensitive)"),
        .init(name: "starts_with", parameters: ["text", "prefix"], doc: "true when text starts with prefix (case-insensitive)"),
        .init(name: "round", parameters: ["x", "digits?"], doc: "x rounded to a whole number, or to some decimal digits"),
        .init(name: "abs", parameters: ["x"], doc: "x without its sign"),
    ]

    /// Builtin values.
    public static let values: [BuiltinValue] = [
        .init(name: "today", doc: "the portfolio's as_of date (or --as-of)"),
        .init(name: "this_quarter", doc: "the fiscal quarter of today"),
        .init(name: "last_quarter", doc: "the fiscal quarter before this one"),
        .init(name: "it", doc: "the element inside `where`, or the entity inside `define`"),
    ]

    /// Top-level collections of the portfolio.
    public static let collections = ["accounts", "reps", "leads", "contacts", "activities", "opportunities", "team"]

    private static let byName: [String: BuiltinFunction] = Dictionary(uniqueKeysWithValues: functions.map { ($0.name, $0) })

    /// The builtin function called `name`.
    public static func function(named name: String) -> BuiltinFunction? { byName[name] }
}

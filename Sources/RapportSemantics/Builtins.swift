import RapportBase
import RapportSyntax
import RapportModel

/// The builtin functions, one case each: the checked program names them by case, so a backend
/// that misses one does not compile.
public enum Builtin: String, Sendable, CaseIterable, Hashable {
    case count, sum, avg, min, max, median, percentile, exists, empty, first, last, take, quarter, days, lower, upper
    case contains, startsWith = "starts_with", round, abs
}

/// What a builtin accepts in one argument position.
public enum BuiltinParameterKind: Sendable, Equatable {
    /// Any list.
    case list
    /// A list of numbers.
    case numbers
    /// A list of values that can be ordered (numbers, dates, durations, text).
    case ordered
    /// One value compatible with the type; `expected` is how messages name it.
    case value(ValueType, expected: String)

    /// True for the kinds that take a list.
    public var isList: Bool {
        if case .value = self { return false }
        return true
    }

    /// "a list of numbers", for messages and the docs.
    public var expected: String {
        switch self {
        case .list: "a list"
        case .numbers: "a list of numbers"
        case .ordered: "a list of numbers, dates, durations or texts"
        case .value(_, let expected): expected
        }
    }
}

/// A builtin's parameter: its name in signatures, what it accepts, and whether it may be left out.
public struct BuiltinParameter: Sendable {
    public let name: String
    public let kind: BuiltinParameterKind
    public let optional: Bool
}

/// A builtin's result type.
public enum BuiltinResult: Sendable, Equatable {
    /// Always this type.
    case fixed(ValueType)
    /// The element type of the list argument (`first`, `min`).
    case element
    /// The type of the first argument (`take`).
    case firstArgument
}

/// A builtin function, declared once with its typed signature: the checker types calls from
/// it, both compilers implement each ``Builtin`` case, and `rapport check`'s messages, the
/// REPL's completion and `docs/builtins.md` read it.
public struct BuiltinFunction: Sendable {
    public let id: Builtin
    /// Parameters in order.
    public let parameters: [BuiltinParameter]
    /// The result's type.
    public let result: BuiltinResult
    /// One line of documentation.
    public let doc: String
    /// What other languages call it (`len`, `mean`): a call by one of these names is pointed here.
    public let otherNames: [String]

    /// The name as written in rules.
    public var name: String { id.rawValue }
    /// Fewest arguments accepted.
    public var minArity: Int { parameters.filter { !$0.optional }.count }
    /// Most arguments accepted.
    public var maxArity: Int { parameters.count }
    /// `percentile(xs, p)`, `round(x, [digits])`.
    public var signature: String {
        "\(name)(\(parameters.map { $0.optional ? "[\($0.name)]" : $0.name }.joined(separator: ", ")))"
    }

    /// The result type when an argument already failed to check: known unless it follows the
    /// arguments' types.
    public var resultGuess: ValueType {
        if case .fixed(let type) = result { return type }
        return .error
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
    private static func p(_ name: String, _ kind: BuiltinParameterKind, optional: Bool = false) -> BuiltinParameter {
        BuiltinParameter(name: name, kind: kind, optional: optional)
    }

    private static func f(_ id: Builtin, _ parameters: [BuiltinParameter], _ result: BuiltinResult, _ doc: String,
                          also otherNames: [String] = []) -> BuiltinFunction {
        BuiltinFunction(id: id, parameters: parameters, result: result, doc: doc, otherNames: otherNames)
    }

    private static let number = BuiltinParameterKind.value(.number, expected: "a number")
    private static let text = BuiltinParameterKind.value(.text, expected: "text")

    /// Every builtin function, in the order help lists them.
    public static let functions: [BuiltinFunction] = [
        f(.count, [p("xs", .list)], .fixed(.number), "number of elements of a list", also: ["len", "length", "size", "cnt"]),
        f(.sum, [p("xs", .numbers)], .fixed(.number), "total of a list of numbers (missing values skipped)", also: ["total"]),
        f(.avg, [p("xs", .numbers)], .fixed(.number), "mean of a list of numbers; missing for an empty list",
          also: ["mean", "average", "averageif"]),
        f(.min, [p("xs", .ordered)], .element, "smallest element; missing for an empty list", also: ["least", "minimum"]),
        f(.max, [p("xs", .ordered)], .element, "largest element; missing for an empty list", also: ["greatest", "maximum"]),
        f(.median, [p("xs", .numbers)], .fixed(.number), "middle value of a list of numbers"),
        f(.percentile, [p("xs", .numbers), p("p", .value(.number, expected: "a share such as 90%"))], .fixed(.number),
          "value below which a share p of the list lies, e.g. percentile(xs, 90%)", also: ["quantile", "percentile_cont"]),
        f(.exists, [p("xs", .list)], .fixed(.boolean), "true when the list has an element"),
        f(.empty, [p("xs", .list)], .fixed(.boolean), "true when the list has no element", also: ["is_empty", "isempty"]),
        f(.first, [p("xs", .list)], .element, "first element; missing for an empty list", also: ["head"]),
        f(.last, [p("xs", .list)], .element, "last element; missing for an empty list", also: ["tail"]),
        f(.take, [p("xs", .list), p("n", number)], .firstArgument, "the first n elements (all when fewer)", also: ["limit", "top"]),
        f(.quarter, [p("d", .value(.date, expected: "a date"))], .fixed(.period), "the fiscal quarter a date falls in"),
        f(.days, [p("duration", .value(.duration, expected: "a duration"))], .fixed(.number), "a duration as a number of days",
          also: ["datediff", "date_diff"]),
        f(.lower, [p("text", text)], .fixed(.text), "text in lower case", also: ["lowercase", "tolower", "lcase"]),
        f(.upper, [p("text", text)], .fixed(.text), "text in upper case", also: ["uppercase", "toupper", "ucase"]),
        f(.contains, [p("text", text), p("part", text)], .fixed(.boolean), "true when text contains part (case-insensitive)",
          also: ["includes", "like", "instr"]),
        f(.startsWith, [p("text", text), p("prefix", text)], .fixed(.boolean),
          "true when text starts with prefix (case-insensitive)", also: ["startswith", "begins_with"]),
        f(.round, [p("x", number), p("digits", .value(.number, expected: "a number of digits"), optional: true)], .fixed(.number),
          "x rounded to a whole number, or to some decimal digits"),
        f(.abs, [p("x", number)], .fixed(.number), "x without its sign"),
    ]

    /// Builtin values.
    public static let values: [BuiltinValue] = [
        .init(name: "today", doc: "the portfolio's as_of date (or --as-of)"),
        .init(name: "this_quarter", doc: "the fiscal quarter of today"),
        .init(name: "last_quarter", doc: "the fiscal quarter before this one"),
        .init(name: "it", doc: "the element inside `where`, or the entity inside `define`"),
    ]

    /// Top-level collections of the portfolio, in the order completion offers them (the same
    /// names as ``Schema/collections``, checked by `BuiltinTests`).
    public static let collections = ["accounts", "reps", "leads", "contacts", "activities", "opportunities", "team"]

    private static let byName: [String: BuiltinFunction] = Dictionary(uniqueKeysWithValues: functions.map { ($0.name, $0) })

    /// The builtin function called `name`.
    public static func function(named name: String) -> BuiltinFunction? { byName[name] }

    /// The declaration of `id`.
    public static func function(_ id: Builtin) -> BuiltinFunction {
        // Every case is declared (`BuiltinTests`); the first entry keeps this total.
        byName[id.rawValue] ?? functions[0]
    }
}

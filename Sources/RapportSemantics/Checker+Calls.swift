import RapportBase
import RapportSyntax
import RapportModel

extension Checker {
    package static let ordinals = ["1st", "2nd", "3rd", "4th", "5th", "6th"]

    /// `f(args)`: a builtin (typed by the rules below) or a user function (checked for these
    /// argument types).
    package mutating func checkCall(_ name: Name, _ arguments: [Expr], span: Span) -> TExpr {
        let args = arguments.map { checkExpression($0) }
        let free = args.reduce(UInt64(0)) { $0 | $1.freeSlots }
        if let builtin = Builtins.function(named: name.text) {
            guard (builtin.minArity...builtin.maxArity).contains(args.count) else {
                let expected = builtin.minArity == builtin.maxArity ? "\(builtin.minArity)" : "\(builtin.minArity) or \(builtin.maxArity)"
                error("call.arity", "`\(name.text)` takes \(expected) argument\(builtin.maxArity == 1 ? "" : "s"), found \(args.count)",
                      at: span, label: "wrong number of arguments", notes: ["usage: \(builtin.signature) — \(builtin.doc)"])
                return errorExpr(span)
            }
            guard let type = builtinType(builtin, args, span: span) else { return errorExpr(span) }
            return TExpr(.builtin(name.text, args), type, span, freeSlots: free)
        }
        if let decl = functionDecls[name.text], let parameters = decl.parameters {
            used.insert(name.text)
            guard parameters.count == args.count else {
                error("call.arity", "`\(name.text)` takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), found \(args.count)",
                      at: span, label: "wrong number of arguments",
                      notes: ["usage: \(name.text)(\(parameters.map(\.text).joined(separator: ", ")))"])
                return errorExpr(span)
            }
            guard let (index, type) = functionInstance(name.text, argumentTypes: args.map(\.type), at: name.span) else {
                return errorExpr(span)
            }
            return TExpr(.function(DefinitionRef(index: index), args), type, span, freeSlots: free)
        }
        if brokenNames.contains(name.text) { return errorExpr(span) }
        var help: [String] = []
        if Builtins.values.contains(where: { $0.name == name.text }) { help = ["`\(name.text)` is a value: write it without `()`"] }
        error("name.unknown_function", "there is no function `\(name.text)`", at: name.span, label: "unknown function",
              help: help, suggestion: NameSuggester.suggest(name.text, from: Builtins.functions.map(\.name) + functionDecls.keys))
        return errorExpr(span)
    }

    /// Elm-style: "The 1st argument to `sum` is not what I expect".
    package mutating func argumentError(_ builtin: BuiltinFunction, _ position: Int, _ arg: TExpr, expected: String) {
        error("type.argument", "the \(Checker.ordinals[position]) argument to `\(builtin.name)` is not what I expect",
              at: arg.span, label: "expected \(expected), found \(arg.type)", notes: ["usage: \(builtin.signature) — \(builtin.doc)"])
    }

    package mutating func builtinType(_ builtin: BuiltinFunction, _ args: [TExpr], span: Span) -> ValueType? {
        func isError(_ type: ValueType) -> Bool { if case .error = type { true } else { false } }
        if args.contains(where: { isError($0.type) }) { return Checker.resultGuess(builtin.name, args) }
        func list(_ i: Int, _ element: ((ValueType) -> Bool)? = nil, _ expected: String = "a list") -> ValueType? {
            guard let type = args[i].type.element, element.map({ $0(type) }) ?? true else {
                argumentError(builtin, i, args[i], expected: expected)
                return nil
            }
            return type
        }
        func scalar(_ i: Int, _ type: ValueType, _ expected: String) -> Bool {
            guard args[i].type.compatible(with: type) else {
                argumentError(builtin, i, args[i], expected: expected)
                return false
            }
            return true
        }
        switch builtin.name {
        case "count":
            return list(0) == nil ? nil : .number
        case "exists", "empty":
            return list(0) == nil ? nil : .boolean
        case "sum", "avg", "median":
            return list(0, { $0.compatible(with: .number) }, "a list of numbers") == nil ? nil : .number
        case "min", "max":
            guard let element = list(0, { $0.isOrdered }, "a list of numbers, dates, durations or texts") else { return nil }
            return element == .error ? .error : element.unified(with: element)
        case "percentile":
            guard list(0, { $0.compatible(with: .number) }, "a list of numbers") != nil,
                  scalar(1, .number, "a share such as 90%") else { return nil }
            return .number
        case "first", "last":
            return list(0)
        case "take":
            guard list(0) != nil, scalar(1, .number, "a number") else { return nil }
            return args[0].type
        case "quarter":
            return scalar(0, .date, "a date") ? .period : nil
        case "days":
            return scalar(0, .duration, "a duration") ? .number : nil
        case "lower", "upper":
            return scalar(0, .text, "text") ? .text : nil
        case "contains", "starts_with":
            return scalar(0, .text, "text") && scalar(1, .text, "text") ? .boolean : nil
        case "round":
            guard scalar(0, .number, "a number") else { return nil }
            if args.count == 2 && !scalar(1, .number, "a number of digits") { return nil }
            return .number
        case "abs":
            return scalar(0, .number, "a number") ? .number : nil
        default:
            return nil
        }
    }

    /// The result type of a builtin whose argument already failed to check.
    package static func resultGuess(_ name: String, _ args: [TExpr]) -> ValueType {
        switch name {
        case "count", "sum", "avg", "median", "percentile", "days", "round", "abs": .number
        case "exists", "empty", "contains", "starts_with": .boolean
        case "quarter": .period
        case "lower", "upper": .text
        default: .error
        }
    }
}

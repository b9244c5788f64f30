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
                // `first(10, accounts)`: several elements are taken with `take`.
                let help = (builtin.id == .first || builtin.id == .last) && args.count == 2
                    ? ["the first n elements are `take(xs, n)`" + (builtin.id == .last ? "; the last n, `take(xs by … desc, n)`" : "")] : []
                error("call.arity", "`\(name.text)` takes \(expected) argument\(builtin.maxArity == 1 ? "" : "s"), found \(args.count)",
                      at: span, label: "wrong number of arguments", notes: ["usage: \(builtin.signature) — \(builtin.doc)"], help: help)
                return errorExpr(span)
            }
            guard let type = builtinType(builtin, args, span: span) else { return errorExpr(span) }
            record(name.span, .builtin(builtin.id), type)
            return TExpr(.builtin(builtin.id, args), type, span, freeSlots: free)
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
            record(name.span, .function(name.text), type)
            return TExpr(.function(DefinitionRef(index: index), args), type, span, freeSlots: free)
        }
        if brokenNames.contains(name.text) { return errorExpr(span) }
        var help: [String] = []
        if Builtins.values.contains(where: { $0.name == name.text }) { help = ["`\(name.text)` is a value: write it without `()`"] }
        if let known = Builtins.functions.first(where: { $0.otherNames.contains(name.text.lowercased()) }) {
            // `len(xs)`: another language's name for a builtin.
            error("name.unknown_function", "there is no function `\(name.text)`; Rapport calls it `\(known.name)`", at: name.span,
                  label: "unknown function", notes: ["usage: \(known.signature) — \(known.doc)"],
                  fixes: [FixIt(span: name.span, replacement: known.name)])
            return errorExpr(span)
        }
        error("name.unknown_function", "there is no function `\(name.text)`", at: name.span, label: "unknown function",
              help: help, suggestion: NameSuggester.suggest(name.text, from: Builtins.functions.map(\.name) + functionDecls.keys))
        return errorExpr(span)
    }

    /// Elm-style: "The 1st argument to `sum` is not what I expect".
    package mutating func argumentError(_ builtin: BuiltinFunction, _ position: Int, _ arg: TExpr, expected: String) {
        error("type.argument", "the \(Checker.ordinals[position]) argument to `\(builtin.name)` is not what I expect",
              at: arg.span, label: "expected \(expected), found \(arg.type)", notes: ["usage: \(builtin.signature) — \(builtin.doc)"])
    }

    /// The type of a call of `builtin`, read from its declared signature; nil (with a message)
    /// when an argument does not fit.
    package mutating func builtinType(_ builtin: BuiltinFunction, _ args: [TExpr], span: Span) -> ValueType? {
        func isError(_ type: ValueType) -> Bool { if case .error = type { true } else { false } }
        if args.contains(where: { isError($0.type) }) { return builtin.resultGuess }
        var element: ValueType?
        for (position, (parameter, arg)) in zip(builtin.parameters, args).enumerated() {
            let fits: Bool
            switch parameter.kind {
            case .list, .numbers, .ordered:
                let elementType = arg.type.element
                switch parameter.kind {
                case .numbers: fits = elementType?.compatible(with: .number) ?? false
                case .ordered: fits = elementType?.isOrdered ?? false
                default: fits = elementType != nil
                }
                if fits { element = elementType }
            case .value(let type, _):
                fits = arg.type.compatible(with: type)
            }
            guard fits else {
                argumentError(builtin, position, arg, expected: parameter.kind.expected)
                return nil
            }
        }
        switch builtin.result {
        case .fixed(let type): return type
        case .element:
            guard let element else { return .error }
            return element == .error ? .error : element.unified(with: element)
        case .firstArgument: return args[0].type
        }
    }
}

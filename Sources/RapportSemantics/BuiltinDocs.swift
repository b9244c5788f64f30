extension Builtins {
    /// The builtins as Markdown (`docs/builtins.md`): each function's signature, what each
    /// argument must be, what it gives, and what it does; then the builtin values.
    public static func markdown() -> String {
        var text = """
            # Builtin functions and values

            This page is generated from `Builtins` (`Sources/RapportSemantics/Builtins.swift`),
            the one declaration the checker types calls from, both compilers implement, and the
            REPL completes; a test fails when it is out of date. Every function gives a missing
            value when its input is missing, and aggregates skip missing elements
            (`docs/evaluation.md`).

            ## Functions

            | call | arguments | gives | what it does |
            |---|---|---|---|

            """
        for function in functions {
            let arguments = function.parameters.map { "`\($0.name)`: \($0.kind.expected)\($0.optional ? " (may be left out)" : "")" }
            let elsewhere = function.otherNames.isEmpty ? "" : " (elsewhere: " + function.otherNames.map { "`\($0)`" }.joined(separator: ", ") + ")"
            text += "| `\(function.signature)` | \(arguments.joined(separator: "; ")) | \(result(function)) | \(cell(function.doc))\(elsewhere) |\n"
        }
        text += "\n## Values\n\n| name | what it is |\n|---|---|\n"
        for value in values { text += "| `\(value.name)` | \(cell(value.doc)) |\n" }
        text += "\n## Collections\n\n"
        text += collections.map { "`\($0)`" }.joined(separator: ", ")
        text += ": every entity of that kind in the portfolio (`team` is the one team).\n"
        return text
    }

    private static func result(_ function: BuiltinFunction) -> String {
        switch function.result {
        case .fixed(let type): type.description
        case .element: "an element of `\(function.parameters[0].name)`"
        case .firstArgument: "a list like `\(function.parameters[0].name)`"
        }
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

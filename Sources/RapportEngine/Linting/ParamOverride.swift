import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Reads `--param name=value`: the value is an expression of the language (`60 days`, `80%`,
/// `2026-12-31`) checked against the param's type.
public enum ParamOverride {
    /// The param's name and value, or nil and the diagnostics that explain why not. The text is added to
    /// `sources` as a pseudo-file named `--param` so errors can point into it.
    public static func parse(_ argument: String, params: [CheckedParam], sources: inout SourceMap) -> (value: (name: String, value: Value)?, diagnostics: [Diagnostic]) {
        let file = sources.add(path: "--param", bytes: Array(argument.utf8))
        let whole = Span(file: file, start: 0, end: argument.utf8.count)
        guard let equals = argument.firstIndex(of: "=") else {
            return (nil, [.error("param.syntax", "write a param as name=value, as in `dark_after=60 days`", at: whole)])
        }
        let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let nameSpan = Span(file: file, start: 0, end: argument[..<equals].utf8.count)
        guard let param = params.first(where: { $0.name == name }) else {
            var diagnostic = Diagnostic.error("param.unknown", "the rules have no param `\(name)`", at: nameSpan, label: "unknown param")
                .suggesting(NameSuggester.suggest(name, from: params.map(\.name)))
            if !params.isEmpty { diagnostic.notes = ["the params are \(params.map(\.name).sorted().joined(separator: ", "))"] }
            return (nil, [diagnostic])
        }
        let valueStart = argument[...equals].utf8.count
        var padded = Array(repeating: UInt8(ascii: " "), count: valueStart)
        padded += Array(argument[argument.index(after: equals)...].utf8)
        let valueFile = sources.add(path: "--param", bytes: padded)
        // The value is lexed from a copy with the `name=` part blanked, so its offsets match the
        // whole argument; messages are then shown against the whole argument.
        func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            diagnostics.map { diagnostic in
                var copy = diagnostic
                copy.labels = diagnostic.labels.map { label in
                    guard label.span.file == valueFile else { return label }
                    return DiagnosticLabel(span: Span(file: file, start: label.span.start, end: label.span.end),
                                           message: label.message, isPrimary: label.isPrimary)
                }
                copy.fixes = []
                return copy
            }
        }
        let (expr, syntax) = Parser.parseStandaloneExpression(sources[valueFile])
        guard let expr else { return (nil, shown(syntax)) }
        var checker = Checker()
        let checked = checker.checkExpression(expr)
        guard !checker.diagnostics.hasErrors else { return (nil, shown(checker.diagnostics)) }
        guard checked.isInvariant, checked.type.compatible(with: param.type) else {
            return (nil, shown([.error("param.type", "`\(name)` is \(param.type), but this is \(checked.type)", at: expr.span,
                                          label: "expected \(param.type)",
                                          notes: ["its default is \(paramDefaultText(param, sources))"])]))
        }
        // A share written as a percentage in the rules (`90%`) given as a plain number above 1
        // (`95`) means 95%, not 9,500%: refused with the fix.
        let defaultText = paramDefaultText(param, sources)
        if defaultText.hasSuffix("%`"), case .number(let number) = expr.kind, number > 1 {
            let written = Self.text(of: expr, in: sources[valueFile])
            return (nil, shown([Diagnostic.error("param.type", "`\(name)` is a share, written as a percentage: this is \(written), or \(JSONWriter.format(number * 100))%",
                                                 at: expr.span, label: "did you mean `\(written)%`?",
                                                 notes: ["its default is \(defaultText)"], help: ["write `\(name)=\(written)%`"])]))
        }
        do throws(EvaluationFault) {
            return ((name, try ConstantEvaluator.evaluate(checked)), [])
        } catch {
            return (nil, shown([.error("param.out_of_range", "`\(name)` cannot be set to this: \(error.reason)", at: error.span,
                                       label: "out of range")]))
        }
    }

    /// The text `expr` was written as.
    private static func text(of expr: Expr, in file: SourceFile) -> String {
        file.text(of: expr.span).trimmingCharacters(in: .whitespaces)
    }

    package static func paramDefaultText(_ param: CheckedParam, _ sources: SourceMap) -> String {
        let span = param.defaultValue.span
        guard span.file.index < sources.files.count else { return "set in the rules" }
        return "`" + sources[span.file].text(of: span) + "`"
    }
}

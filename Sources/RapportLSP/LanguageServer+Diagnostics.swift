import Foundation
import RapportBase
import RapportSyntax

extension LanguageServer {
    /// The document's diagnostics as the protocol has them: parse errors, names, types and
    /// rule-set warnings, each with its code and related locations.
    package func diagnostics(_ context: DocumentContext) -> [[String: Any]] {
        let result = context.analysis.result
        var items: [[String: Any]] = []
        for diagnostic in result.diagnostics {
            guard let span = diagnostic.primarySpan, span.file == context.file.id else { continue }
            items.append(lspDiagnostic(diagnostic, span, context))
        }
        return items
    }

    package func lspDiagnostic(_ diagnostic: Diagnostic, _ span: Span, _ context: DocumentContext) -> [String: Any] {
        let result = context.analysis.result
        var item: [String: Any] = [
            "range": Positions.range(span, in: context.file),
            "severity": diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3,
            "code": diagnostic.code,
            "source": "rapport",
            "message": ([diagnostic.message] + diagnostic.notes + diagnostic.help).joined(separator: "\n"),
        ]
        let related = diagnostic.labels.filter { !$0.isPrimary && $0.span.file.index < result.sources.files.count }
        if !related.isEmpty {
            item["relatedInformation"] = related.map { label -> [String: Any] in
                ["location": context.location(label.span), "message": label.message]
            }
        }
        return item
    }

    /// The whole document replaced by its formatted text, or no edit when it does not parse or
    /// is formatted already (as `rapport fmt`).
    package func formatting(_ context: DocumentContext) -> [[String: Any]] {
        var sources = SourceMap()
        let id = sources.add(path: context.path, bytes: context.file.bytes)
        let parsed = Parser.parse(sources[id])
        guard !parsed.diagnostics.hasErrors else { return [] }
        let formatted = RuleFormatter.format(parsed, source: sources[id])
        guard formatted.utf8.elementsEqual(context.file.bytes) == false else { return [] }
        let end = Positions.position(context.file.bytes.count, in: context.file)
        return [["range": ["start": ["line": 0, "character": 0], "end": end], "newText": formatted]]
    }
}

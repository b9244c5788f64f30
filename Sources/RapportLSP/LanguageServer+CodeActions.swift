import Foundation
import RapportBase

extension LanguageServer {
    /// `textDocument/codeAction`: a quick fix for each "did you mean" (and every other fix the
    /// checker offers) of a diagnostic touching the requested range.
    package func codeActions(_ context: DocumentContext, _ params: [String: Any]) -> [[String: Any]] {
        let bytes = context.file.bytes
        let range = params["range"] as? [String: Any]
        let start = Positions.offset(range?["start"], in: bytes) ?? 0
        let end = Positions.offset(range?["end"], in: bytes) ?? bytes.count
        var actions: [[String: Any]] = []
        for diagnostic in context.analysis.result.diagnostics where !diagnostic.fixes.isEmpty {
            guard let span = diagnostic.primarySpan, span.file == context.file.id,
                  span.start <= end, start <= span.end else { continue }
            for fix in diagnostic.fixes where fix.span.file == context.file.id {
                let replaced = context.analysis.text(fix.span)
                let title = replaced.isEmpty ? "Insert `\(fix.replacement)`" : "Change `\(replaced)` to `\(fix.replacement)`"
                actions.append([
                    "title": title,
                    "kind": "quickfix",
                    "diagnostics": [lspDiagnostic(diagnostic, span, context)],
                    "isPreferred": diagnostic.fixes.count == 1,
                    "edit": ["changes": [context.uri: [["range": Positions.range(fix.span, in: context.file),
                                                        "newText": fix.replacement]]]],
                ])
            }
        }
        return actions
    }
}

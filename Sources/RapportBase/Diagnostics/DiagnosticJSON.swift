/// Diagnostics as JSON, the schema `rapport check --format json` prints (see docs/check-json.md).
public enum DiagnosticJSON {
    /// One diagnostic as a JSON object.
    public static func object(_ diagnostic: Diagnostic, sources: SourceMap) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let span = diagnostic.primarySpan, span.file.index < sources.files.count {
            let file = sources[span.file]
            let start = file.location(of: span.start)
            let end = file.location(of: span.end)
            members += [
                ("file", .string(file.path)),
                ("line", .number(Double(start.line))),
                ("column", .number(Double(start.column))),
                ("end", .object([("line", .number(Double(end.line))), ("column", .number(Double(end.column)))])),
            ]
        } else {
            members += [("file", diagnostic.path.map(JSONValue.string) ?? .null), ("line", .null), ("column", .null), ("end", .null)]
        }
        members += [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)),
            ("notes", .array(diagnostic.notes.map(JSONValue.string))),
            ("help", .array(diagnostic.help.map(JSONValue.string))),
            ("fixes", .array(diagnostic.fixes.map { fix in
                let file = sources[fix.span.file]
                let start = file.location(of: fix.span.start)
                let end = file.location(of: fix.span.end)
                return .object([
                    ("line", .number(Double(start.line))), ("column", .number(Double(start.column))),
                    ("end", .object([("line", .number(Double(end.line))), ("column", .number(Double(end.column)))])),
                    ("replacement", .string(fix.replacement)),
                ])
            })),
        ]
        return .object(members)
    }

    /// A whole report: diagnostics sorted by position plus a summary.
    public static func report(_ diagnostics: [Diagnostic], sources: SourceMap, files: Int) -> JSONValue {
        let sorted = diagnostics.sortedByPosition()
        return .object([
            ("diagnostics", .array(sorted.map { object($0, sources: sources) })),
            ("summary", .object([
                ("files", .number(Double(files))),
                ("errors", .number(Double(sorted.filter { $0.severity == .error }.count))),
                ("warnings", .number(Double(sorted.filter { $0.severity == .warning }.count))),
            ])),
        ])
    }
}

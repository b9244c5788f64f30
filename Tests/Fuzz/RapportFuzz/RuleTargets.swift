import RapportCore

/// Rule files: lexer, parser, imports, checker, formatter, the diagnostics' rendering, and the
/// SQL compiler for a rule set that checks.
enum RuleTargets {
    static func rules(_ bytes: [UInt8]) {
        // The input is a rule file, and may import a second file (the part after a NUL byte).
        let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        var files = ["main.rapport": String(decoding: parts[0], as: UTF8.self)]
        if parts.count > 1 { files["other.rapport"] = String(decoding: parts[1], as: UTF8.self) }
        let result = RuleSetChecker.check(path: "/fuzz/main.rapport", fileSystem: MemoryFileSystem(root: "/fuzz", files: files))
        _ = DiagnosticRenderer(sources: result.sources, colored: true).render(result.diagnostics)
        _ = DiagnosticJSON.report(result.diagnostics, sources: result.sources, files: files.count).serialized()
        if !result.diagnostics.hasErrors {
            // A rule set that checks compiles to SQL for every dialect, or names each rule left out.
            for dialect in SQLDialect.allCases {
                let program = SQLRuleCompiler.compile(result.checked, dialect: dialect)
                FuzzTargets.require(program.queries.count + program.leftOut.count == result.checked.rules.count,
                                    "\(dialect): \(program.queries.count) queries and \(program.leftOut.count) left out for \(result.checked.rules.count) rules")
            }
        }
        let source = SourceFile(id: FileID(0), path: "main.rapport", bytes: Array(parts[0]))
        let parsed = Parser.parse(source)
        if !parsed.diagnostics.hasErrors {
            // Formatting a file that parses gives one that parses to the same rules, and is stable.
            let formatted = RuleFormatter.format(parsed, source: source)
            let again = Parser.parse(SourceFile(id: FileID(0), path: "main.rapport", bytes: Array(formatted.utf8)))
            FuzzTargets.require(!again.diagnostics.hasErrors, "the formatted file does not parse:\n\(formatted)")
            let twice = RuleFormatter.format(again, source: SourceFile(id: FileID(0), path: "main.rapport",
                                                                       bytes: Array(formatted.utf8)))
            FuzzTargets.require(twice == formatted, "formatting is not stable:\n\(formatted)\n---\n\(twice)")
        }
    }
}

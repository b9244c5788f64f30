import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

extension ReplSession {
    /// The base rules plus `texts` as declarations typed at the prompt, checked together.
    package func rulesWith(_ texts: [String]) -> (CheckResult, parseProblems: [Diagnostic]) {
        var sources = baseRules.sources
        var files = baseRules.ruleSet.files
        var paths = baseRules.ruleSet.paths
        var problems: [Diagnostic] = []
        for (number, text) in texts.enumerated() {
            let path = "<repl \(number + 1)>"
            let file = sources.add(path: path, bytes: Array(text.utf8))
            let parsed = Parser.parse(sources[file])
            problems += parsed.diagnostics
            files.append(parsed.ast)
            paths.append(path)
        }
        var loaded = LoadedRuleSet(root: baseRules.ruleSet.root, files: files, paths: paths,
                                   diagnostics: baseRules.ruleSet.diagnostics + problems)
        loaded.entryPaths = baseRules.ruleSet.entryPaths + paths.suffix(texts.count)
        return (pipeline.rules(loaded: loaded, sources: sources), problems)
    }

    /// `param`, `define`, `field` or `rule … end` typed at the prompt: added to the session's
    /// rules when the whole set still checks.
    package func declare(_ text: String) -> ReplReply {
        if text.hasPrefix("import") || text.hasPrefix("test") {
            return .error("error: `import` and `test` belong in rule files; use `:load` for another portfolio or `--rules` for other rules")
        }
        let candidate = declarations + [text]
        let (result, _) = rulesWith(candidate)
        // Warnings about the new declaration only, and not "unused": it was typed to be used next.
        let own = result.diagnostics.filter { diagnostic in
            diagnostic.severity == .error || (!["check.unused_param", "check.unused_define", "check.unused_let"].contains(diagnostic.code)
                && diagnostic.labels.contains { result.sources[$0.span.file].path == "<repl \(candidate.count)>" })
        }
        if result.diagnostics.hasErrors { return .error(render(own.filter { $0.severity == .error }, result.sources)) }
        declarations = candidate
        rules = result
        var out = own.isEmpty ? "" : render(own, result.sources)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let kind = words.first.map(String.init) ?? ""
        let name = words.dropFirst().first.map { String($0.prefix { $0 != "=" && $0 != "(" && $0 != ":" }) } ?? ""
        if kind == "rule", let rule = rules.checked.rule(name) {
            var options = LintOptions()
            options.asOf = asOf
            options.params = params
            options.select = [rule.id]
            let outcome = pipeline.evaluate(rules, on: portfolio, options: options)
            let findings = outcome.findings
            out += "rule \(rule.id) added: \(findings.count) finding\(findings.count == 1 ? "" : "s") on this portfolio (`:run` lists all rules' findings)\n"
            out += ReplSession.errorLines(outcome.errors)
        } else {
            out += "\(kind) \(name) added\n"
        }
        return .text(out)
    }
}

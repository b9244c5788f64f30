import Foundation
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

    /// The kind and name a declaration typed at the prompt declares: `("rule", "big_quiet_deal")`,
    /// `("define", "account.lifetime")`, `("define", "share")`, `("param", "dark_after")`.
    package static func declared(_ text: String) -> (kind: String, name: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let kind = words.first.map(String.init) ?? ""
        let name = words.dropFirst().first.map { String($0.prefix { $0 != "=" && $0 != "(" && $0 != ":" }) } ?? ""
        return (kind, name)
    }

    /// `param`, `define`, `field` or `rule … end` typed at the prompt: added to the session's
    /// rules when the whole set still checks. One the session declared before (same kind and
    /// name) is replaced, and the reply says so.
    package func declare(_ text: String) -> ReplReply {
        if text.hasPrefix("import") || text.hasPrefix("test") {
            return .error("error: `import` and `test` belong in rule files; use `:load` for another portfolio or `--rules` for other rules")
        }
        let (kind, name) = Self.declared(text)
        let earlier = declarations.firstIndex { Self.declared($0) == (kind, name) }
        var candidate = declarations
        if let earlier { candidate.remove(at: earlier) }
        candidate.append(text)
        let (result, _) = rulesWith(candidate)
        // Warnings about the new declaration only, and not "unused": it was typed to be used next.
        let own = result.diagnostics.filter { diagnostic in
            diagnostic.severity == .error || (!["check.unused_param", "check.unused_define", "check.unused_let"].contains(diagnostic.code)
                && diagnostic.labels.contains { result.sources[$0.span.file].path == "<repl \(candidate.count)>" })
        }
        if result.diagnostics.hasErrors { return .error(render(own.filter { $0.severity == .error }, result.sources)) }
        declarations = candidate
        rules = result
        memo = nil
        var out = own.isEmpty ? "" : render(own, result.sources)
        let verb = earlier == nil ? "added" : "replaced"
        if kind == "rule", let rule = rules.checked.rule(name) {
            var options = lintOptions()
            options.select = [rule.id]
            let outcome = pipeline.evaluate(rules, on: portfolio, options: options)
            let findings = outcome.findings
            out += "rule \(rule.id) \(verb): \(findings.count) finding\(findings.count == 1 ? "" : "s") on this portfolio (`:run \(rule.id)` lists them)\n"
            out += ReplSession.errorLines(outcome.errors)
        } else {
            out += "\(kind) \(name) \(verb)\n"
        }
        return .text(out)
    }

    /// `:drop NAME`: forgets a rule, define, param or field the session declared, or a `let`
    /// value, unless what is left depends on it.
    package func drop(_ name: String) -> ReplReply {
        guard !name.isEmpty else { return .error("error: `:drop` needs the name of a session declaration, as in `:drop big_quiet_deal`") }
        if let index = globals.firstIndex(where: { $0.name == name }) {
            globals.remove(at: index)
            return .text("dropped \(name)")
        }
        // A define on an entity may be named without it (`quiet_for` for `opportunity.quiet_for`) when that is unique.
        let named = declarations.indices.filter { Self.declared(declarations[$0]).name == name }
        let short = declarations.indices.filter { Self.declared(declarations[$0]).name.split(separator: ".").last.map(String.init) == name }
        if named.isEmpty && short.count > 1 {
            let full = short.map { "`\(Self.declared(declarations[$0]).name)`" }.joined(separator: " or ")
            return .error("error: `\(name)` could be \(full): name it in full")
        }
        guard let index = named.first ?? short.first else {
            let names = declarations.map { Self.declared($0).name } + globals.map(\.name)
            let inRules = rules.checked.rule(name) != nil || rules.checked.params.contains { $0.name == name }
                || rules.checked.definitions.contains { $0.name == name }
            let why = inRules ? "`\(name)` comes from the rule files, not from this session" : "the session declared nothing called `\(name)`"
            let hint = NameSuggester.suggest(name, from: names).map { "; did you mean `\($0)`?" } ?? ""
            return .error("error: \(why)\(hint)" + (names.isEmpty ? "" : " (the session's own: \(names.joined(separator: ", ")))"))
        }
        var candidate = declarations
        let (kind, fullName) = Self.declared(candidate.remove(at: index))
        let (result, _) = rulesWith(candidate)
        if result.diagnostics.hasErrors {
            return .error("error: \(kind) \(fullName) is still used:\n" + render(result.diagnostics.filter { $0.severity == .error }, result.sources))
        }
        declarations = candidate
        rules = result
        memo = nil
        return .text("dropped \(kind) \(fullName)")
    }

    /// `:save FILE`: the session's declarations as a formatted rule file, written atomically;
    /// never over a rule file or the portfolio.
    package func save(_ path: String) -> ReplReply {
        guard !path.isEmpty else { return .error("error: `:save` needs a file name, as in `:save drafts.rapport`") }
        guard !declarations.isEmpty else { return .error("error: the session has no declarations of its own to save (`rule`, `define`, `param`, `field`)") }
        if let clash = AtomicFile.clash(output: path, inputs: rules.sources.files.map(\.path).filter { !$0.hasPrefix("<") } + [portfolioPath]) {
            return .error("error: \(clash); choose another file")
        }
        // Another file is not replaced by mistake; one saved earlier in the session is updated.
        if FileManager.default.fileExists(atPath: path) && !savedPaths.contains(path) {
            return .error("error: \(path) exists; choose another name (the session saves only to a new file, or one it saved before)")
        }
        let text = "# Saved from a Rapport REPL session.\n\n" + declarations.joined(separator: "\n\n") + "\n"
        var sources = SourceMap()
        let file = sources.add(path: path, bytes: Array(text.utf8))
        let parsed = Parser.parse(sources[file])
        let formatted = parsed.diagnostics.hasErrors ? text : RuleFormatter.format(parsed, source: sources[file])
        do {
            try AtomicFile.write(Array(formatted.utf8), to: path)
        } catch {
            return .error("error: \(error.description)")
        }
        savedPaths.insert(path)
        let count = declarations.count
        return .text("saved \(count) declaration\(count == 1 ? "" : "s") to \(path)")
    }
}

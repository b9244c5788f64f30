import ArgumentParser
import Foundation
import RapportCore

/// What the shells complete beyond files and fixed lists: rep names from the portfolio on the
/// command line, and rule ids (and tags) from `--rules PATH` on it or the shipped pack. Called
/// by the completion scripts (`rapport --generate-completion-script bash|zsh|fish`) when TAB is
/// pressed; a portfolio or rule set that does not load completes nothing.
enum ShellCompletions {
    static let portfolio = CompletionKind.file(extensions: ["json", "yaml", "yml"])
    static let ruleFiles = CompletionKind.file(extensions: ["rapport"])

    /// Rep names and ids of the first portfolio named on the line.
    static let reps = CompletionKind.custom { words, _, prefix in
        guard let path = words.map(unquoted).first(where: isPortfolio) else { return [] }
        var sources = SourceMap()
        guard let loaded = PortfolioLoader.load(path: path, sources: &sources).portfolio else { return [] }
        let names = loaded.reps.flatMap { [loaded.string($0.name), loaded.string($0.id)] }
        return matching(unquoted(prefix), names)
    }

    /// Rule ids of `--rules PATH` on the line, or of the shipped pack.
    static let rules = CompletionKind.custom { words, _, prefix in
        matching(unquoted(prefix), ruleSet(words).rules.map(\.id))
    }

    /// Rule ids and tags, for `--select` and `--ignore`.
    static let rulesAndTags = CompletionKind.custom { words, _, prefix in
        let checked = ruleSet(words)
        return matching(unquoted(prefix), checked.rules.map(\.id) + checked.rules.flatMap(\.tags))
    }

    /// Subjects of the rule given before them (`explain RULE <TAB>`), from the portfolio on the line.
    static let subjects = CompletionKind.custom { words, index, prefix in
        let plain = words.map(unquoted)
        guard let path = plain.first(where: isPortfolio) else { return [] }
        let checked = ruleSet(words)
        guard let rule = plain.prefix(index).reversed().lazy.compactMap({ checked.rule($0) }).first else { return [] }
        var sources = SourceMap()
        guard let loaded = PortfolioLoader.load(path: path, sources: &sources).portfolio else { return [] }
        return Array(matching(unquoted(prefix), SubjectLookup.names(rule.subjectType, in: loaded)).prefix(500))
    }

    private static func ruleSet(_ words: [String]) -> CheckedRuleSet {
        let plain = words.map(unquoted)
        let path = plain.firstIndex(of: "--rules").flatMap { $0 + 1 < plain.count ? plain[$0 + 1] : nil }
            ?? plain.first { $0.hasPrefix("--rules=") }.map { String($0.dropFirst("--rules=".count)) }
        return (path.map { RuleSetChecker.check(path: $0) } ?? RuleSetChecker.checkShipped()).checked
    }

    private static func isPortfolio(_ word: String) -> Bool {
        [".json", ".yaml", ".yml"].contains { word.lowercased().hasSuffix($0) } && FileManager.default.fileExists(atPath: word)
    }

    /// A shell word without the quotes or backslashes that escape it.
    private static func unquoted(_ word: String) -> String {
        var out = ""
        var quote: Character?
        var escaped = false
        for character in word {
            if escaped { out.append(character); escaped = false; continue }
            if character == "\\" && quote != "'" { escaped = true; continue }
            if let open = quote {
                if character == open { quote = nil } else { out.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func matching(_ prefix: String, _ names: [String]) -> [String] {
        Array(Set(names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) })).sorted()
    }
}

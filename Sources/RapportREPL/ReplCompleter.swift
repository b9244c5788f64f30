import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// TAB completion for the REPL: what may come at the cursor, from the session's rules,
/// portfolio and files. Pure, so it is tested without a terminal.
public struct ReplCompleter {
    package let session: ReplSession

    public init(session: ReplSession) { self.session = session }

    /// The candidates for the text before `cursor` (a UTF-8 offset): each replaces the line
    /// from `start` (a UTF-8 offset) to the cursor.
    public func complete(_ line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let before = String(decoding: Array(line.utf8.prefix(cursor)), as: UTF8.self)
        if before.hasPrefix(":") && !session.isContinuing { return command(before) }
        return expression(before)
    }

    package func matching(_ prefix: String, _ names: [String]) -> [String] {
        Array(Set(names.filter { $0.hasPrefix(prefix) })).sorted()
    }

    package func command(_ before: String) -> (start: Int, candidates: [String]) {
        guard let space = before.firstIndex(of: " ") else {
            return (0, matching(before, ReplSession.commands.map { ":" + $0.name }))
        }
        let name = String(before[before.index(after: before.startIndex)..<space])
        let argumentStart = before.utf8.distance(from: before.utf8.startIndex, to: before.index(after: space))
        let argument = String(before[before.index(after: space)...])
        let portfolio = session.portfolio
        let checked = session.rules.checked
        switch name {
        case "why":
            let words = argument.split(separator: " ", omittingEmptySubsequences: false)
            if words.count <= 1 { return (argumentStart, matching(argument, checked.rules.map(\.id))) }
            guard let rule = checked.rule(String(words[0])) else { return (argumentStart, []) }
            let subjectStart = argumentStart + words[0].utf8.count + 1
            let typed = String(words.dropFirst().joined(separator: " "))
            let ids = SubjectLookup.names(rule.subjectType, in: portfolio)
            return (subjectStart, Array(matching(typed, ids).prefix(200)))
        case "coach":
            let names = portfolio.reps.map { portfolio.string($0.name) } + portfolio.reps.map { portfolio.string($0.id) }
            return (argumentStart, matching(argument, names))
        case "set":
            return (argumentStart, matching(argument, checked.params.map(\.name) + ["top", "rows"]))
        case "rules": return (argumentStart, matching(argument, checked.rules.flatMap(\.tags)))
        case "mode": return (argumentStart, matching(argument, ReplOutputMode.allCases.map(\.rawValue)))
        case "timing": return (argumentStart, matching(argument, ["on", "off"]))
        case "help": return (argumentStart, matching(argument, ReplHelp.topicNames + ReplSession.commands.map(\.name)))
        case "load": return (argumentStart, files(argument))
        default: return (argumentStart, [])
        }
    }

    /// Portfolio files and folders for `:load`: folders end in `/`.
    package func files(_ typed: String) -> [String] {
        let expanded = typed.hasPrefix("~/") ? NSHomeDirectory() + typed.dropFirst(1) : typed
        let slash = expanded.lastIndex(of: "/")
        let folder = slash.map { String(expanded[...$0]) } ?? ""
        let stem = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let shownFolder = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var out: [String] = []
        for name in names where name.hasPrefix(stem) && (!name.hasPrefix(".") || stem.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            if isFolder.boolValue { out.append(shownFolder + name + "/") }
            else if [".json", ".yaml", ".yml"].contains(where: name.lowercased().hasSuffix) { out.append(shownFolder + name) }
        }
        return out.sorted()
    }

    package static let keywords = ["where", "by", "desc", "and", "or", "not", "in", "is", "missing", "within", "last", "next",
                           "if", "then", "else", "any", "all", "no", "true", "false", "show", "let", "param", "define", "rule"]

    package func expression(_ before: String) -> (start: Int, candidates: [String]) {
        // The word at the cursor: a name, possibly after dots (`a.owner.na`).
        var wordStart = before.endIndex
        while wordStart > before.startIndex {
            let previous = before[before.index(before: wordStart)]
            guard previous.isLetter || previous.isNumber || previous == "_" || previous == "." else { break }
            wordStart = before.index(before: wordStart)
        }
        let word = String(before[wordStart...])
        let offset = before.utf8.distance(from: before.utf8.startIndex, to: wordStart)
        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            let fieldStart = offset + word.utf8.distance(from: word.utf8.startIndex, to: word.index(after: dot))
            let types = entityTypes(of: base, context: String(before[..<wordStart]))
            return (fieldStart, matching(partial, types.flatMap(fieldNames)))
        }
        let checked = session.rules.checked
        var names = Self.keywords + Builtins.collections + Builtins.functions.map(\.name) + Builtins.values.map(\.name)
        names += checked.params.map(\.name) + session.globals.map(\.name)
        names += checked.definitions.compactMap { $0.entity == nil ? String($0.name.prefix { $0 != "(" }) : nil }
        // After `where`, `by` or `show`, the element's fields are in scope by name.
        let context = String(before[..<wordStart])
        if let range = context.range(of: #"\b(where|by|show)\b"#, options: [.regularExpression, .backwards]) {
            let listText = String(context[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            names += entityTypes(of: listText, context: "").flatMap(fieldNames)
        }
        return (offset, matching(word, names))
    }

    /// The built-in, custom and computed fields of `type`.
    package func fieldNames(_ type: EntityType) -> [String] {
        let checked = session.rules.checked
        return Schema.fields(of: type).map(\.name) + (checked.customFields[type].map { Array($0.keys) } ?? [])
            + (checked.computedFields[type].map { Array($0.keys) } ?? [])
    }

    /// The entity type(s) `text` stands for: checked as an expression when it can be (so a
    /// field after `a.owner.` is a rep's); a binder of `for each`/`any … in` is looked up in
    /// `context`; otherwise every type, so completion still helps.
    package func entityTypes(of text: String, context: String) -> [EntityType] {
        if !text.isEmpty, let type = typeOf(text) { return [type] }
        let root = String(text.prefix { $0 != "." })
        let pattern = #"\b(?:any|all|no|each)\s+\#(root)\s+in\s+([a-z_.]+)"#
        if !root.isEmpty, let match = context.range(of: pattern, options: [.regularExpression, .backwards]) {
            let clause = context[match]
            if let collection = clause.split(separator: " ").last, let type = typeOf(String(collection)) {
                let rest = text.dropFirst(root.count)
                if rest.isEmpty { return [type] }
                let path = (Builtins.collections.contains(String(collection)) ? "first(\(collection))" : String(collection)) + rest
                if let nested = typeOf(path) { return [nested] }
            }
        }
        return EntityType.allCases
    }

    /// The entity type of `text` (or of its elements), when it checks.
    package func typeOf(_ text: String) -> EntityType? {
        var sources = session.rules.sources
        let file = sources.add(path: "<completion>", bytes: Array(text.utf8))
        guard let expr = Parser.parseStandaloneExpression(sources[file]).0 else { return nil }
        let globals = Dictionary(session.globals.map { ($0.name, $0.type) }, uniquingKeysWith: { $1 })
        guard let query = Checker.checkQuery(expr, ruleSet: session.rules.ruleSet, globals: globals).0 else { return nil }
        switch query.value.type {
        case .entity(let type), .list(.entity(let type)): return type
        default: return nil
        }
    }
}

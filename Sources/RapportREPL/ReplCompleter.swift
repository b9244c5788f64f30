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
        // The word at the cursor: the name being typed, without what comes before a dot.
        var wordStart = before.endIndex
        while wordStart > before.startIndex {
            let previous = before[before.index(before: wordStart)]
            guard previous.isLetter || previous.isNumber || previous == "_" else { break }
            wordStart = before.index(before: wordStart)
        }
        let word = String(before[wordStart...])
        let offset = before.utf8.distance(from: before.utf8.startIndex, to: wordStart)
        // Lines of a block typed so far: a rule's `for each account a` binds `a` for the lines after.
        let earlier = session.pending.joined(separator: "\n") + (session.pending.isEmpty ? "" : "\n")
        if wordStart > before.startIndex, before[before.index(before: wordStart)] == "." {
            let head = before[..<before.index(before: wordStart)]
            let base = Self.baseExpression(head)
            let context = earlier + String(head.dropLast(base.count))
            return (offset, matching(word, entityTypes(of: base, context: context).flatMap(fieldNames)))
        }
        let checked = session.rules.checked
        var names = Self.keywords + Builtins.collections + Builtins.functions.map(\.name) + Builtins.values.map(\.name)
        names += checked.params.map(\.name) + session.globals.map(\.name)
        names += checked.definitions.compactMap { $0.entity == nil ? String($0.name.prefix { $0 != "(" }) : nil }
        // Inside `where`, `by` or `show`, and in a define's body, the element's fields are in scope by name.
        if let element = implicitElement(earlier + String(before[..<wordStart])) { names += fieldNames(element.type) }
        return (offset, matching(word, names))
    }

    /// The expression that ends `text` (before a dot): names, dots, and calls or brackets with
    /// what they enclose, as in `first(accounts).owner` or `(leads where status == "new")`.
    package static func baseExpression(_ text: Substring) -> String {
        var start = text.endIndex
        var depth = 0
        var inString = false
        while start > text.startIndex {
            let previous = text[text.index(before: start)]
            if inString {
                if previous == "\"" { inString = false }
            } else if previous == "\"" {
                inString = true
            } else if previous == ")" || previous == "]" {
                depth += 1
            } else if previous == "(" || previous == "[" {
                guard depth > 0 else { break }
                depth -= 1
            } else if depth == 0 && !(previous.isLetter || previous.isNumber || previous == "_" || previous == ".") {
                break
            }
            start = text.index(before: start)
        }
        return String(text[start...])
    }

    /// The element in scope at the end of `context`, as an expression of its type, and the type:
    /// after `xs where`, `xs by` or `xs show` in the innermost open bracket, or in the body of
    /// `define ENTITY.name =`.
    package func implicitElement(_ context: String) -> (sample: String, type: EntityType)? {
        // The innermost bracket still open at the end.
        var depth = 0
        var scopeStart = context.startIndex
        var index = context.endIndex
        while index > context.startIndex {
            index = context.index(before: index)
            let character = context[index]
            if character == ")" || character == "]" { depth += 1 }
            if character == "(" || character == "[" {
                if depth == 0 { scopeStart = context.index(after: index); break }
                depth -= 1
            }
        }
        let scope = String(context[scopeStart...])
        if let keyword = scope.range(of: #"\b(where|by|show)\b"#, options: [.regularExpression, .backwards]) {
            let list = String(scope[..<keyword.lowerBound]).trimmingCharacters(in: .whitespaces)
            if let type = typeOf(list) { return ("first(\(list))", type) }
        }
        if let define = context.range(of: #"\bdefine\s+([a-z_]+)\.[a-z_]+\s*="#, options: [.regularExpression, .backwards]) {
            let entity = context[define].dropFirst("define".count).drop { $0 == " " }.prefix { $0 != "." }
            if let type = EntityType(rawValue: String(entity)) { return (Self.sample(type), type) }
        }
        return nil
    }

    /// The built-in, custom and computed fields of `type`.
    package func fieldNames(_ type: EntityType) -> [String] {
        let checked = session.rules.checked
        return Schema.fields(of: type).map(\.name) + (checked.customFields[type].map { Array($0.keys) } ?? [])
            + (checked.computedFields[type].map { Array($0.keys) } ?? [])
    }

    /// The entity type `text` stands for: checked as an expression when it can be (so a field
    /// after `a.owner.` is a rep's); a path from the element in scope (`where`, a define's
    /// body) or from a binder of `for each`/`any … in` in `context`; none when it is unknown.
    package func entityTypes(of text: String, context: String) -> [EntityType] {
        if !text.isEmpty, let type = typeOf(text) { return [type] }
        let root = String(text.prefix { $0 != "." && $0 != "(" })
        // A path from the element in scope (`owner.` after `accounts where`, `it.`): typed as a
        // path from the list's first element.
        if !text.isEmpty, let element = implicitElement(context) {
            let rest = root == "it" ? String(text.dropFirst(2)) : "." + text
            if rest.isEmpty { return [element.type] }
            if let type = typeOf(element.sample + rest) { return [type] }
        }
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
        // Unknown: nothing, rather than every entity's fields.
        return []
    }

    /// An expression of type `type`, to type a path that starts from one.
    package static func sample(_ type: EntityType) -> String {
        switch type {
        case .team: "team"
        case .account, .rep, .lead, .contact, .activity, .opportunity: "first(\(ValueType.entity(type).plural))"
        case .growthPlan: "first(accounts.growth_plan)"
        case .revenue: "first(accounts.revenue)"
        case .action: "first(accounts.growth_plan.actions)"
        case .proposal: "first(opportunities.proposal)"
        }
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

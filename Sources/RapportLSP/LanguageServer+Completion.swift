import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension LanguageServer {
    /// `textDocument/completion`, by what precedes the cursor: a format after `as` in a
    /// template's hole, a field after `.` (by the static type of what comes before), an allowed
    /// value inside `"` after `==`, a rule id after `test`, an entity after `for each`, and
    /// otherwise the names in scope: the rule's locals, params, defines, builtins with their
    /// signatures, collections and keywords.
    package func completion(_ context: DocumentContext, _ params: [String: Any]) -> Any {
        guard let offset = context.offset(params) else { return NSNull() }
        let bytes = context.file.bytes
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        let before = String(decoding: bytes[..<offset], as: UTF8.self)
        let items = completionItems(line: line, before: before, context: context, offset: offset)
        return ["isIncomplete": false, "items": items]
    }

    private func completionItems(line: String, before: String, context: DocumentContext, offset: Int) -> [[String: Any]] {
        let word = String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        func filtered(_ items: [[String: Any]]) -> [[String: Any]] {
            word.isEmpty ? items : items.filter { ($0["label"] as? String)?.hasPrefix(word) == true }
        }
        let code = Self.codePart(of: line)
        // Inside text: only a hole's expression, or an allowed value, completes.
        guard let code else {
            if let chain = Self.match(line, #"([A-Za-z_][\w.]*)\s*(?:==|!=)\s*"(\w*)$"#)?.first
                ?? Self.match(line, #"([A-Za-z_][\w.]*)\s+(?:not\s+)?in\s+\[[^\]]*"(\w*)$"#)?.first,
               case .enumeration(let kind)? = chainType(chain, context: context, before: before, offset: offset) {
                return filtered(kind.values.map { ["label": $0, "kind": 20, "detail": kind.rawValue] })
            }
            return []
        }
        if Self.match(code, #"\{[^{}]*\bas\s+(\w*)$"#) != nil {
            return filtered(Vocabulary.formats.map { ["label": $0, "kind": 12, "detail": "format"] })
        }
        if let chain = Self.match(code, #"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.(\w*)$"#)?.first {
            guard let type = chainType(chain, context: context, before: before, offset: offset),
                  let entity = Self.entity(of: type) else { return [] }
            return filtered(fieldItems(entity, context.analysis))
        }
        if Self.match(code, #"^\s*test\s+(\w*)$"#) != nil {
            return filtered(context.analysis.declarations.keys.compactMap { symbol -> [String: Any]? in
                guard case .rule(let id) = symbol else { return nil }
                return ["label": id, "kind": 23, "detail": "rule"]
            }.sorted { ($0["label"] as! String) < ($1["label"] as! String) })
        }
        if Self.match(code, #"^\s*for\s+each\s+(\w*)$"#) != nil {
            return filtered(Vocabulary.subjectTypes.map { ["label": $0, "kind": 7, "detail": "subject type"] })
        }
        if Self.match(code, #"^\s*(?:field|define)\s+(\w*)$"#) != nil {
            return filtered(Vocabulary.entityTypes.map { ["label": $0, "kind": 7, "detail": "entity"] })
        }
        if Self.match(code, #"^\s*severity\s+(\w*)$"#) != nil {
            return filtered(Vocabulary.severities.map { ["label": $0, "kind": 20, "detail": "severity"] })
        }
        if Self.match(code, #"^\s*field\s+\w+\.\w+\s*:\s*(\w*)$"#) != nil {
            return filtered(Vocabulary.fieldTypes.map { ["label": $0, "kind": 25, "detail": "field type"] })
        }
        return filtered(nameItems(code: code, before: before, context: context, offset: offset))
    }

    /// The code part of a line, when the cursor is not inside a string: the whole line outside
    /// strings, or the expression of the template hole the cursor is in (`"{a.na`).
    private static func codePart(of line: String) -> String? {
        var inString = false
        var holeStart: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if inString {
                if character == "\\" { index = line.index(after: index); if index == line.endIndex { break } }
                else if character == "{" { holeStart = index }
                else if character == "}" { holeStart = nil }
                else if character == "\"" && holeStart == nil { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "#" {
                return nil
            }
            index = line.index(after: index)
        }
        guard inString else { return line }
        return holeStart.map { String(line[$0...]) }
    }

    /// Fields of `entity`: the model's (with their docs), the rule set's declared and computed ones.
    private func fieldItems(_ entity: EntityType, _ analysis: Analysis) -> [[String: Any]] {
        var items: [[String: Any]] = Schema.fields(of: entity).map { info in
            ["label": info.name, "kind": 5, "detail": "\(info.type)", "documentation": info.doc]
        }
        for (symbol, _) in analysis.declarations {
            switch symbol {
            case .field(entity, let name):
                let type = analysis.result.checked.customFields[entity]?[name]
                items.append(["label": name, "kind": 5, "detail": type.map { "\($0) (declared field)" } ?? "declared field"])
            case .computed(entity, let name):
                let type = analysis.occurrences.first { $0.isDeclaration && $0.symbol == symbol }?.type
                items.append(["label": name, "kind": 10, "detail": type.map { "\($0) (define)" } ?? "define"])
            default: continue
            }
        }
        return items.sorted { ($0["label"] as! String) < ($1["label"] as! String) }
    }

    /// Names usable in an expression here.
    private func nameItems(code: String, before: String, context: DocumentContext, offset: Int) -> [[String: Any]] {
        var items: [[String: Any]] = []
        var seen: Set<String> = []
        func add(_ label: String, _ kind: Int, _ detail: String, _ documentation: String? = nil) {
            guard seen.insert(label).inserted else { return }
            var item: [String: Any] = ["label": label, "kind": kind, "detail": detail]
            if let documentation { item["documentation"] = documentation }
            items.append(item)
        }
        // The enclosing rule's locals, typed when a check has seen them.
        let rule = Self.enclosingDeclaration(before)
        for local in Self.locals(in: rule) {
            let type = localType(local, context: context, offset: offset)
            add(local, 6, type.map { "\($0)" } ?? "local")
        }
        // In a `where`, `by` or `show` over a list of entities, that entity's fields by name.
        if let chain = Self.match(code, #"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s+(?:where|by)\s+[^:]*$"#)?.first,
           let type = chainType(chain, context: context, before: before, offset: offset), let entity = Self.entity(of: type) {
            for item in fieldItems(entity, context.analysis) { add(item["label"] as! String, 5, item["detail"] as! String) }
            add("it", 6, "each \(entity.rawValue)")
        }
        let analysis = context.analysis
        for symbol in analysis.declarations.keys.sorted(by: { "\($0)" < "\($1)" }) {
            switch symbol {
            case .param(let name):
                let type = analysis.result.checked.params.first { $0.name == name }?.type
                add(name, 21, "param" + (type.map { ": \($0)" } ?? ""), paramDecl(name, in: analysis).map { "default " + analysis.text($0.value.span) })
            case .function(let name):
                let parameters = defineDecl(name, in: analysis)?.parameters?.map(\.text).joined(separator: ", ") ?? ""
                add(name, 3, "define \(name)(\(parameters))")
            default: continue
            }
        }
        for builtin in Builtins.functions { add(builtin.name, 3, builtin.signature, builtin.doc) }
        for value in Builtins.values { add(value.name, 21, "builtin", value.doc) }
        for collection in Builtins.collections { add(collection, 6, Schema.collections[collection].map { "\($0)" } ?? "collection") }
        let keywords = Keyword.allCases.map(\.rawValue) + Vocabulary.ruleClauses + Vocabulary.testClauses
            + ["each", "missing", "present", "last", "next", "before", "after", "desc", "days", "weeks", "months", "quarters", "years"]
        for keyword in keywords { add(keyword, 14, "keyword") }
        return items
    }

    /// The text of the declaration the cursor is in: from the last line starting a top-level
    /// declaration up to the cursor.
    private static func enclosingDeclaration(_ before: String) -> Substring {
        let starts = ["rule ", "define ", "param ", "test ", "field ", "import "]
        var lineStart = before.endIndex
        while lineStart > before.startIndex {
            let previous = before[..<lineStart].lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            if starts.contains(where: { before[previous...].hasPrefix($0) }) { return before[previous...] }
            guard previous > before.startIndex else { break }
            lineStart = before.index(before: previous)
        }
        return before[before.startIndex...]
    }

    /// Names a declaration binds before the cursor: the subject, lets, binders, parameters.
    private static func locals(in text: Substring) -> [String] {
        let source = String(text)
        var names: [String] = []
        for pattern in [#"\bfor\s+each\s+\w+\s+(\w+)"#, #"(?m)^\s*let\s+(\w+)"#, #"\b(?:any|all|no)\s+(\w+)\s+in\b"#] {
            names += matches(source, pattern)
        }
        if let parameters = match(source, #"^define\s+\w+\s*\(([^)]*)\)"#)?.first {
            names += parameters.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return names
    }

    /// The type of a chain of names (`a.owner`) before the cursor.
    private func chainType(_ chain: String, context: DocumentContext, before: String, offset: Int) -> ValueType? {
        let parts = chain.split(separator: ".").map(String.init)
        guard let head = parts.first, var type = headType(head, context: context, before: before, offset: offset) else { return nil }
        for member in parts.dropFirst() {
            guard let entity = Self.entity(of: type), let field = memberType(entity, member, context.analysis) else { return nil }
            if case .list = type, case .list = field { type = field }
            else if case .list = type { type = .list(field) }
            else { type = field }
        }
        return type
    }

    private func headType(_ name: String, context: DocumentContext, before: String, offset: Int) -> ValueType? {
        let declaration = Self.enclosingDeclaration(before)
        if let match = Self.match(String(declaration), #"\bfor\s+each\s+(\w+)\s+(\w+)"#), match.count == 2, match[1] == name {
            return EntityType(rawValue: match[0]).map { .entity($0) }
        }
        if name == "it", let entity = Self.match(String(declaration), #"^define\s+(\w+)\.\w+"#)?.first {
            return EntityType(rawValue: entity).map { .entity($0) }
        }
        if let type = localType(name, context: context, offset: offset) { return type }
        if let type = Schema.collections[name] { return type }
        return context.analysis.result.checked.params.first { $0.name == name }?.type
    }

    /// The type a check gave the local `name` declared nearest before `offset` in this
    /// document: in the current check, or in the last one where the document parsed.
    private func localType(_ name: String, context: DocumentContext, offset: Int) -> ValueType? {
        for analysis in [context.analysis, lastParsed[context.uri]].compactMap({ $0 }) {
            guard let file = analysis.file(at: context.path) else { continue }
            let candidates = analysis.occurrences.filter { occurrence in
                guard occurrence.isDeclaration, occurrence.span.file == file.id, occurrence.span.start < offset,
                      case .local = occurrence.symbol, occurrence.type != nil, occurrence.type != .error else { return false }
                return analysis.text(occurrence.span) == name
            }
            if let nearest = candidates.max(by: { $0.span.start < $1.span.start }) { return nearest.type }
        }
        return nil
    }

    private func memberType(_ entity: EntityType, _ name: String, _ analysis: Analysis) -> ValueType? {
        if let info = Schema.field(name, of: entity) { return info.type }
        if let type = analysis.result.checked.customFields[entity]?[name] { return type }
        return analysis.occurrences.first { $0.isDeclaration && $0.symbol == .computed(entity, name) }?.type
    }

    private static func entity(of type: ValueType) -> EntityType? {
        switch type {
        case .entity(let entity), .list(.entity(let entity)): entity
        default: nil
        }
    }

    /// The capture groups of `pattern`'s first match in `text`, or nil.
    private static func match(_ text: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<max(1, found.numberOfRanges)).compactMap { Range(found.range(at: $0), in: text).map { String(text[$0]) } }
    }

    /// The first capture group of every match of `pattern` in `text`.
    private static func matches(_ text: String, _ pattern: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Why a rename was refused.
package struct RenameRefusal: Error {
    package let message: String
}

extension LanguageServer {
    /// `textDocument/definition`: where the name under the cursor is declared; an import's path
    /// leads to the file it names.
    package func definition(_ context: DocumentContext, _ params: [String: Any]) -> Any {
        guard let offset = context.offset(params) else { return NSNull() }
        let analysis = context.analysis
        if let (_, target) = analysis.importTarget(at: offset, in: context.file.id) {
            guard FileManager.default.fileExists(atPath: target) || analysis.file(at: target) != nil else { return NSNull() }
            return ["uri": Self.uri(of: target), "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]]
        }
        guard let occurrence = analysis.occurrence(at: offset, in: context.file.id),
              let declared = analysis.declarations[occurrence.symbol] else { return NSNull() }
        return context.location(declared)
    }

    /// `textDocument/references`: every use of the name under the cursor in the rule set (and its
    /// declaration when `context.includeDeclaration`); on an import, every import of that file.
    package func references(_ context: DocumentContext, _ params: [String: Any]) -> Any {
        guard let offset = context.offset(params) else { return NSNull() }
        let analysis = context.analysis
        if let (_, target) = analysis.importTarget(at: offset, in: context.file.id) {
            return analysis.imports.filter { $0.target == target }.map { context.location($0.span) }
        }
        guard let occurrence = analysis.occurrence(at: offset, in: context.file.id) else { return NSNull() }
        let includeDeclaration = (params["context"] as? [String: Any])?["includeDeclaration"] as? Bool ?? true
        return analysis.occurrences(of: occurrence.symbol)
            .filter { includeDeclaration || !$0.isDeclaration }
            .map { context.location($0.span) }
    }

    /// `textDocument/prepareRename`: the name's range when it can be renamed, else null.
    package func prepareRename(_ context: DocumentContext, _ params: [String: Any]) -> Any {
        guard let offset = context.offset(params), let occurrence = context.analysis.occurrence(at: offset, in: context.file.id),
              Self.isRenamable(occurrence.symbol, in: context.analysis) else { return NSNull() }
        return ["range": Positions.range(occurrence.span, in: context.file), "placeholder": context.analysis.text(occurrence.span)]
    }

    /// `textDocument/rename`: the edits renaming a define, param, let (or other local), rule or
    /// declared field everywhere in the rule set. A name the language reserves, one already
    /// taken, or something declared by the portfolio model is refused with the reason.
    package func rename(_ context: DocumentContext, _ params: [String: Any]) -> Result<[String: Any], RenameRefusal> {
        guard let offset = context.offset(params), let newName = params["newName"] as? String else {
            return .failure(RenameRefusal(message: "rename needs a position and a new name"))
        }
        let analysis = context.analysis
        guard let occurrence = analysis.occurrence(at: offset, in: context.file.id) else {
            return .failure(RenameRefusal(message: "there is no name to rename here"))
        }
        guard Self.isRenamable(occurrence.symbol, in: analysis) else {
            return .failure(RenameRefusal(message: "`\(analysis.text(occurrence.span))` belongs to the language or the portfolio model and cannot be renamed"))
        }
        guard Self.isIdentifier(newName) else {
            return .failure(RenameRefusal(message: "`\(newName)` is not a name: use letters, digits and `_`, starting with a letter or `_`"))
        }
        guard !Vocabulary.allKeywords.contains(newName) else {
            return .failure(RenameRefusal(message: "`\(newName)` is a keyword of the rule language"))
        }
        if let clash = clash(newName, for: occurrence.symbol, in: analysis) {
            return .failure(RenameRefusal(message: clash))
        }
        var changes: [String: [[String: Any]]] = [:]
        for use in analysis.occurrences(of: occurrence.symbol) {
            let location = context.location(use.span)
            guard let uri = location["uri"] as? String else { continue }
            changes[uri, default: []].append(["range": location["range"]!, "newText": newName])
        }
        return .success(["changes": changes])
    }

    /// A reason `newName` would collide with another name of the same kind, or nil.
    private func clash(_ newName: String, for symbol: RuleSymbol, in analysis: Analysis) -> String? {
        let taken: RuleSymbol? = switch symbol {
        case .param: .param(newName)
        case .function: .function(newName)
        case .computed(let entity, _): .computed(entity, newName)
        case .field(let entity, _): .field(entity, newName)
        case .rule: .rule(newName)
        case .local, .builtin, .collection: nil
        }
        if let taken, analysis.declarations[taken] != nil { return "`\(newName)` is already declared in this rule set" }
        if case .local(let declared) = symbol {
            let enclosing = analysis.result.ruleSet.files.first { $0.file == declared.file }?.declarations
                .first { $0.span.start <= declared.start && declared.end <= $0.span.end }?.span
            let taken = analysis.occurrences.contains { occurrence in
                guard occurrence.isDeclaration, case .local = occurrence.symbol, let enclosing, occurrence.span.file == enclosing.file,
                      enclosing.start <= occurrence.span.start, occurrence.span.end <= enclosing.end else { return false }
                return analysis.text(occurrence.span) == newName
            }
            if taken { return "`\(newName)` already names something in this declaration" }
            if analysis.declarations[.param(newName)] != nil || Schema.collections[newName] != nil {
                return "`\(newName)` would hide the \(Schema.collections[newName] != nil ? "collection" : "param") of that name"
            }
        }
        if case .computed(let entity, _) = symbol, Schema.field(newName, of: entity) != nil {
            return "\(entity.rawValue) already has a field `\(newName)`"
        }
        if case .field(let entity, _) = symbol, Schema.field(newName, of: entity) != nil {
            return "\(entity.rawValue) already has a field `\(newName)`"
        }
        if case .function = symbol, Builtins.function(named: newName) != nil { return "`\(newName)` is a builtin function" }
        if case .param = symbol, Schema.collections[newName] != nil { return "`\(newName)` names a collection of the portfolio" }
        return nil
    }

    private static func isRenamable(_ symbol: RuleSymbol, in analysis: Analysis) -> Bool {
        switch symbol {
        case .local, .param, .function, .computed, .rule: true
        case .field(let entity, let name): Schema.field(name, of: entity) == nil && analysis.declarations[symbol] != nil
        case .builtin, .collection: false
        }
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// `textDocument/documentSymbol`: the file's declarations, each rule with its lets.
    package func documentSymbols(_ context: DocumentContext) -> [[String: Any]] {
        guard let file = context.analysis.result.ruleSet.files.first(where: { $0.file == context.file.id }) else { return [] }
        return file.declarations.compactMap { declaration in
            guard let (name, kind, selection, detail) = Self.outline(declaration) else { return nil }
            var symbol: [String: Any] = ["name": name, "kind": kind, "detail": detail,
                                         "range": Positions.range(declaration.span, in: context.file),
                                         "selectionRange": Positions.range(selection, in: context.file)]
            if case .rule(let rule) = declaration {
                symbol["children"] = rule.lets.map { clause -> [String: Any] in
                    ["name": clause.name.text, "kind": 13, "detail": "let",
                     "range": Positions.range(clause.span, in: context.file),
                     "selectionRange": Positions.range(clause.name.span, in: context.file)]
                }
            }
            return symbol
        }
    }

    /// Name, LSP symbol kind, the name's span and a detail for a declaration.
    private static func outline(_ declaration: Declaration) -> (String, Int, Span, String)? {
        switch declaration {
        case .import(let d): (d.path, 2, d.pathSpan, "import")
        case .param(let d): (d.name.text, 14, d.name.span, "param")
        case .field(let d): ("\(d.entity.text).\(d.name.text)", 8, d.name.span, "field: \(d.type.text)")
        case .define(let d): (d.qualifiedName, d.entity == nil ? 12 : 7, d.name.span, "define")
        case .rule(let d): (d.id.text, 5, d.id.span, ["rule", d.severity?.text, d.subject.map { "for each \($0.type.text)" }]
                .compactMap { $0 }.joined(separator: " "))
        case .test(let d): ("test \(d.rule.text)", 6, d.rule.span, "test")
        }
    }

    /// `workspace/symbol`: the declarations of every rule file under the workspace's folders
    /// whose name holds `query`'s letters in order (any case). Files are parsed, not checked.
    package func workspaceSymbols(query: String) -> [[String: Any]] {
        let wanted = query.lowercased()
        func matches(_ name: String) -> Bool {
            var rest = Substring(wanted)
            for character in name.lowercased() where character == rest.first { rest = rest.dropFirst() }
            return rest.isEmpty
        }
        var out: [[String: Any]] = []
        for path in ruleFilePaths() {
            var sources = SourceMap()
            let text = documents[Self.uri(of: path)] ?? (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let id = sources.add(path: path, bytes: Array(text.utf8))
            let parsed = Parser.parse(sources[id])
            for declaration in parsed.ast.declarations {
                guard let (name, kind, selection, _) = Self.outline(declaration), matches(name) else { continue }
                out.append(["name": name, "kind": kind,
                            "location": ["uri": Self.uri(of: path), "range": Positions.range(selection, in: sources[id])],
                            "containerName": (path as NSString).lastPathComponent])
                if out.count >= 1000 { return out }
            }
        }
        return out
    }

    /// Every `.rapport` file under the workspace's folders (hidden and build folders skipped),
    /// and every open document.
    private func ruleFilePaths() -> [String] {
        var paths = Set(documents.texts.keys.map(Self.path(of:)))
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name == "node_modules" { walker.skipDescendants(); continue }
                if name.hasSuffix(".rapport") { paths.insert(root + "/" + relative) }
                if paths.count > 10_000 { break }
            }
        }
        return paths.sorted()
    }
}

import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// One name in a rule file and what it stands for: a declaration or a use.
package struct Occurrence: Sendable {
    /// The name as written.
    package let span: Span
    package let symbol: RuleSymbol
    /// Its type there, when the checker knew it.
    package let type: ValueType?
    /// True where the symbol is declared.
    package let isDeclaration: Bool
}

/// A rule set (the `.rapport` files of one folder, as open in the editor or else as on disk)
/// parsed and checked, with every name resolved: what diagnostics, hover, completion,
/// navigation and rename read. Built again after each change; cheap next to a keystroke.
package final class Analysis: @unchecked Sendable {
    /// The folder of the rule set.
    package let folder: String
    /// The check of the whole folder.
    package let result: CheckResult
    /// Every declaration and resolved use, by file then position.
    package let occurrences: [Occurrence]
    /// Where each symbol is declared.
    package let declarations: [RuleSymbol: Span]
    /// Each `import`: the span of its path and the file it names.
    package let imports: [(span: Span, target: String)]

    /// Checks the rule set made of `files` (file name → text) in `folder`, reusing the parses
    /// of unchanged files from `parseCache`.
    package init(folder: String, files: [String: String], parseCache: ParseCache? = nil) {
        self.folder = folder
        var timings = StageTimings()
        let result = RuleSetChecker.check(path: folder, fileSystem: MemoryFileSystem(root: folder, files: files),
                                          parseCache: parseCache, timings: &timings)
        self.result = result
        var found: [Occurrence] = []
        var declared: [RuleSymbol: Span] = [:]
        var imports: [(Span, String)] = []
        func declare(_ symbol: RuleSymbol, _ span: Span, _ type: ValueType? = nil) {
            if declared[symbol] == nil { declared[symbol] = span }
            found.append(Occurrence(span: span, symbol: symbol, type: type, isDeclaration: true))
        }
        for (file, path) in zip(result.ruleSet.files, result.ruleSet.paths) {
            for declaration in file.declarations {
                switch declaration {
                case .import(let d):
                    let name = d.path.hasSuffix(".rapport") ? d.path : d.path + ".rapport"
                    imports.append((d.pathSpan, RuleSetLoader.join(RuleSetLoader.parent(of: path), name)))
                case .param(let d):
                    declare(.param(d.name.text), d.name.span, result.checked.params.first { $0.name == d.name.text }?.type)
                case .field(let d):
                    if let entity = EntityType(rawValue: d.entity.text) {
                        declare(.field(entity, d.name.text), d.name.span, result.checked.customFields[entity]?[d.name.text])
                    }
                case .define(let d):
                    if let entityName = d.entity {
                        guard let entity = EntityType(rawValue: entityName.text) else { continue }
                        let type = result.checked.computedFields[entity]?[d.name.text].map { result.checked.definitions[$0].body.type }
                        declare(.computed(entity, d.name.text), d.name.span, type)
                    } else {
                        declare(.function(d.name.text), d.name.span)
                    }
                case .rule(let d):
                    declare(.rule(d.id.text), d.id.span)
                case .test(let d):
                    found.append(Occurrence(span: d.rule.span, symbol: .rule(d.rule.text), type: nil, isDeclaration: false))
                }
            }
        }
        // A function's body is checked once per argument types: keep the first use of a span.
        var seen = Set(found.map(\.span))
        for use in result.checked.symbols where seen.insert(use.span).inserted {
            let isDeclaration: Bool = if case .local(let at) = use.symbol { at == use.span } else { false }
            if isDeclaration { declared[use.symbol] = use.span }
            found.append(Occurrence(span: use.span, symbol: use.symbol, type: use.type, isDeclaration: isDeclaration))
        }
        occurrences = found.sorted { ($0.span.file.index, $0.span.start) < ($1.span.file.index, $1.span.start) }
        declarations = declared
        self.imports = imports
    }

    /// The source file at `path`, when it is part of the rule set.
    package func file(at path: String) -> SourceFile? {
        result.sources.files.first { $0.path == path }
    }

    /// The occurrence whose name holds `offset` (or ends right at it, as a cursor after a name).
    package func occurrence(at offset: Int, in file: FileID) -> Occurrence? {
        let inFile = occurrences.filter { $0.span.file == file }
        return inFile.first { $0.span.start <= offset && offset < $0.span.end }
            ?? inFile.first { $0.span.end == offset && $0.span.start < offset }
    }

    /// The import whose path holds `offset`.
    package func importTarget(at offset: Int, in file: FileID) -> (span: Span, target: String)? {
        imports.first { $0.span.file == file && $0.span.start <= offset && offset <= $0.span.end }
    }

    /// Every occurrence of `symbol`: its declaration and its uses.
    package func occurrences(of symbol: RuleSymbol) -> [Occurrence] {
        occurrences.filter { $0.symbol == symbol }
    }

    /// The text of `span`.
    package func text(_ span: Span) -> String {
        result.sources[span.file].text(of: span)
    }
}

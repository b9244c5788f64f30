import Foundation

/// A rule set read from disk: every file parsed, imports resolved, in dependency order.
public struct LoadedRuleSet: Sendable {
    /// The folder imports may not leave.
    public let root: String
    /// Parsed files, each after the files it imports.
    public let files: [RuleFile]
    /// Where each file lives on disk, indexed like `files`.
    public let paths: [String]
    /// Problems found while reading, parsing and resolving imports.
    public let diagnostics: [Diagnostic]
}

/// Reads a rule set (a `.rapport` file or a folder of them) and follows its imports.
public struct RuleSetLoader {
    /// All files read so far; diagnostics point into it.
    public private(set) var sources: SourceMap

    /// Creates a loader that adds the files it reads to `sources`.
    public init(sources: SourceMap = SourceMap()) { self.sources = sources }

    private enum VisitState { case inProgress, done }

    /// Loads the rule set at `path`.
    ///
    /// A folder contributes its `.rapport` files in name order (not its subfolders); a single
    /// file contributes itself. Imports are relative to the importing file, `.rapport` implied,
    /// and may not leave the root (the folder, or the single file's folder).
    public mutating func load(path: String) -> LoadedRuleSet {
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return LoadedRuleSet(root: path, files: [], paths: [], diagnostics: [
                Diagnostic(.error, code: "io.not_found", message: "no such file or folder: \(path)", path: path),
            ])
        }
        let root = isDirectory.boolValue ? path : RuleSetLoader.parent(of: path)
        var entries: [String] = []
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            entries = names.filter { $0.hasSuffix(".rapport") }.sorted().map { RuleSetLoader.join(path, $0) }
            if entries.isEmpty {
                diagnostics.append(Diagnostic(.error, code: "io.empty_rule_set",
                                              message: "\(path) holds no .rapport files", path: path))
            }
        } else {
            entries = [path]
        }
        var walk = ImportWalk(root: root, canonicalRoot: RuleSetLoader.canonical(root))
        for entry in entries { walk.visit(entry, chain: [], via: nil, loader: &self) }
        return LoadedRuleSet(root: root, files: walk.files, paths: walk.paths, diagnostics: diagnostics + walk.diagnostics)
    }

    /// Depth-first traversal of imports with cycle detection.
    private struct ImportWalk {
        let root: String
        let canonicalRoot: String
        var state: [String: VisitState] = [:]
        var files: [RuleFile] = []
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []

        init(root: String, canonicalRoot: String) {
            self.root = root
            self.canonicalRoot = canonicalRoot
        }

        mutating func visit(_ path: String, chain: [String], via importSpan: Span?, loader: inout RuleSetLoader) {
            let key = RuleSetLoader.canonical(path)
            switch state[key] {
            case .done: return
            case .inProgress:
                let names = (chain + [path]).map(RuleSetLoader.fileName)
                diagnostics.append(Diagnostic.error("import.circular", "circular import: \(names.joined(separator: " → "))",
                                                    at: importSpan!, label: "imports a file that imports this one",
                                                    help: ["move what both files need into a third file that both import"]))
                return
            case nil: break
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path)", path: path))
                state[key] = .done
                return
            }
            state[key] = .inProgress
            let id = loader.sources.add(path: path, bytes: [UInt8](data))
            let parsed = Parser.parse(loader.sources[id])
            diagnostics += parsed.diagnostics
            for case .import(let decl) in parsed.ast.declarations {
                guard let target = resolve(decl, from: path, chain: chain + [path]) else { continue }
                visit(target, chain: chain + [path], via: decl.pathSpan, loader: &loader)
            }
            state[key] = .done
            files.append(parsed.ast)
            paths.append(path)
        }

        /// The path an import names, or nil after reporting why it cannot be used.
        mutating func resolve(_ decl: ImportDecl, from importer: String, chain: [String]) -> String? {
            let name = decl.path.hasSuffix(".rapport") ? decl.path : decl.path + ".rapport"
            let folder = RuleSetLoader.parent(of: importer)
            let target = RuleSetLoader.normalize(name.hasPrefix("/") ? name : RuleSetLoader.join(folder, name))
            let canonicalTarget = RuleSetLoader.canonical(target)
            guard canonicalTarget.hasPrefix(canonicalRoot + "/") else {
                diagnostics.append(.error("import.outside_root", "`\(decl.path)` is outside the rule set's folder",
                                          at: decl.pathSpan, label: "leaves \(root)",
                                          notes: ["a rule set only imports files inside its own folder, so it can be copied as a whole"]))
                return nil
            }
            guard FileManager.default.fileExists(atPath: target) else {
                let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: RuleSetLoader.parent(of: target))) ?? [])
                    .filter { $0.hasSuffix(".rapport") }.map { String($0.dropLast(".rapport".count)) }
                let base = String(RuleSetLoader.fileName(name).dropLast(".rapport".count))
                var diagnostic = Diagnostic.error(
                    "import.not_found", "cannot find `\(RuleSetLoader.fileName(name))` to import",
                    at: decl.pathSpan, label: "no such file in \(RuleSetLoader.parent(of: target) == "." ? "this folder" : RuleSetLoader.parent(of: target) + "/")",
                    notes: chain.count > 1 ? ["import chain: \((chain.map(RuleSetLoader.fileName) + [RuleSetLoader.fileName(name)]).joined(separator: " → "))"] : [])
                if let suggestion = NameSuggester.suggest(base, from: siblings) {
                    diagnostic = diagnostic.suggesting(suggestion, quoted: true)
                }
                diagnostics.append(diagnostic)
                return nil
            }
            return target
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func fileName(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Removes `.` and resolves `..` lexically, keeping the path relative when it was.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// An absolute path with symbolic links resolved, for identity and containment checks.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

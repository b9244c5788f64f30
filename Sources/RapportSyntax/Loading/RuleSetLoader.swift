import Foundation
import RapportBase

/// A rule set read from disk: every file parsed, imports resolved, in dependency order.
public struct LoadedRuleSet: Sendable {
    /// The folder imports may not leave.
    public let root: String
    /// Parsed files, each after the files it imports.
    public let files: [RuleFile]
    /// Where each file lives on disk, indexed like `files`.
    public let paths: [String]
    /// The files given (or found in the folder given), as opposed to files only imported.
    public var entryPaths: [String] = []
    /// Problems found while reading, parsing and resolving imports.
    public let diagnostics: [Diagnostic]

    package init(root: String, files: [RuleFile], paths: [String], entryPaths: [String] = [], diagnostics: [Diagnostic]) {
        self.root = root
        self.files = files
        self.paths = paths
        self.entryPaths = entryPaths
        self.diagnostics = diagnostics
    }
}

/// Where rule files come from: the disk, or the rule pack built into the binary.
public protocol RuleFileSystem: Sendable {
    /// Whether `path` exists, and whether it is a folder.
    func kind(of path: String) -> (exists: Bool, isFolder: Bool)
    /// The names in folder `path`.
    func names(in path: String) -> [String]
    /// The bytes of file `path`, or why it cannot be read.
    func read(_ path: String) -> Result<[UInt8], FileReader.Failure>
    /// An identity for `path` (symbolic links resolved on disk).
    func canonical(_ path: String) -> String
}

/// Rule files on disk.
public struct DiskFileSystem: RuleFileSystem {
    public init() {}

    public func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory.boolValue)
    }

    public func names(in path: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] }

    public func read(_ path: String) -> Result<[UInt8], FileReader.Failure> {
        do throws(FileReader.Failure) { return .success(try FileReader.read(path)) } catch { return .failure(error) }
    }

    public func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// Rule files held in memory under one folder (the shipped pack).
public struct MemoryFileSystem: RuleFileSystem {
    /// The folder the files are in, as shown in messages.
    public let root: String
    /// File name → text.
    public let files: [String: String]

    public init(root: String, files: [String: String]) {
        self.root = root
        self.files = files
    }

    public func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        if path == root { return (true, true) }
        return (files[RuleSetLoader.fileName(path)] != nil && RuleSetLoader.parent(of: path) == root, false)
    }

    public func names(in path: String) -> [String] { path == root ? Array(files.keys) : [] }

    public func read(_ path: String) -> Result<[UInt8], FileReader.Failure> {
        guard RuleSetLoader.parent(of: path) == root, let text = files[RuleSetLoader.fileName(path)] else {
            return .failure(FileReader.Failure(reason: "no such file"))
        }
        return .success(Array(text.utf8))
    }

    public func canonical(_ path: String) -> String { "/" + RuleSetLoader.normalize(path) }
}

/// Reads a rule set (a `.rapport` file or a folder of them) and follows its imports.
public struct RuleSetLoader {
    /// All files read so far; diagnostics point into it.
    public private(set) var sources: SourceMap
    /// Where files are read from.
    public let fileSystem: any RuleFileSystem
    /// Seconds spent parsing, of the whole load (the rest is reading files and following imports).
    public private(set) var parseSeconds: Double = 0
    /// Parses kept from an earlier load of the same rule set, reused for unchanged files.
    public var parseCache: ParseCache?

    /// Creates a loader that adds the files it reads to `sources`.
    public init(sources: SourceMap = SourceMap(), fileSystem: any RuleFileSystem = DiskFileSystem()) {
        self.sources = sources
        self.fileSystem = fileSystem
    }

    private enum VisitState { case inProgress, done }

    /// Loads the rule set at `path`.
    ///
    /// A folder contributes its `.rapport` files in name order (not its subfolders); a single
    /// file contributes itself. Imports are relative to the importing file, `.rapport` implied,
    /// and may not leave the root (the folder, or the single file's folder).
    public mutating func load(path: String) -> LoadedRuleSet {
        var diagnostics: [Diagnostic] = []
        let (exists, isFolder) = fileSystem.kind(of: path)
        guard exists else {
            return LoadedRuleSet(root: path, files: [], paths: [], diagnostics: [
                Diagnostic(.error, code: "io.not_found", message: "no such file or folder: \(path)", path: path),
            ])
        }
        let root = isFolder ? path : RuleSetLoader.parent(of: path)
        var entries: [String] = []
        if isFolder {
            let names = fileSystem.names(in: path)
            entries = names.filter { $0.hasSuffix(".rapport") }.sorted().map { RuleSetLoader.join(path, $0) }
            // A link to a file elsewhere is not part of the folder's rule set (its lines would
            // show in messages as if they were).
            let canonicalFolder = fileSystem.canonical(path)
            entries = entries.filter { entry in
                if fileSystem.canonical(entry).hasPrefix(canonicalFolder + "/") { return true }
                diagnostics.append(Diagnostic(.warning, code: "io.link_outside",
                                              message: "\(entry) links to a file outside \(path); it is not read", path: entry))
                return false
            }
            if entries.isEmpty {
                diagnostics.append(Diagnostic(.error, code: "io.empty_rule_set",
                                              message: "\(path) holds no .rapport files", path: path))
            }
        } else {
            entries = [path]
        }
        var walk = ImportWalk(root: root, canonicalRoot: fileSystem.canonical(root), fileSystem: fileSystem)
        for entry in entries { walk.visit(entry, chain: [], via: nil, loader: &self) }
        var loaded = LoadedRuleSet(root: root, files: walk.files, paths: walk.paths, diagnostics: diagnostics + walk.diagnostics)
        loaded.entryPaths = entries
        return loaded
    }

    /// Depth-first traversal of imports with cycle detection.
    private struct ImportWalk {
        package let root: String
        package let canonicalRoot: String
        package let fileSystem: any RuleFileSystem
        package var state: [String: VisitState] = [:]
        package var files: [RuleFile] = []
        package var paths: [String] = []
        package var diagnostics: [Diagnostic] = []

        package init(root: String, canonicalRoot: String, fileSystem: any RuleFileSystem) {
            self.root = root
            self.canonicalRoot = canonicalRoot
            self.fileSystem = fileSystem
        }

        package mutating func visit(_ path: String, chain: [String], via importSpan: Span?, loader: inout RuleSetLoader) {
            let key = fileSystem.canonical(path)
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
            let data: [UInt8]
            switch fileSystem.read(path) {
            case .success(let bytes): data = bytes
            case .failure(let failure):
                diagnostics.append(Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path): \(failure.reason)", path: path))
                state[key] = .done
                return
            }
            state[key] = .inProgress
            let id = loader.sources.add(path: path, bytes: data)
            let started = DispatchTime.now().uptimeNanoseconds
            let parsed = loader.parseCache?.parse(loader.sources[id]) ?? Parser.parse(loader.sources[id])
            loader.parseSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
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
        package mutating func resolve(_ decl: ImportDecl, from importer: String, chain: [String]) -> String? {
            let name = decl.path.hasSuffix(".rapport") ? decl.path : decl.path + ".rapport"
            let folder = RuleSetLoader.parent(of: importer)
            let target = RuleSetLoader.normalize(name.hasPrefix("/") ? name : RuleSetLoader.join(folder, name))
            let canonicalTarget = fileSystem.canonical(target)
            guard canonicalTarget.hasPrefix(canonicalRoot + "/") else {
                diagnostics.append(.error("import.outside_root", "`\(decl.path)` is outside the rule set's folder",
                                          at: decl.pathSpan, label: "leaves \(root)",
                                          notes: ["a rule set only imports files inside its own folder, so it can be copied as a whole"]))
                return nil
            }
            guard fileSystem.kind(of: target).exists else {
                let siblings = fileSystem.names(in: RuleSetLoader.parent(of: target))
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

    package static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    package static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func fileName(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Removes `.` and resolves `..` lexically, keeping the path relative when it was.
    package static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

}

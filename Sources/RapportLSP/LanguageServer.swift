import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// The language server's core (`rapport lsp`): a JSON-RPC message in, the messages to send
/// back out (responses and notifications). Pure apart from reading the rule files of an open
/// document's folder (and the workspace's, for workspace symbols), so it is tested without a
/// client. docs/editors.md lists what it answers.
public final class LanguageServer {
    /// Open documents by URI.
    package var documents = Documents()
    /// Checked rule sets by folder, dropped when a file of the folder changes.
    private var analyses: [String: Analysis] = [:]
    /// Parses of each folder's files, reused while a file does not change.
    private var parseCaches: [String: ParseCache] = [:]
    /// The last analysis of each document in which it parsed: completion reads the types of
    /// names from it while the document is half typed.
    package var lastParsed: [String: Analysis] = [:]
    /// Documents whose diagnostics are out of date, in the order they changed.
    private var stale: [String] = []
    /// Requests cancelled before they were answered.
    private var cancelled: Set<String> = []
    /// The workspace's folders (from `initialize`), searched by workspace symbols.
    package var roots: [String] = []
    private var shuttingDown = false
    /// Set by `exit`: 0 after `shutdown`, 1 without (as the protocol asks).
    public private(set) var exitCode: Int32?
    /// When true, a change does not publish diagnostics at once: ``publishStaleDiagnostics()``
    /// does, once the client has stopped sending (`rapport lsp` calls it when its queue is
    /// empty), so fast typing is checked once, not once per keystroke.
    public var defersDiagnostics = false

    public init() {}

    /// The messages answering `message` (a decoded JSON-RPC object).
    public func handle(_ message: [String: Any]) -> [[String: Any]] {
        let method = message["method"] as? String
        let id = message["id"]
        let params = message["params"] as? [String: Any] ?? [:]
        guard let method else {
            // A response from the client, or a message without a method: nothing to do for a
            // notification, an error for a request.
            return id.map { [error(id: $0, code: -32600, "a request needs a method")] } ?? []
        }
        if shuttingDown && method != "exit" {
            return id.map { [error(id: $0, code: -32600, "the server is shutting down")] } ?? []
        }
        if let id, cancelled.remove(Self.key(id)) != nil {
            return [error(id: id, code: -32800, "the request was cancelled")]
        }
        switch method {
        case "initialize":
            roots = Self.roots(params)
            return [response(id: id, ["capabilities": Self.capabilities,
                                      "serverInfo": ["name": "rapport", "version": RapportVersion.described]] as [String: Any])]
        case "initialized", "$/setTrace", "workspace/didChangeConfiguration", "textDocument/didSave": return []
        case "$/cancelRequest":
            if let cancelledID = params["id"] { cancelled.insert(Self.key(cancelledID)) }
            return []
        case "shutdown":
            shuttingDown = true
            return [response(id: id, NSNull())]
        case "exit":
            exitCode = shuttingDown ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
                  let text = document["text"] as? String else { return [] }
            documents.open(uri, text: text, version: document["version"] as? Int)
            return changed(uri)
        case "textDocument/didChange":
            guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
                  let changes = params["contentChanges"] as? [[String: Any]] else { return [] }
            guard documents.change(uri, changes, version: document["version"] as? Int) else { return [] }
            return changed(uri)
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return [] }
            documents.close(uri)
            lastParsed[uri] = nil
            stale.removeAll { $0 == uri }
            _ = changed(uri)
            return [notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])]
                + (defersDiagnostics ? [] : publishStaleDiagnostics())
        case "workspace/didChangeWatchedFiles":
            analyses.removeAll()
            stale.append(contentsOf: documents.texts.keys.sorted())
            return defersDiagnostics ? [] : publishStaleDiagnostics()
        case "workspace/symbol":
            return [response(id: id, workspaceSymbols(query: params["query"] as? String ?? ""))]
        default:
            guard let id else { return [] }   // an unknown notification is ignored
            guard Self.documentMethods.contains(method) else { return [error(id: id, code: -32601, "unknown method \(method)")] }
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else {
                return [error(id: id, code: -32602, "\(method) needs a textDocument")]
            }
            guard let context = context(uri) else {
                return [error(id: id, code: -32602, "\(uri) is neither open nor a readable rule file")]
            }
            return [documentRequest(method, context, params, id: id) ?? error(id: id, code: -32601, "unknown method \(method)")]
        }
    }

    /// What the server offers, for `initialize`.
    private static var capabilities: [String: Any] { [
        "positionEncoding": "utf-16",
        "textDocumentSync": ["openClose": true, "change": 2, "save": false] as [String: Any],
        "documentFormattingProvider": true,
        "hoverProvider": true,
        "completionProvider": ["triggerCharacters": [".", "\"", " "], "resolveProvider": false] as [String: Any],
        "definitionProvider": true,
        "referencesProvider": true,
        "renameProvider": ["prepareProvider": true],
        "documentSymbolProvider": true,
        "workspaceSymbolProvider": true,
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
    ] }

    private static let documentMethods: Set<String> = [
        "textDocument/formatting", "textDocument/hover", "textDocument/completion", "textDocument/definition",
        "textDocument/references", "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol",
        "textDocument/codeAction",
    ]

    /// Requests about one document, by method; nil for a method the server does not know.
    private func documentRequest(_ method: String, _ context: DocumentContext, _ params: [String: Any], id: Any) -> [String: Any]? {
        switch method {
        case "textDocument/formatting": return response(id: id, formatting(context))
        case "textDocument/hover": return response(id: id, hover(context, params))
        case "textDocument/completion": return response(id: id, completion(context, params))
        case "textDocument/definition": return response(id: id, definition(context, params))
        case "textDocument/references": return response(id: id, references(context, params))
        case "textDocument/prepareRename": return response(id: id, prepareRename(context, params))
        case "textDocument/rename":
            switch rename(context, params) {
            case .success(let edit): return response(id: id, edit)
            case .failure(let refusal): return error(id: id, code: -32602, refusal.message)
            }
        case "textDocument/documentSymbol": return response(id: id, documentSymbols(context))
        case "textDocument/codeAction": return response(id: id, codeActions(context, params))
        default: return nil
        }
    }

    /// Diagnostics for every open document whose rule set changed since they were last sent.
    public func publishStaleDiagnostics() -> [[String: Any]] {
        var sent: Set<String> = []
        var out: [[String: Any]] = []
        for uri in stale where sent.insert(uri).inserted && documents[uri] != nil {
            guard let context = context(uri) else { continue }
            out.append(notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": diagnostics(context)]))
        }
        stale.removeAll()
        return out
    }

    /// After a document changed: its folder's rule set is checked again, and every open
    /// document of that folder gets new diagnostics (a define removed here breaks a rule there).
    private func changed(_ uri: String) -> [[String: Any]] {
        let folder = Self.folder(of: uri)
        analyses[folder] = nil
        stale.append(uri)
        stale.append(contentsOf: documents.texts.keys.filter { $0 != uri && Self.folder(of: $0) == folder }.sorted())
        return defersDiagnostics ? [] : publishStaleDiagnostics()
    }

    /// The document at `uri` with its rule set checked; nil when it is neither open nor a file
    /// on disk.
    package func context(_ uri: String) -> DocumentContext? {
        let path = Self.path(of: uri)
        let folder = Self.folder(of: uri)
        if documents[uri] == nil && !FileManager.default.isReadableFile(atPath: path) { return nil }
        let analysis: Analysis
        if let cached = analyses[folder] {
            analysis = cached
        } else {
            let cache = parseCaches[folder] ?? ParseCache()
            parseCaches[folder] = cache
            analysis = Analysis(folder: folder, files: ruleFiles(in: folder), parseCache: cache)
            analyses[folder] = analysis
        }
        guard let file = analysis.file(at: path) else { return nil }
        let context = DocumentContext(uri: uri, path: path, analysis: analysis, file: file)
        if !analysis.result.ruleSet.diagnostics.contains(where: { $0.primarySpan?.file == file.id && $0.severity == .error }) {
            lastParsed[uri] = analysis
        }
        return context
    }

    /// The rule files of `folder`: as open in the editor, else as on disk.
    private func ruleFiles(in folder: String) -> [String: String] {
        var files: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".rapport") {
            if let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) { files[name] = text }
        }
        for (uri, text) in documents.texts where Self.folder(of: uri) == folder {
            files[(Self.path(of: uri) as NSString).lastPathComponent] = text
        }
        return files
    }

    /// The path of a `file://` URI. A buffer not saved yet (`untitled:Untitled-1`) is a rule
    /// set of its own, in a folder of its own that is not on disk.
    package static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else {
            let safe = String(uri.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
            return "/rapport-unsaved/\(safe)/" + (safe.hasSuffix("_rapport") ? String(safe.dropLast(8)) : safe) + ".rapport"
        }
        return URL(string: uri)?.path ?? String(uri.dropFirst("file://".count))
    }

    /// The `file://` URI of a path.
    package static func uri(of path: String) -> String { URL(fileURLWithPath: path).absoluteString }

    package static func folder(of uri: String) -> String { (path(of: uri) as NSString).deletingLastPathComponent }

    /// The workspace folders `initialize` names (`workspaceFolders`, else `rootUri`, else `rootPath`).
    private static func roots(_ params: [String: Any]) -> [String] {
        if let folders = params["workspaceFolders"] as? [[String: Any]] {
            let uris = folders.compactMap { $0["uri"] as? String }
            if !uris.isEmpty { return uris.map(path(of:)) }
        }
        if let root = params["rootUri"] as? String { return [path(of: root)] }
        if let root = params["rootPath"] as? String { return [root] }
        return []
    }

    /// A request id as a set key (ids are numbers or strings).
    private static func key(_ id: Any) -> String { (id as? String).map { "s:" + $0 } ?? "n:\(id)" }

    package func response(id: Any?, _ result: Any) -> [String: Any] { ["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result] }

    package func error(id: Any?, code: Int, _ message: String) -> [String: Any] {
        ["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message] as [String: Any]]
    }

    package func notification(_ method: String, _ params: [String: Any]) -> [String: Any] {
        ["jsonrpc": "2.0", "method": method, "params": params]
    }
}

/// A document a request is about, with its rule set checked.
package struct DocumentContext {
    package let uri: String
    package let path: String
    package let analysis: Analysis
    package let file: SourceFile

    /// The byte offset of the request's `position`, or nil when it has none.
    package func offset(_ params: [String: Any]) -> Int? { Positions.offset(params["position"], in: file.bytes) }

    /// The LSP location of `span` (in whichever file of the rule set it is).
    package func location(_ span: Span) -> [String: Any] {
        let source = analysis.result.sources[span.file]
        // The client's own spelling of this document's URI, so it recognises it.
        let uri = source.path == path ? self.uri : LanguageServer.uri(of: source.path)
        return ["uri": uri, "range": Positions.range(span, in: source)]
    }
}

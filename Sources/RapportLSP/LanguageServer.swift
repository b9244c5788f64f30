import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// The language server's core (`rapport lsp`): a JSON-RPC message in, the messages to send
/// back out (responses and notifications). Pure apart from reading the other rule files of an
/// open document's folder, so it is tested without a client. This first part answers
/// `initialize`, `shutdown` and `exit`, keeps open documents in full sync, publishes
/// diagnostics as the text changes (parse, names, types, rule-set warnings, with codes), and
/// formats a document as `rapport fmt` does.
public final class LanguageServer {
    /// Open documents by URI.
    private var documents: [String: String] = [:]
    private var shuttingDown = false
    /// Set by `exit`: 0 after `shutdown`, 1 without (as the protocol asks).
    public private(set) var exitCode: Int32?

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
        switch method {
        case "initialize":
            return [response(id: id, [
                "capabilities": [
                    "textDocumentSync": ["openClose": true, "change": 1],
                    "documentFormattingProvider": true,
                ] as [String: Any],
                "serverInfo": ["name": "rapport", "version": RapportVersion.described],
            ])]
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": return []
        case "shutdown":
            shuttingDown = true
            return [response(id: id, NSNull())]
        case "exit":
            exitCode = shuttingDown ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
                  let text = document["text"] as? String else { return [] }
            documents[uri] = text
            return [diagnostics(uri)]
        case "textDocument/didChange":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String,
                  let text = (params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String else { return [] }
            documents[uri] = text
            return [diagnostics(uri)]
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return [] }
            documents[uri] = nil
            return [notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])]
        case "textDocument/formatting":
            guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String, let text = documents[uri] else {
                return [error(id: id, code: -32602, "the document is not open")]
            }
            return [response(id: id, formatting(uri, text))]
        default:
            // An unknown notification is ignored; an unknown request is answered as such.
            return id.map { [error(id: $0, code: -32601, "unknown method \(method)")] } ?? []
        }
    }

    /// The path of a `file://` URI.
    package static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        return URL(string: uri)?.path ?? String(uri.dropFirst("file://".count))
    }

    /// `textDocument/publishDiagnostics` for the document at `uri`, checked with the other rule
    /// files of its folder (as read from disk, or as open in the editor).
    private func diagnostics(_ uri: String) -> [String: Any] {
        let path = Self.path(of: uri)
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var files: [String: String] = [:]
        for other in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where other.hasSuffix(".rapport") {
            if let text = try? String(contentsOfFile: folder + "/" + other, encoding: .utf8) { files[other] = text }
        }
        for (openURI, text) in documents where (Self.path(of: openURI) as NSString).deletingLastPathComponent == folder {
            files[(Self.path(of: openURI) as NSString).lastPathComponent] = text
        }
        files[name] = documents[uri] ?? ""
        let result = RuleSetChecker.check(path: folder, fileSystem: MemoryFileSystem(root: folder, files: files))
        var items: [[String: Any]] = []
        for diagnostic in result.diagnostics {
            guard let span = diagnostic.primarySpan, span.file.index < result.sources.files.count,
                  result.sources[span.file].path == folder + "/" + name || result.sources[span.file].path == path else { continue }
            let file = result.sources[span.file]
            var item: [String: Any] = [
                "range": Self.range(span, in: file),
                "severity": diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3,
                "code": diagnostic.code,
                "source": "rapport",
                "message": ([diagnostic.message] + diagnostic.notes + diagnostic.help).joined(separator: "\n"),
            ]
            let related = diagnostic.labels.filter { !$0.isPrimary && $0.span.file.index < result.sources.files.count }
            if !related.isEmpty {
                item["relatedInformation"] = related.map { label -> [String: Any] in
                    let other = result.sources[label.span.file]
                    return ["location": ["uri": URL(fileURLWithPath: other.path).absoluteString, "range": Self.range(label.span, in: other)],
                            "message": label.message]
                }
            }
            items.append(item)
        }
        return notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": items])
    }

    /// The whole document replaced by its formatted text, or no edit when it does not parse or
    /// is formatted already.
    private func formatting(_ uri: String, _ text: String) -> [[String: Any]] {
        var sources = SourceMap()
        let id = sources.add(path: Self.path(of: uri), bytes: Array(text.utf8))
        let parsed = Parser.parse(sources[id])
        guard !parsed.diagnostics.hasErrors else { return [] }
        let formatted = RuleFormatter.format(parsed, source: sources[id])
        guard formatted != text else { return [] }
        let end = Self.position(sources[id].bytes.count, in: sources[id])
        return [["range": ["start": ["line": 0, "character": 0], "end": end], "newText": formatted]]
    }

    /// An LSP range: lines from 0, characters in UTF-16 code units, as the protocol requires.
    package static func range(_ span: Span, in file: SourceFile) -> [String: Any] {
        ["start": position(span.start, in: file), "end": position(max(span.start, span.end), in: file)]
    }

    package static func position(_ offset: Int, in file: SourceFile) -> [String: Any] {
        let clamped = min(max(0, offset), file.bytes.count)
        let line = file.lineIndex(of: clamped)
        let start = file.lineStarts[line]
        let prefix = String(decoding: file.bytes[start..<clamped], as: UTF8.self)
        return ["line": line, "character": prefix.utf16.count]
    }

    private func response(id: Any?, _ result: Any) -> [String: Any] { ["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result] }

    private func error(id: Any?, code: Int, _ message: String) -> [String: Any] {
        ["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message] as [String: Any]]
    }

    private func notification(_ method: String, _ params: [String: Any]) -> [String: Any] {
        ["jsonrpc": "2.0", "method": method, "params": params]
    }
}

import Foundation
import RapportCore

/// The language server on any text: each input is opened as a rule file (in a folder that is
/// not on disk, so nothing is read), every request is asked at positions taken from the input
/// (inside, at the edges and past the end), an incremental edit cuts the middle out, and the
/// requests are asked again. Every request must get exactly one answer.
enum LSPTargets {
    static let uri = "file:///rapport-fuzz-not-on-disk/draft.rapport"
    static let methods = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
                          "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol",
                          "textDocument/codeAction", "textDocument/formatting"]

    static func lsp(_ bytes: [UInt8]) {
        let server = LanguageServer()
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                           "params": ["textDocument": ["uri": uri, "languageId": "rapport", "version": 1, "text": text]]])
        var positions: [[String: Any]] = [["line": 0, "character": 0], ["line": lines, "character": 0], ["line": lines + 5, "character": 3]]
        for index in stride(from: 0, to: bytes.count - 1, by: max(2, bytes.count / 12)) {
            positions.append(["line": Int(bytes[index]) % (lines + 1), "character": Int(bytes[index + 1]) % 90])
        }
        var id = 0
        func ask() {
            for position in positions {
                for method in methods {
                    id += 1
                    let replies = server.handle(["jsonrpc": "2.0", "id": id, "method": method, "params": [
                        "textDocument": ["uri": uri], "position": position, "newName": "renamed",
                        "range": ["start": ["line": 0, "character": 0], "end": position],
                        "context": ["includeDeclaration": true, "diagnostics": [Any]()],
                        "options": ["tabSize": 2, "insertSpaces": true],
                    ] as [String: Any]])
                    FuzzTargets.require(replies.count == 1 && replies[0]["id"] as? Int == id,
                                        "\(method) at \(position) got \(replies.count) answers")
                }
            }
        }
        ask()
        let cut: [String: Any] = ["range": ["start": positions[positions.count / 2], "end": positions.last!], "text": "a."]
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange",
                           "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [cut]]])
        ask()
        _ = server.handle(["jsonrpc": "2.0", "id": 0, "method": "workspace/symbol", "params": ["query": String(text.prefix(3))]])
    }
}

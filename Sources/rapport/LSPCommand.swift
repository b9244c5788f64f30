import ArgumentParser
import Foundation
import RapportCore

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "A language server for rule files, over standard input and output (the Language Server Protocol).",
        discussion: """
        Editors start it and speak JSON-RPC with it: diagnostics as you type, completion, hover, \
        go to definition, references, rename, symbols, quick fixes and formatting \
        (docs/editors.md).
        """
    )

    func run() throws {
        let server = LanguageServer()
        server.defersDiagnostics = true
        let queue = MessageQueue()
        // Reading on its own thread: a cancellation overtakes what it cancels, and the server
        // sees when the client pauses.
        Thread.detachNewThread {
            var reader = MessageReader { FileHandle.standardInput.availableData }
            while let message = reader.next() { queue.push(message) }
            queue.finish()
        }
        func send(_ message: [String: Any]) { FileHandle.standardOutput.write(MessageReader.frame(message)) }
        while let message = queue.pop() {
            switch message {
            case .malformed(let reason):
                send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": reason] as [String: Any]])
            case .object(let object):
                // A request sees the rule set as it is now: its diagnostics go first (the check
                // they need is the one the request needs too).
                if object["id"] != nil && object["method"] != nil { server.publishStaleDiagnostics().forEach(send) }
                for reply in server.handle(object) { send(reply) }
            }
            if let code = server.exitCode { throw ExitCode(code) }
            // The client has stopped sending: check what changed, once.
            if queue.isEmpty { server.publishStaleDiagnostics().forEach(send) }
        }
        // The client went away without `exit`.
        throw ExitCode(1)
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "A language server for rule files, over standard input and output (the Language Server Protocol).",
        discussion: """
        Editors start it and speak JSON-RPC with it: diagnostics as you type (with codes) and \
        formatting as `rapport fmt` does, so far (docs/editors.md).
        """
    )

    func run() throws {
        let server = LanguageServer()
        var reader = MessageReader { FileHandle.standardInput.availableData }
        func send(_ message: [String: Any]) { FileHandle.standardOutput.write(MessageReader.frame(message)) }
        while let message = reader.next() {
            switch message {
            case .malformed(let reason):
                send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": reason] as [String: Any]])
            case .object(let object):
                for reply in server.handle(object) { send(reply) }
            }
            if let code = server.exitCode { throw ExitCode(code) }
        }
        // The client went away without `exit`.
        throw ExitCode(1)
    }
}

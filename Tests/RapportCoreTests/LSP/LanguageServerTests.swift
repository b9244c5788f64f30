import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportEngine
@testable import RapportLSP

/// The language server's core, message by message (issue #24, first part).
final class LanguageServerTests: XCTestCase {
    var folder: TemporaryFolder!
    var server: LanguageServer!

    override func setUp() {
        folder = TemporaryFolder()
        server = LanguageServer()
    }

    private var uri: String { URL(fileURLWithPath: folder.path + "/draft.rapport").absoluteString }

    private func open(_ text: String) -> [[String: Any]] {
        server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                       "params": ["textDocument": ["uri": uri, "languageId": "rapport", "version": 1, "text": text]]])
    }

    private func diagnostics(_ messages: [[String: Any]]) -> [[String: Any]] {
        ((messages.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
    }

    func testInitializeAnnouncesWhatTheServerDoes() throws {
        let reply = try XCTUnwrap(server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:] as [String: Any]]).first)
        let capabilities = try XCTUnwrap((reply["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        XCTAssertEqual(capabilities["documentFormattingProvider"] as? Bool, true)
        XCTAssertEqual((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int, 2, "incremental sync")
        for provider in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "workspaceSymbolProvider"] {
            XCTAssertEqual(capabilities[provider] as? Bool, true, provider)
        }
        XCTAssertNotNil(capabilities["completionProvider"])
        XCTAssertNotNil(capabilities["renameProvider"])
        XCTAssertNotNil(capabilities["codeActionProvider"])
    }

    func testDiagnosticsAsTheTextChangesInUTF16Positions() throws {
        // "Zoë 😀" before the mistake: 6 UTF-16 units, 9 bytes.
        let text = "rule r\n  severity warning\n  for each account a\n  when a.name == \"Zoë 😀\" or a.teir == \"key\"\n  advise \"x\"\nend\n"
        let first = diagnostics(open(text))
        XCTAssertEqual(first.count, 1)
        XCTAssertEqual(first[0]["code"] as? String, "type.unknown_field")
        let range = try XCTUnwrap(first[0]["range"] as? [String: Any])
        let start = try XCTUnwrap(range["start"] as? [String: Any])
        XCTAssertEqual(start["line"] as? Int, 3)
        let prefix = "  when a.name == \"Zoë 😀\" or a."
        XCTAssertEqual(start["character"] as? Int, prefix.utf16.count, "UTF-16 units, not bytes or characters")
        let fixed = text.replacingOccurrences(of: "teir", with: "tier")
        let changed = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange",
                                     "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": fixed]]]])
        XCTAssertEqual(diagnostics(changed).count, 0)
        let closed = server.handle(["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": uri]]])
        XCTAssertEqual(diagnostics(closed).count, 0)
    }

    func testImportsResolveAgainstTheOtherFilesOfTheFolder() {
        folder.write("shared.rapport", "define account.big = potential > 100000\n")
        let text = "import \"shared\"\nrule r\n  severity info\n  for each account a\n  when a.big\n  advise \"x\"\nend\n"
        XCTAssertEqual(diagnostics(open(text)).count, 0)
        XCTAssertEqual(diagnostics(open(text.replacingOccurrences(of: "a.big", with: "a.bigg"))).count, 1)
    }

    func testFormattingIsRapportFmt() throws {
        _ = open("rule r\n  severity info\n  for each account a\n  when a.potential > 1\n  advise \"x\"\nend\n")
        let reply = try XCTUnwrap(server.handle(["jsonrpc": "2.0", "id": 7, "method": "textDocument/formatting",
                                                  "params": ["textDocument": ["uri": uri], "options": [:] as [String: Any]]]).first)
        let edits = try XCTUnwrap(reply["result"] as? [[String: Any]])
        XCTAssertEqual(edits.first?["newText"] as? String,
                       "rule r\n  severity info\n  for each account a\n  when     a.potential > 1\n  advise   \"x\"\nend\n")
        let notOpen = try XCTUnwrap(server.handle(["jsonrpc": "2.0", "id": 8, "method": "textDocument/formatting",
                                                    "params": ["textDocument": ["uri": "file:///nowhere.rapport"]]]).first)
        XCTAssertEqual((notOpen["error"] as? [String: Any])?["code"] as? Int, -32602)
    }

    func testUnknownMethodsShutdownAndExit() {
        let unknown = server.handle(["jsonrpc": "2.0", "id": 3, "method": "workspace/nothing"])
        XCTAssertEqual((unknown.first?["error"] as? [String: Any])?["code"] as? Int, -32601)
        XCTAssertTrue(server.handle(["jsonrpc": "2.0", "method": "workspace/nothing"]).isEmpty, "an unknown notification is ignored")
        _ = server.handle(["jsonrpc": "2.0", "id": 4, "method": "shutdown"])
        let after = server.handle(["jsonrpc": "2.0", "id": 5, "method": "initialize"])
        XCTAssertEqual((after.first?["error"] as? [String: Any])?["code"] as? Int, -32600, "nothing but exit after shutdown")
        _ = server.handle(["jsonrpc": "2.0", "method": "exit"])
        XCTAssertEqual(server.exitCode, 0)
        let abrupt = LanguageServer()
        _ = abrupt.handle(["jsonrpc": "2.0", "method": "exit"])
        XCTAssertEqual(abrupt.exitCode, 1, "exit without shutdown")
    }

    func testFramesAreReadWholeAndMalformedOnesReported() {
        var chunks = [MessageReader.frame(["jsonrpc": "2.0", "id": 1, "method": "a"]) + Data("Content-Len".utf8),
                      Data("gth: 2\r\n\r\n{}".utf8), Data("Content-Length: 5\r\n\r\n{oops".utf8), Data("X: 1\r\n\r\n".utf8)]
        var reader = MessageReader { chunks.isEmpty ? Data() : chunks.removeFirst() }
        guard case .object(let first)? = reader.next() else { return XCTFail("a whole message") }
        XCTAssertEqual(first["method"] as? String, "a")
        guard case .object(let second)? = reader.next() else { return XCTFail("a message split across reads") }
        XCTAssertTrue(second.isEmpty)
        guard case .malformed? = reader.next() else { return XCTFail("not JSON") }
        guard case .malformed? = reader.next() else { return XCTFail("no Content-Length") }
        XCTAssertNil(reader.next(), "the end of the stream")
    }
}

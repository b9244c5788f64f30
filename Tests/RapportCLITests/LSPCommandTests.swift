import Foundation
import XCTest

/// `rapport lsp` as an editor starts it: framed JSON-RPC on standard input and output.
final class LSPCommandTests: XCTestCase {
    private func frame(_ object: [String: Any]) throws -> Data {
        let body = try JSONSerialization.data(withJSONObject: object)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func testASessionFromInitializeToExit() throws {
        let uri = URL(fileURLWithPath: CLI.repoRoot + "/Rules/leads.rapport").absoluteString
        let text = try String(contentsOfFile: CLI.repoRoot + "/Rules/leads.rapport", encoding: .utf8)
        var input = Data()
        for message: [String: Any] in [
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as [String: Any]]],
            ["jsonrpc": "2.0", "method": "initialized", "params": [:] as [String: Any]],
            ["jsonrpc": "2.0", "method": "textDocument/didOpen",
             "params": ["textDocument": ["uri": uri, "languageId": "rapport", "version": 1, "text": text]]],
            ["jsonrpc": "2.0", "id": 2, "method": "textDocument/formatting", "params": ["textDocument": ["uri": uri], "options": [:] as [String: Any]]],
            ["jsonrpc": "2.0", "id": 3, "method": "shutdown"],
            ["jsonrpc": "2.0", "method": "exit"],
        ] { input += try frame(message) }
        let result = try CLI.run(["lsp"], input: String(decoding: input, as: UTF8.self))
        XCTAssertEqual(result.status, 0, result.stderr)
        var replies: [[String: Any]] = []
        var rest = Data(result.stdout.utf8)
        while let end = rest.range(of: Data("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self)
            let length = try XCTUnwrap(Int(header.replacingOccurrences(of: "Content-Length: ", with: "")))
            let body = rest[end.upperBound..<(end.upperBound + length)]
            replies.append(try XCTUnwrap(JSONSerialization.jsonObject(with: body) as? [String: Any]))
            rest = Data(rest[(end.upperBound + length)...])
        }
        XCTAssertEqual(replies.count, 4, "initialize, diagnostics, formatting, shutdown")
        XCTAssertEqual(replies[1]["method"] as? String, "textDocument/publishDiagnostics")
        XCTAssertEqual(((replies[1]["params"] as? [String: Any])?["diagnostics"] as? [Any])?.count, 0, "the shipped rules are clean")
        XCTAssertEqual((replies[2]["result"] as? [Any])?.count, 0, "the shipped rules are formatted")
        XCTAssertTrue(replies[3]["result"] is NSNull)
    }
}

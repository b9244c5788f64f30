import Foundation
import XCTest
@testable import RapportLSP
import RapportModel

/// Hover, completion, navigation, rename, symbols, quick fixes, incremental sync and
/// cancellation on a small workspace of two files (issue #24).
final class LanguageServerFeatureTests: XCTestCase {
    var folder: TemporaryFolder!
    var server: LanguageServer!

    static let common = """
        param dark_after = 90 days

        define account.last_touch = max(activities.date)

        define share(part, whole) = part / whole

        """
    static let rules = """
        import "common"

        rule dark_key_account
          title    "Key account gone dark"
          severity warning
          for each account a
          let last = a.last_touch
          when     a.tier == "key" and last before today - dark_after
          advise   "{a.name} has had no contact since {last as date}; {share(1, 2) as percent}."
        end

        """

    override func setUp() {
        folder = TemporaryFolder()
        server = LanguageServer()
        folder.write("common.rapport", Self.common)
        folder.write("rules.rapport", Self.rules)
        _ = server.handle(["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["rootUri": uri("")]])
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                           "params": ["textDocument": ["uri": uri("rules.rapport"), "languageId": "rapport", "version": 1, "text": Self.rules]]])
    }

    private func uri(_ name: String) -> String { URL(fileURLWithPath: folder.path + "/" + name).absoluteString }

    /// The LSP position of the `occurrence`th `text` (its first character, plus `offset`).
    private func position(of text: String, in source: String = rules, occurrence: Int = 1, offset: Int = 0) -> [String: Any] {
        var range = source.startIndex..<source.startIndex
        for _ in 0..<occurrence { range = source.range(of: text, range: range.upperBound..<source.endIndex)! }
        let before = source[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let lineStart = before.lastIndex(of: "\n").map { source.index(after: $0) } ?? source.startIndex
        return ["line": line, "character": source[lineStart..<range.lowerBound].utf16.count + offset]
    }

    private func request(_ method: String, _ params: [String: Any], file: String = "rules.rapport", id: Int = 1) -> [String: Any] {
        var params = params
        params["textDocument"] = ["uri": uri(file)]
        return server.handle(["jsonrpc": "2.0", "id": id, "method": method, "params": params]).first ?? [:]
    }

    private func hover(_ text: String, occurrence: Int = 1, file: String = "rules.rapport", source: String = rules) -> String {
        let reply = request("textDocument/hover", ["position": position(of: text, in: source, occurrence: occurrence, offset: 1)], file: file)
        return (((reply["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String) ?? "no hover"
    }

    /// The completion labels (with details) at the end of `line`, added to the rule before `when`.
    private func labels(_ line: String) -> [String: String] {
        let text = Self.rules.replacingOccurrences(of: "  when     a.tier", with: "  \(line)\n  when     a.tier")
        change(to: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lineIndex = lines.firstIndex { $0.hasPrefix("  \(line)") }!
        let reply = request("textDocument/completion", ["position": ["line": lineIndex, "character": (("  " + line) as String).utf16.count]])
        let items = ((reply["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        return Dictionary(items.map { ($0["label"] as! String, ($0["detail"] as? String) ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    private func change(to text: String, version: Int = 2) {
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange",
                           "params": ["textDocument": ["uri": uri("rules.rapport"), "version": version], "contentChanges": [["text": text]]]])
    }

    func testHoverGivesTypesAndDocs() {
        XCTAssertTrue(hover("tier").contains("account.tier : a tier"), hover("tier"))
        XCTAssertTrue(hover("dark_after").contains("param dark_after = 90 days"), hover("dark_after"))
        XCTAssertTrue(hover("dark_after").contains("a duration"), hover("dark_after"))
        XCTAssertTrue(hover("last_touch").contains("define account.last_touch = max(activities.date)"), hover("last_touch"))
        XCTAssertTrue(hover("last", occurrence: 3).contains("let last = a.last_touch"), hover("last", occurrence: 3))
        XCTAssertTrue(hover("share").contains("define share(part, whole) = part / whole"), hover("share"))
        XCTAssertTrue(hover("a.last_touch").contains("The rule's subject"), hover("a.last_touch"))
        let maxHover = hover("max", file: "common.rapport", source: Self.common)
        XCTAssertTrue(maxHover.contains("max(xs)"), maxHover)
        XCTAssertEqual(hover("dark_key_account").contains("**Key account gone dark**"), true, hover("dark_key_account"))
    }

    func testCompletionByContext() {
        let fields = labels("let x = a.")
        XCTAssertEqual(fields["tier"], "a tier")
        XCTAssertNotNil(fields["last_touch"], "a define of the rule set")
        XCTAssertNil(fields["dark_after"], "only fields after a dot")
        let ownerFields = labels("let x = a.owner.na")
        XCTAssertEqual(Array(ownerFields.keys), ["name"])
        let letFields = labels("let x = last")
        XCTAssertNotNil(letFields["last"], "the let before it")
        let values = labels("let x = a.tier == \"")
        XCTAssertEqual(Set(values.keys), Set(EnumKind.tier.values), "the allowed values of `tier`")
        let names = labels("let x = sh")
        XCTAssertEqual(names["share"], "define share(part, whole)")
        let builtins = labels("let x = perc")
        XCTAssertEqual(builtins["percentile"], "percentile(xs, p)")
        let params = labels("let x = dark")
        XCTAssertEqual(params["dark_after"], "param: a duration")
        let formats = labels("advise \"{a.potential as m")
        XCTAssertEqual(Array(formats.keys), ["money"])
        XCTAssertTrue(labels("advise \"plain text, no hole ").isEmpty, "nothing inside text")
    }

    func testDefinitionReferencesAndImports() throws {
        let definition = request("textDocument/definition", ["position": position(of: "dark_after", offset: 2)])
        let location = try XCTUnwrap(definition["result"] as? [String: Any])
        XCTAssertEqual(location["uri"] as? String, uri("common.rapport"))
        XCTAssertEqual(((location["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int, 0)
        let letDefinition = try XCTUnwrap(request("textDocument/definition", ["position": position(of: "last", occurrence: 3)])["result"] as? [String: Any])
        XCTAssertEqual(((letDefinition["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int, 6)
        let references = try XCTUnwrap(request("textDocument/references", ["position": position(of: "last_touch"),
                                                                           "context": ["includeDeclaration": true]])["result"] as? [[String: Any]])
        XCTAssertEqual(Set(references.compactMap { $0["uri"] as? String }), [uri("common.rapport"), uri("rules.rapport")])
        XCTAssertEqual(references.count, 2)
        let uses = try XCTUnwrap(request("textDocument/references", ["position": position(of: "last", occurrence: 3),
                                                                     "context": ["includeDeclaration": false]])["result"] as? [[String: Any]])
        XCTAssertEqual(uses.count, 2, "`last` in `when` and in the advice")
        let imported = try XCTUnwrap(request("textDocument/definition", ["position": position(of: "common", offset: 1)])["result"] as? [String: Any])
        XCTAssertEqual(imported["uri"] as? String, uri("common.rapport"))
    }

    func testRenameAcrossFilesAndRefusals() throws {
        let reply = request("textDocument/rename", ["position": position(of: "last_touch"), "newName": "latest_touch"])
        let changes = try XCTUnwrap((reply["result"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        XCTAssertEqual(changes[uri("common.rapport")]?.count, 1)
        XCTAssertEqual(changes[uri("rules.rapport")]?.count, 1)
        XCTAssertEqual(changes[uri("rules.rapport")]?.first?["newText"] as? String, "latest_touch")
        let local = try XCTUnwrap((request("textDocument/rename", ["position": position(of: "last", occurrence: 3), "newName": "touched"])["result"]
            as? [String: Any])?["changes"] as? [String: [[String: Any]]])
        XCTAssertEqual(local[uri("rules.rapport")]?.count, 3, "the let and its two uses")
        for (at, newName, reason) in [("last_touch", "when", "keyword"), ("last_touch", "2x", "not a name"), ("share", "max", "builtin"),
                                      ("last", "a", "already names"), ("tier", "rank", "cannot be renamed")] {
            let refused = request("textDocument/rename", ["position": position(of: at, occurrence: at == "last" ? 3 : 1), "newName": newName])
            let message = ((refused["error"] as? [String: Any])?["message"] as? String) ?? "accepted"
            XCTAssertTrue(message.contains(reason), "\(at) → \(newName): \(message)")
        }
        let prepare = request("textDocument/prepareRename", ["position": position(of: "max(", in: Self.common)], file: "common.rapport")
        XCTAssertTrue(prepare["result"] is NSNull, "a builtin cannot be renamed")
    }

    func testDocumentAndWorkspaceSymbols() throws {
        let symbols = try XCTUnwrap(request("textDocument/documentSymbol", [:])["result"] as? [[String: Any]])
        XCTAssertEqual(symbols.map { $0["name"] as? String }, ["common", "dark_key_account"])
        XCTAssertEqual((symbols[1]["children"] as? [[String: Any]])?.first?["name"] as? String, "last")
        XCTAssertEqual(symbols[1]["detail"] as? String, "rule warning for each account")
        let found = try XCTUnwrap(server.handle(["jsonrpc": "2.0", "id": 5, "method": "workspace/symbol", "params": ["query": "dkac"]])
            .first?["result"] as? [[String: Any]])
        XCTAssertEqual(found.map { $0["name"] as? String }, ["dark_key_account"], "letters in order, any case")
        let all = try XCTUnwrap(server.handle(["jsonrpc": "2.0", "id": 6, "method": "workspace/symbol", "params": ["query": ""]])
            .first?["result"] as? [[String: Any]])
        XCTAssertEqual(Set(all.compactMap { $0["name"] as? String }), ["common", "dark_after", "account.last_touch", "share", "dark_key_account"])
    }

    func testQuickFixFromDidYouMean() throws {
        change(to: Self.rules.replacingOccurrences(of: "a.tier ==", with: "a.teir =="))
        let actions = try XCTUnwrap(request("textDocument/codeAction", ["range": ["start": position(of: "when"), "end": position(of: "advise")],
                                                                        "context": ["diagnostics": [Any]()]])["result"] as? [[String: Any]])
        XCTAssertEqual(actions.first?["title"] as? String, "Change `teir` to `tier`")
        XCTAssertEqual(actions.first?["kind"] as? String, "quickfix")
        let edit = try XCTUnwrap(((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[uri("rules.rapport")]?.first)
        XCTAssertEqual(edit["newText"] as? String, "tier")
    }

    func testIncrementalChangesCountUTF16() throws {
        let text = "# Zoë 😀 notes\n" + Self.rules
        change(to: text)
        // Replace "tier" on line 8 by "teir" with a ranged change, then insert after the emoji.
        let start = position(of: "tier", in: text)
        var end = start
        end["character"] = (start["character"] as! Int) + 4
        let messages = server.handle(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": uri("rules.rapport"), "version": 3],
            "contentChanges": [["range": ["start": start, "end": end], "text": "teir"],
                               ["range": ["start": ["line": 0, "character": 8], "end": ["line": 0, "character": 8]], "text": "!"]],
        ]])
        let diagnostics = ((messages.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
        XCTAssertEqual(diagnostics.map { $0["code"] as? String }, ["type.unknown_field"])
        XCTAssertEqual(server.documents[uri("rules.rapport")]?.hasPrefix("# Zoë 😀! notes\n"), true, "character 8 is after the emoji (2 units)")
        XCTAssertEqual(server.documents[uri("rules.rapport")]?.contains("a.teir =="), true)
    }

    func testCancellationNotOpenFilesAndDeferredDiagnostics() throws {
        _ = server.handle(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 41]])
        let cancelled = request("textDocument/hover", ["position": position(of: "tier")], id: 41)
        XCTAssertEqual((cancelled["error"] as? [String: Any])?["code"] as? Int, -32800)
        XCTAssertNotNil(request("textDocument/hover", ["position": position(of: "tier")], id: 41)["result"], "an id is cancelled once")
        // A file on disk but not open is read from disk; one that does not exist is refused.
        XCTAssertTrue(hover("max", file: "common.rapport", source: Self.common).contains("max(xs)"))
        let missing = request("textDocument/hover", ["position": ["line": 0, "character": 0]], file: "nowhere.rapport")
        XCTAssertEqual((missing["error"] as? [String: Any])?["code"] as? Int, -32602)
        // Deferred: changes publish nothing until the server is asked, then once per document.
        server.defersDiagnostics = true
        for version in 3...6 { change(to: Self.rules.replacingOccurrences(of: "a.tier", with: "a.tie"), version: version) }
        let published = server.publishStaleDiagnostics()
        XCTAssertEqual(published.count, 1)
        XCTAssertEqual(((published.first?["params"] as? [String: Any])?["diagnostics"] as? [Any])?.count, 1)
        XCTAssertTrue(server.publishStaleDiagnostics().isEmpty)
    }

    /// A buffer not saved yet is checked on its own: diagnostics, hover and navigation answer
    /// with its own URI.
    func testAnUnsavedBuffer() throws {
        let uri = "untitled:Untitled-1"
        let text = "rule r\n  severity info\n  for each account a\n  let big = a.potential\n  when big > 1 and a.teir == \"key\"\n  advise \"x\"\nend\n"
        let opened = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                    "params": ["textDocument": ["uri": uri, "languageId": "rapport", "version": 1, "text": text]]])
        let diagnostics = ((opened.first?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
        XCTAssertEqual(diagnostics.map { $0["code"] as? String }, ["type.unknown_field"])
        let definition = server.handle(["jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": [
            "textDocument": ["uri": uri], "position": ["line": 4, "character": 8]]]).first
        let location = try XCTUnwrap(definition?["result"] as? [String: Any])
        XCTAssertEqual(location["uri"] as? String, uri)
        XCTAssertEqual(((location["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int, 3)
    }

    func testMessageQueueLetsACancellationOvertake() {
        let queue = MessageQueue()
        queue.push(.object(["id": 1, "method": "textDocument/hover"]))
        queue.push(.object(["method": "$/cancelRequest", "params": ["id": 1]]))
        queue.finish()
        guard case .object(let first)? = queue.pop() else { return XCTFail("a message") }
        XCTAssertEqual(first["method"] as? String, "$/cancelRequest")
        guard case .object(let second)? = queue.pop() else { return XCTFail("a message") }
        XCTAssertEqual(second["id"] as? Int, 1)
        XCTAssertNil(queue.pop())
    }

    func testAVeryLargeFileAndMalformedPositions() throws {
        var text = ""
        for index in 0..<2_000 {
            text += "rule r\(index)\n  severity info\n  for each account a\n  when a.potential > \(index)\n  advise \"{a.name}\"\nend\n\n"
        }
        _ = server.handle(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                           "params": ["textDocument": ["uri": uri("big.rapport"), "languageId": "rapport", "version": 1, "text": text]]])
        let symbols = try XCTUnwrap(request("textDocument/documentSymbol", [:], file: "big.rapport")["result"] as? [Any])
        XCTAssertEqual(symbols.count, 2_000)
        for position: Any in [["line": -1, "character": 0], ["line": 10_000_000, "character": 5], "nonsense", ["line": 3, "character": 1_000]] {
            let reply = request("textDocument/hover", ["position": position], file: "big.rapport")
            XCTAssertTrue(reply["result"] != nil || reply["error"] != nil, "answered: \(position)")
        }
    }
}

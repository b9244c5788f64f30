import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The data built into the binary by the EmbedData plugin (`Plugins/EmbedData`) is the data in
/// the repository: the shipped rules, the help topics and the example team, read back through
/// the library's own accessors.
final class EmbeddedDataTests: XCTestCase {
    func text(_ path: String, trimmed: Bool = true) throws -> String {
        var text = try String(contentsOfFile: Repo.path(path), encoding: .utf8)
        while trimmed && text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func testShippedRulesAreTheRulesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.path("Rules")).filter { $0.hasSuffix(".rapport") }
        XCTAssertEqual(Set(ShippedRules.files.keys), Set(names))
        for name in names { XCTAssertEqual(ShippedRules.files[name], try text("Rules/" + name), name) }
    }

    func testHelpTopicsAreTheHelpFolderInOrder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repo.path("REPL/help")).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(ReplHelp.topicNames, ["expressions", "tables", "session", "coaching", "keys"])
        XCTAssertEqual(ReplHelp.topicNames.count, names.count)
        for (topic, name) in zip(ReplHelp.topicNames, names) { XCTAssertEqual(ReplHelp.text(topic), try text("REPL/help/" + name) + "\n", name) }
    }

    func testExampleTeamIsTheExampleFile() throws {
        XCTAssertEqual(ExampleTeam.json, try text(ExampleTeam.path))
    }
}

final class ShippedRulesTests: XCTestCase {
    func testEmbeddedPackChecksClean() {
        let result = RuleSetChecker.checkShipped()
        XCTAssertEqual(DiagnosticRenderer(sources: result.sources).render(result.diagnostics), "")
        XCTAssertFalse(result.checked.rules.isEmpty)
    }
}

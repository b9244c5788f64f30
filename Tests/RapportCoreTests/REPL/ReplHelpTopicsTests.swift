import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// `Sources/RapportREPL/ReplHelpTopics.swift` embeds `REPL/help/*.txt` in the binary (so
/// `:help` works when installed); it is a golden of that folder, regenerated under
/// `RAPPORT_UPDATE_GOLDENS=1`.
final class ReplHelpTopicsTests: XCTestCase {
    static func generate() throws -> String {
        let folder = Repo.path("REPL/help")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var lines = [
            "// Generated from REPL/help/*.txt by ReplHelpTopicsTests (RAPPORT_UPDATE_GOLDENS=1 swift test).",
            "// Do not edit: edit REPL/help/ and regenerate.",
            "",
            "/// The REPL's help topics, built into the binary.",
            "enum ReplHelpTopics {",
            "    /// Name (the file name without its order prefix) and text, in file order.",
            "    static let topics: [(name: String, text: String)] = [",
        ]
        for name in names {
            var topic = String(name.dropLast(4))
            if let dash = topic.firstIndex(of: "-"), topic[..<dash].allSatisfy(\.isNumber) { topic = String(topic[topic.index(after: dash)...]) }
            var text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            while text.hasSuffix("\n") { text.removeLast() }
            lines.append("        (\"\(topic)\", #\"\"\"")
            lines += text.components(separatedBy: "\n")
            lines.append("")
            lines.append("\"\"\"#),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    func testEmbeddedTopicsMatchTheHelpFolder() throws {
        assertGolden(try Self.generate(), "Sources/RapportREPL/ReplHelpTopics.swift")
    }
}

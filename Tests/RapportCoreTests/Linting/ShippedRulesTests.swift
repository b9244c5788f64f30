import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// `Sources/RapportEngine/Linting/ShippedRules.swift` embeds `Rules/*.rapport` in the binary; it is
/// a golden of `Rules/`: this test fails when they drift, and regenerates it under
/// `RAPPORT_UPDATE_GOLDENS=1`.
final class ShippedRulesTests: XCTestCase {
    static func generate() throws -> String {
        let folder = Repo.path("Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".rapport") }.sorted()
        var lines = [
            "// Generated from Rules/*.rapport by ShippedRulesTests (RAPPORT_UPDATE_GOLDENS=1 swift test).",
            "// Do not edit: edit Rules/ and regenerate.",
            "",
            "/// The coaching rule pack built into the binary, so `rapport lint` works outside the repository.",
            "package enum ShippedRules {",
            "    /// The folder name shown in messages about the shipped rules.",
            "    package static let root = \"<shipped rules>\"",
            "",
            "    /// File name → text.",
            "    package static let files: [String: String] = [",
        ]
        for name in names {
            var text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            while text.hasSuffix("\n") { text.removeLast() }
            lines.append("        \"\(name)\": #\"\"\"")
            lines += text.components(separatedBy: "\n")
            lines.append("\"\"\"#,")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    func testEmbeddedPackMatchesRulesFolder() throws {
        assertGolden(try Self.generate(), "Sources/RapportEngine/Linting/ShippedRules.swift")
    }

    func testEmbeddedPackChecksClean() {
        let result = RuleSetChecker.checkShipped()
        XCTAssertEqual(DiagnosticRenderer(sources: result.sources).render(result.diagnostics), "")
        XCTAssertFalse(result.checked.rules.isEmpty)
    }
}

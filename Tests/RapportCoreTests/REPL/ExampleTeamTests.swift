import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// `Sources/RapportREPL/ExampleTeam.swift` embeds `Examples/northwind-team.json`, so
/// `rapport repl` without arguments opens it when installed; it is a golden of that file,
/// regenerated under `RAPPORT_UPDATE_GOLDENS=1`.
final class ExampleTeamTests: XCTestCase {
    static func generate() throws -> String {
        var text = try String(contentsOfFile: Repo.path("Examples/northwind-team.json"), encoding: .utf8)
        while text.hasSuffix("\n") { text.removeLast() }
        return [
            "// Generated from Examples/northwind-team.json by ExampleTeamTests (RAPPORT_UPDATE_GOLDENS=1 swift test).",
            "// Do not edit: edit the example and regenerate.",
            "",
            "/// The bundled example team, opened by `rapport repl` without arguments.",
            "public enum ExampleTeam {",
            "    /// The path it is shown under.",
            "    public static let path = \"Examples/northwind-team.json\"",
            "",
            "    /// The portfolio's JSON text.",
            "    public static let json = ##\"\"\"",
            text,
            "\"\"\"##",
            "}",
            "",
        ].joined(separator: "\n")
    }

    func testEmbeddedExampleMatchesTheFile() throws {
        assertGolden(try Self.generate(), "Sources/RapportREPL/ExampleTeam.swift")
    }
}

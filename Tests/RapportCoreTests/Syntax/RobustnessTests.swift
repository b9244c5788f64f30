import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Hostile input: every case must end quickly with located diagnostics, never a crash or hang.
final class RobustnessTests: XCTestCase {
    private func check(_ bytes: [UInt8]) -> [Diagnostic] {
        var sources = SourceMap()
        let id = sources.add(path: "hostile.rapport", bytes: bytes)
        let parsed = Parser.parse(sources[id])
        // Rendering must survive too (long lines, control characters, invalid UTF-8).
        _ = DiagnosticRenderer(sources: sources).render(parsed.diagnostics)
        return parsed.diagnostics
    }

    private func rule(when condition: String) -> [UInt8] {
        Array("rule r\n severity info\n for each account a\n when \(condition)\n advise \"x\"\nend\n".utf8)
    }

    func testTenThousandNestedParentheses() {
        let diagnostics = check(rule(when: String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)))
        XCTAssertEqual(diagnostics.map(\.code), ["parse.nested_too_deeply"])
        // The condition starts at byte 48; the error points into the first level too many.
        XCTAssertEqual(diagnostics.first?.primarySpan?.start, 48 + Parser.maxNesting + 1)
    }

    func testUnclosedParenthesesAndBrackets() {
        XCTAssertEqual(check(rule(when: String(repeating: "([", count: 5_000))).map(\.code), ["parse.nested_too_deeply"])
    }

    func testLongChainsOfOperators() {
        let chain = Array(repeating: "a", count: 100_000).joined(separator: " + ") + " > 0"
        XCTAssertEqual(check(rule(when: chain)).map(\.code), ["parse.nested_too_deeply"])
        let conjunction = Array(repeating: "a.is_key", count: 100_000).joined(separator: " and ")
        XCTAssertEqual(check(rule(when: conjunction)), [], "and-chains are flat and may be long")
        XCTAssertEqual(check(rule(when: String(repeating: "not ", count: 50_000) + "a")).map(\.code), ["parse.nested_too_deeply"])
        XCTAssertEqual(check(rule(when: "a" + String(repeating: ".b", count: 50_000))).map(\.code), ["parse.nested_too_deeply"])
    }

    func testOneMegabyteLines() {
        let megabyte = 1 << 20
        XCTAssertEqual(check(Array(("# " + String(repeating: "x", count: megabyte)).utf8)), [])
        XCTAssertEqual(check(Array(("param p = \"" + String(repeating: "x", count: megabyte) + "\"").utf8)), [])
        XCTAssertEqual(check(Array(("param " + String(repeating: "x", count: megabyte) + " = 1").utf8)), [])
        let junk = check(Array(String(repeating: "@", count: megabyte).utf8))
        XCTAssertEqual(junk.count, Lexer.maxDiagnostics + 1)
        XCTAssertEqual(junk.last?.message, "\(megabyte - Lexer.maxDiagnostics) more lexical errors in this file are not shown")
    }

    func testUnterminatedStringAndHoleAtEndOfFile() {
        XCTAssertEqual(check(Array("param p = \"abc".utf8)).map(\.code), ["lex.unterminated_string"])
        XCTAssertEqual(check(Array("rule r\n advise \"{a.name".utf8)).map(\.code).first, "lex.unterminated_hole")
        XCTAssertEqual(check(Array("rule r\n advise \"{\"{\"{\"{\"{\"{x}\"}\"}\"}\"}\"}\"\nend".utf8)).map(\.code).first,
                       "lex.nested_too_deeply")
    }

    func testInvalidUTF8AndNulBytes() {
        XCTAssertEqual(check([0xFF, 0xFE, 0x00, 0x80]).map(\.code).first, "lex.invalid_utf8")
        XCTAssertEqual(check(Array("param p = 1\0".utf8)).map(\.code), ["lex.unexpected_character"])
        XCTAssertEqual(check(Array(repeating: 0, count: 1000)).count, Lexer.maxDiagnostics + 1)
        XCTAssertEqual(check([0xC3]).map(\.code).first, "lex.invalid_utf8")
    }

    func testHugeNumbers() {
        XCTAssertEqual(check(Array(("param p = " + String(repeating: "9", count: 400)).utf8)).map(\.code), ["lex.number_too_large"])
        XCTAssertEqual(check(Array(("param p = 1." + String(repeating: "9", count: 400)).utf8)).map(\.code), ["lex.number_too_large"])
    }

    func testEmptyAndWhitespaceFiles() {
        XCTAssertEqual(check([]), [])
        XCTAssertEqual(check(Array("\n\n   \t\r\n# only a comment".utf8)), [])
    }

    func testEveryPrefixOfAValidFileIsHandled() throws {
        let text = try String(contentsOfFile: Repo.path("Grammar/corpus/valid/every_expression.rapport"), encoding: .utf8)
        let bytes = Array(text.utf8)
        for length in stride(from: 0, through: bytes.count, by: 7) {
            _ = check(Array(bytes[0..<length]))
        }
    }
}

import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class DiagnosticRendererTests: XCTestCase {
    private func source(_ text: String) -> (SourceMap, FileID) {
        var sources = SourceMap()
        let id = sources.add(path: "Rules/key_accounts.rapport", bytes: Array(text.utf8))
        return (sources, id)
    }

    func testRustcLayoutWithHelp() {
        let text = "rule r\n  when a.is_key and a.growth_paln is missing\n"
        let (sources, file) = source(text)
        let start = Array(text.utf8).firstIndex(of: UInt8(ascii: "g"))!
        let diagnostic = Diagnostic.error("type.unknown_field", "account has no field `growth_paln`",
                                          at: Span(file: file, start: start, end: start + 11), label: "unknown field")
            .suggesting("growth_plan")
        XCTAssertEqual(DiagnosticRenderer(sources: sources).render(diagnostic), """
            error[type.unknown_field]: account has no field `growth_paln`
             --> Rules/key_accounts.rapport:2:23
              |
            2 |   when a.is_key and a.growth_paln is missing
              |                       ^^^^^^^^^^^ unknown field
              |
              = help: did you mean `growth_plan`?

            """)
    }

    func testColumnsCountCharactersAndTabsAlign() {
        let text = "\t\"é\" x"
        let (sources, file) = source(text)
        let offset = Array(text.utf8).lastIndex(of: UInt8(ascii: "x"))!
        let diagnostic = Diagnostic.error("c", "m", at: Span(file: file, start: offset, end: offset + 1))
        XCTAssertEqual(sources[file].location(of: offset), SourceLocation(line: 1, column: 6))
        XCTAssertEqual(DiagnosticRenderer(sources: sources).render(diagnostic), """
            error[c]: m
             --> Rules/key_accounts.rapport:1:6
              |
            1 |     "é" x
              |         ^

            """)
    }

    func testColourIsOptIn() {
        let (sources, file) = source("x")
        let diagnostic = Diagnostic.warning("w", "m", at: Span(file: file, start: 0, end: 1))
        XCTAssertFalse(DiagnosticRenderer(sources: sources).render(diagnostic).contains("\u{1B}"))
        XCTAssertTrue(DiagnosticRenderer(sources: sources, colored: true).render(diagnostic).contains("\u{1B}[33m"))
    }

    func testSortedByFileThenPosition() {
        let (sources, file) = source("abc")
        let late = Diagnostic.error("late", "m", at: Span(file: file, start: 2, end: 3))
        let early = Diagnostic.warning("early", "m", at: Span(file: file, start: 0, end: 1))
        let unlocated = Diagnostic(.error, code: "io", message: "m", path: "x")
        XCTAssertEqual([late, early, unlocated].sortedByPosition().map(\.code), ["io", "early", "late"])
        XCTAssertTrue(DiagnosticRenderer(sources: sources).render([late, early]).hasPrefix("warning[early]"))
    }

    func testSuggestions() {
        XCTAssertEqual(NameSuggester.suggest("growth_paln", from: ["growth_plan", "potential"]), "growth_plan")
        XCTAssertEqual(NameSuggester.suggest("exec", from: ["executive", "senior", "manager"]), "executive")
        XCTAssertEqual(NameSuggester.suggest("kye", from: ["key", "growth", "core"]), "key")
        XCTAssertNil(NameSuggester.suggest("zzz", from: ["key", "growth", "core"]))
        XCTAssertNil(NameSuggester.suggest("key", from: ["key"]))
    }
}

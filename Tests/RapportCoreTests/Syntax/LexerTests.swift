import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class LexerTests: XCTestCase {
    private func kinds(_ text: String) -> [TokenKind] {
        var sources = SourceMap()
        let id = sources.add(path: "t.rapport", bytes: Array(text.utf8))
        return Lexer.lex(sources[id]).tokens.map(\.kind).dropLast()
    }

    private func lexed(_ bytes: [UInt8]) -> LexedFile {
        var sources = SourceMap()
        let id = sources.add(path: "t.rapport", bytes: bytes)
        return Lexer.lex(sources[id])
    }

    func testLiterals() {
        XCTAssertEqual(kinds("250_000 12.5 20% 2026-11-27 2026-Q3"), [
            .number(250_000), .number(12.5), .percent(0.2),
            .date(CalendarDate(year: 2026, month: 11, day: 27)!), .period(year: 2026, quarter: 3),
        ])
        XCTAssertEqual(kinds("2026 - 11"), [.number(2026), .symbol(.minus), .number(11)])
    }

    func testKeywordsAndContextualWords() {
        XCTAssertEqual(kinds("rule severity where last"), [
            .keyword(.rule), .identifier("severity"), .keyword(.where), .identifier("last"),
        ])
    }

    func testOperators() {
        XCTAssertEqual(kinds("== != <= >= < > ?? = + - * / ( ) [ ] , . :").count, 19)
        XCTAssertEqual(kinds("a<=b"), [.identifier("a"), .symbol(.lessEqual), .identifier("b")])
    }

    func testStringEscapesAndHoles() {
        let tokens = kinds(#""a \"b\" \\ \n \{c\} {x}""#)
        guard case .string(let parts)? = tokens.first, parts.count == 2,
              case .text(let text, _) = parts[0], case .hole(let hole, _) = parts[1] else {
            return XCTFail("unexpected tokens \(tokens)")
        }
        XCTAssertEqual(text, "a \"b\" \\ \n {c} ")
        XCTAssertEqual(hole.map(\.kind), [.identifier("x"), .eof])
    }

    func testCommentsAreKeptWithTheirPlacement() {
        let file = lexed(Array("# own line\nparam x = 1 # trailing\n".utf8))
        XCTAssertEqual(file.comments.map(\.text), ["# own line", "# trailing"])
        XCTAssertEqual(file.comments.map(\.ownLine), [true, false])
        XCTAssertTrue(file.diagnostics.isEmpty)
    }

    func testByteOrderMarkIsSkipped() {
        let file = lexed([0xEF, 0xBB, 0xBF] + Array("param x = 1".utf8))
        XCTAssertTrue(file.diagnostics.isEmpty)
        XCTAssertEqual(file.tokens.first?.kind, .keyword(.param))
    }

    func testUpperCaseNamesAreReportedAndLowered() {
        let file = lexed(Array("rule GoingDark".utf8))
        XCTAssertEqual(file.tokens[1].kind, .identifier("going_dark"))
        XCTAssertEqual(file.diagnostics.map(\.code), ["lex.not_snake_case"])
        XCTAssertEqual(file.diagnostics.first?.fixes.first?.replacement, "going_dark")
    }

    func testSpansAreByteOffsets() {
        let file = lexed(Array("\"é\" x".utf8))
        XCTAssertEqual(file.tokens[0].span.start, 0)
        XCTAssertEqual(file.tokens[0].span.end, 4)
        XCTAssertEqual(file.tokens[1].span.start, 5)
    }
}

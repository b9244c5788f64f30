import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Keeps `Grammar/rapport.ebnf` and the lexer in step.
final class GrammarTests: XCTestCase {
    /// The double-quoted terminals of the grammar, comments removed.
    private func terminals() throws -> Set<String> {
        var text = try String(contentsOfFile: Repo.path("Grammar/rapport.ebnf"), encoding: .utf8)
        while let open = text.range(of: "/*"), let close = text.range(of: "*/", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        // Double quotes hold syntactic terminals; single quotes and [classes] hold lexical characters.
        var found: Set<String> = []
        var quote: Character?
        var inClass = false
        var current = ""
        for character in text {
            if inClass {
                if character == "]" { inClass = false }
            } else if let open = quote {
                if character == open {
                    if open == "\"" { found.insert(current) }
                    quote = nil
                    current = ""
                } else {
                    current.append(character)
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" {
                inClass = true
            }
        }
        return found
    }

    func testGrammarKeywordsEqualLexerKeywords() throws {
        let words = try terminals().filter { $0.first!.isLetter }
        XCTAssertEqual(words.subtracting(Vocabulary.allKeywords), [], "in the grammar but unknown to the lexer")
        XCTAssertEqual(Vocabulary.allKeywords.subtracting(words), [], "known to the lexer but missing from the grammar")
    }

    func testGrammarOperatorsEqualLexerPunctuators() throws {
        let symbols = try terminals().filter { !$0.first!.isLetter }
        XCTAssertEqual(symbols, Lexer.punctuators)
    }

    func testReservedWordsAreListedInTheGrammar() throws {
        let text = try String(contentsOfFile: Repo.path("Grammar/rapport.ebnf"), encoding: .utf8)
        let reservedSection = try XCTUnwrap(text.range(of: "ReservedWord    ::=")).upperBound
        let listed = Set(text[reservedSection...].split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init))
        XCTAssertEqual(listed, Lexer.reservedWords)
    }

    func testTextMateGrammarKnowsEveryReservedWord() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Repo.path("Grammar/rapport.tmLanguage.json")))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["scopeName"] as? String, "source.rapport")
        let text = String(decoding: data, as: UTF8.self)
        for word in Lexer.reservedWords {
            XCTAssertTrue(text.contains(word), "tmLanguage lacks \(word)")
        }
        for word in Vocabulary.severities + Vocabulary.ruleClauses + Vocabulary.testClauses {
            XCTAssertTrue(text.contains(word), "tmLanguage lacks \(word)")
        }
    }
}

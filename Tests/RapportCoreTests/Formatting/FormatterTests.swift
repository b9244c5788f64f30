import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class FormatterTests: XCTestCase {
    private func parse(_ text: String, path: String = "f.rapport") -> (ParsedFile, SourceFile) {
        var sources = SourceMap()
        let id = sources.add(path: path, bytes: Array(text.utf8))
        return (Parser.parse(sources[id]), sources[id])
    }

    /// Everything that carries meaning, without positions.
    private func fingerprint(_ file: RuleFile) -> [String] {
        func template(_ t: Template?) -> String { t.map { Expr(.template($0), $0.span).sExpression } ?? "-" }
        return file.declarations.map { declaration in
            switch declaration {
            case .import(let d): return "import \(d.path)"
            case .param(let d): return "param \(d.name.text) \(d.value.sExpression)"
            case .field(let d): return "field \(d.entity.text).\(d.name.text) \(d.type.text)"
            case .define(let d): return "define \(d.qualifiedName) \(d.parameters?.map(\.text) ?? []) \(d.body.sExpression)"
            case .rule(let r):
                return ["rule \(r.id.text)", template(r.title), r.severity?.text ?? "-", r.tags.map(\.text).joined(separator: ","),
                        "\(r.subject?.type.text ?? "-") \(r.subject?.variable.text ?? "-")",
                        r.lets.map { "\($0.name.text)=\($0.value.sExpression)" }.joined(separator: ";"),
                        r.condition?.sExpression ?? "-", template(r.advice), template(r.rationale),
                        r.coached?.sExpression ?? "-", r.priority?.sExpression ?? "-"].joined(separator: " | ")
            case .test(let t):
                return "test \(t.rule.text) \(t.fixture?.path ?? "-") " + t.expectations.map { expectation in
                    switch expectation {
                    case .finding(let id, _): "+\(id)"
                    case .noFinding(let id, _): "-\(id)"
                    case .count(let n, _): "#\(n)"
                    }
                }.joined(separator: ",")
            }
        }
    }

    private func files() throws -> [String] {
        try ["Rules", "Grammar/corpus/valid"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder)).filter { $0.hasSuffix(".rapport") }
                .sorted().map { Repo.path("\(folder)/\($0)") }
        }
    }

    func testRoundTripKeepsMeaningAndCommentsAndIsIdempotent() throws {
        for path in try files() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let (original, source) = parse(text, path: path)
            XCTAssertFalse(original.diagnostics.hasErrors, path)
            let once = RuleFormatter.format(original, source: source)
            let (reparsed, source2) = parse(once)
            XCTAssertEqual(DiagnosticRenderer(sources: { var s = SourceMap(); s.add(path: "f", bytes: Array(once.utf8)); return s }())
                .render(reparsed.diagnostics), "", "\(path) formats into something that does not parse")
            XCTAssertEqual(fingerprint(reparsed.ast), fingerprint(original.ast), "\(path) changed meaning")
            XCTAssertEqual(reparsed.ast.comments.map(\.text).sorted(), original.ast.comments.map(\.text).sorted(), "\(path) lost a comment")
            XCTAssertEqual(RuleFormatter.format(reparsed, source: source2), once, "\(path) is not idempotent")
        }
    }

    func testGoldenLayouts() throws {
        for name in ["comments_everywhere", "every_expression", "clause_order"] {
            let path = Repo.path("Grammar/corpus/valid/\(name).rapport")
            let (parsed, source) = parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
            assertGolden(RuleFormatter.format(parsed, source: source), "Tests/Goldens/fmt/\(name).rapport")
        }
    }

    /// The fewest parentheses that keep the meaning, plus two kept for readers: `and` inside `or`,
    /// and a comparison after `not`.
    func testParenthesesOnlyWhereNeeded() {
        let cases: [(String, String)] = [
            ("(a + b) * c", "(a + b) * c"),
            ("a + (b * c)", "a + b * c"),
            ("a - (b - c)", "a - (b - c)"),
            ("(a and b) or c", "(a and b) or c"),
            ("a and b or c", "(a and b) or c"),
            ("a and (b or c)", "a and (b or c)"),
            ("(any x in xs: x.y) and b", "(any x in xs: x.y) and b"),
            ("b and any x in xs: x.y", "b and any x in xs: x.y"),
            ("(xs where a) where b", "xs where a where b"),
            ("xs where (ys where a)", "xs where (ys where a)"),
            ("count(xs where a and b) > (1)", "count(xs where a and b) > 1"),
            ("-(a + b)", "-(a + b)"),
            ("not (a == b)", "not (a == b)"),
            ("not a.x", "not a.x"),
        ]
        for (input, expected) in cases {
            let text = "rule r\n severity info\n for each account a\n when \(input)\n advise \"x\"\nend\n"
            let (parsed, source) = parse(text)
            guard case .rule(let rule)? = parsed.ast.declarations.first, let condition = rule.condition else {
                XCTFail("no condition for \(input)")
                continue
            }
            XCTAssertEqual(ExprPrinter(source: source).print(condition), expected, input)
        }
    }
}

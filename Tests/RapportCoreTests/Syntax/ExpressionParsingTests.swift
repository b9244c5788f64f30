import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Precedence and grouping, checked through the parenthesised rendering of the AST.
final class ExpressionParsingTests: XCTestCase {
    /// Parses `expression` as the condition of a rule and returns its S-expression.
    private func grouping(_ expression: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (parsed, sources) = parse("rule r\n severity info\n for each account a\n when \(expression)\n advise \"x\"\nend\n")
        XCTAssertEqual(DiagnosticRenderer(sources: sources).render(parsed.diagnostics), "", file: file, line: line)
        guard case .rule(let rule)? = parsed.ast.declarations.first, let condition = rule.condition else {
            XCTFail("no condition parsed", file: file, line: line)
            return ""
        }
        return condition.sExpression
    }

    func testArithmeticPrecedenceAndAssociativity() {
        XCTAssertEqual(grouping("1 + 2 * 3 - 4 / 2 > 0"), "(> (- (+ 1 (* 2 3)) (/ 4 2)) 0)")
        XCTAssertEqual(grouping("10 - 3 - 2 == 5"), "(== (- (- 10 3) 2) 5)")
        XCTAssertEqual(grouping("-a.x * 2 < -(1 + 2)"), "(< (* (- a.x) 2) (- (+ 1 2)))")
    }

    func testLogicalOperatorsFlattenAndNest() {
        XCTAssertEqual(grouping("a.x or b.y and c.z or d"), "(or a.x (and b.y c.z) d)")
        XCTAssertEqual(grouping("not a.x == 1 and not not b"), "(and (not (== a.x 1)) (not (not b)))")
        XCTAssertEqual(grouping("(a or b) and c"), "(and (or a b) c)")
    }

    func testComparisonForms() {
        XCTAssertEqual(grouping("a.tier in [\"key\", \"growth\"]"), "(in a.tier [\"key\" \"growth\"])")
        XCTAssertEqual(grouping("a.tier not in xs"), "(not in a.tier xs)")
        XCTAssertEqual(grouping("a.growth_plan.status is missing"), "(is-missing a.growth_plan.status)")
        XCTAssertEqual(grouping("a.growth_plan is present"), "(is-present a.growth_plan)")
        XCTAssertEqual(grouping("d within last 90 days"), "(within-last d 90 day)")
        XCTAssertEqual(grouping("d within next dark_after ?? 2 weeks"), "(within-next d (?? dark_after 2 week))")
        XCTAssertEqual(grouping("d before today - 1 month"), "(before d (- today 1 month))")
        XCTAssertEqual(grouping("x ?? 0 + 1 >= 2"), "(>= (?? x (+ 0 1)) 2)")
    }

    func testLiterals() {
        XCTAssertEqual(grouping("[250_000, 12.5, 20%, 2026-11-27, 2026-Q3, true, \"t\"] != []"),
                       "(!= [250000 12.5 20% 2026-11-27 2026-Q3 true \"t\"] [])")
        XCTAssertEqual(grouping("[1 day, 2 weeks, 3 months, 1 quarter, 4 years] != []"),
                       "(!= [1 day 2 week 3 month 1 quarter 4 year] [])")
    }

    func testWhereAndByChain() {
        XCTAssertEqual(grouping("count(accounts where is_key and growth_plan is missing by lifetime desc) > 0"),
                       "(> (count (by-desc (where accounts (and is_key (is-missing growth_plan))) lifetime)) 0)")
        XCTAssertEqual(grouping("exists(accounts where count(contacts where level == \"executive\") >= 2)"),
                       "(exists (where accounts (>= (count (where contacts (== level \"executive\"))) 2)))")
        XCTAssertEqual(grouping("exists(a.activities by date where kind == \"qbr\")"),
                       "(exists (where (by a.activities date) (== kind \"qbr\")))")
        XCTAssertEqual(grouping("1 + count(xs where y) > 0"), "(> (+ 1 (count (where xs y))) 0)")
    }

    func testQuantifiersAndConditionalsExtendToTheRight() {
        XCTAssertEqual(grouping("a.x and no x in a.activities: x.kind == \"meeting\" and x.date after a.since"),
                       "(and a.x (no x a.activities (and (== x.kind \"meeting\") (after x.date a.since))))")
        XCTAssertEqual(grouping("(if a.x then 1 else 2) > 1"), "(> (if a.x 1 2) 1)")
        XCTAssertEqual(grouping("if a then if b then 1 else 2 else 3"), "(if a (if b 1 2) 3)")
    }

    func testCallsAndMembers() {
        XCTAssertEqual(grouping("percentile(accounts.lifetime, 90%) < a.owner.quota"),
                       "(< (percentile accounts.lifetime 90%) a.owner.quota)")
        XCTAssertEqual(grouping("last(xs) == first(take(xs, 2))"), "(== (last xs) (first (take xs 2)))")
    }

    func testContextualKeywordsAsNames() {
        XCTAssertEqual(grouping("last before next"), "(before last next)")
        XCTAssertEqual(grouping("title != \"\" and o.end"), "(and (!= title \"\") o.end)")
    }

    func testTemplatesKeepHolesAndFormats() throws {
        let (parsed, _) = parse("rule r\n severity info\n for each account a\n advise \"{a.name} has {a.lifetime as money}; \\{x\\}\"\nend\n")
        XCTAssertTrue(parsed.diagnostics.isEmpty)
        guard case .rule(let rule)? = parsed.ast.declarations.first, let advice = rule.advice else {
            return XCTFail("no advice")
        }
        XCTAssertEqual(Expr(.template(advice), advice.span).sExpression,
                       "(template {a.name} \" has \" {a.lifetime as money} \"; {x}\")")
    }

    func testSpansCoverTheExactSource() throws {
        let text = "rule r\n severity info\n for each account a\n when a.owner.name == \"x\"\n advise \"x\"\nend\n"
        let (parsed, sources) = parse(text)
        guard case .rule(let rule)? = parsed.ast.declarations.first, let condition = rule.condition,
              case .binary(_, let left, let right) = condition.kind else { return XCTFail("no comparison") }
        let file = sources[FileID(0)]
        XCTAssertEqual(file.text(of: condition.span), "a.owner.name == \"x\"")
        XCTAssertEqual(file.text(of: left.span), "a.owner.name")
        XCTAssertEqual(file.text(of: right.span), "\"x\"")
        XCTAssertEqual(file.text(of: rule.span), String(text.dropLast()))
    }
}

import XCTest
@testable import RapportCore

/// Findings made from rows as a warehouse returns them: subjects placed by ordinal, those
/// without one after them by id, the same place in every rule; reps found by id; advice and
/// evidence written with the portfolio's currency.
final class SQLFindingsTests: XCTestCase {
    private func rules() throws -> CheckResult {
        let text = """
            rule big
              severity warning
              for each account a
              let      worth = a.potential
              when     a.potential > 1
              advise   "{a.name} could be worth {worth as money}."
              priority a.potential
            end
            rule named
              severity info
              for each account a
              advise   "{a.name}"
            end

            """
        let rules = RuleSetChecker.check(path: "/r", fileSystem: MemoryFileSystem(root: "/r", files: ["r.rapport": text]))
        XCTAssertFalse(rules.diagnostics.hasErrors, "\(rules.diagnostics.map(\.message))")
        return rules
    }

    func testSubjectsFollowTheirOrdinalThenTheirIdInEveryRule() throws {
        let rules = try rules()
        let program = SQLRuleCompiler.compile(rules.checked, dialect: .postgres)
        let head = Portfolio.head(asOf: CalendarDate(iso: "2026-11-27")!, currency: "EUR", fiscalYearStart: 1, team: "Team",
                                  manager: nil, reps: [("r-2", "Rita"), ("r-1", "Sam")])
        var made = SQLFindings(program, rules: rules, head: head)
        let big: [[String: Any]] = [
            ["subject_id": "b", "subject_name": "Bravo", "rep_id": "r-1", "priority": 5.0, "hole_1": "Bravo", "hole_2": 5000.0, "let_1": 5000.0],
            ["subject_id": "a", "subject_name": "Alpha", "rep_id": "r-2", "priority": 7.0, "hole_1": "Alpha", "hole_2": 7000.0, "let_1": 7000.0],
            ["subject_id": "z", "subject_name": "Zulu", "subject_ordinal": 4.0, "rep_id": "r-9", "hole_1": "Zulu", "let_1": NSNull()],
        ]
        for row in big { made.add(query: 0) { row[$0] } }
        for row in [["subject_id": "a", "subject_name": "Alpha", "hole_1": "Alpha"]] as [[String: Any]] { made.add(query: 1) { row[$0] } }
        let findings = made.findings()
        XCTAssertEqual(findings.map { "\($0.rule) \($0.subject.id)#\($0.subject.index)" }, ["big z#4", "big a#5", "big b#6", "named a#5"])
        XCTAssertEqual(findings.map(\.message), ["Zulu could be worth none.", "Alpha could be worth €7,000.", "Bravo could be worth €5,000.", "Alpha"])
        XCTAssertEqual(findings.map { $0.rep?.name ?? "team" }, ["team", "Rita", "Sam", "team"])
        XCTAssertEqual(findings.map { $0.rep?.index ?? -1 }, [-1, 0, 1, -1])
        XCTAssertEqual(findings[1].evidence.map(\.value), ["7,000"])
        XCTAssertEqual(findings.map(\.priority), [0, 7, 5, 0])
        XCTAssertEqual(made.unknownReps, ["r-9"])
    }
}

import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// TAB completion, through the pure completer (the pseudo-terminal test checks readline's side).
final class CompletionTests: XCTestCase {
    var session: ReplSession!

    override func setUpWithError() throws {
        let (opened, problems) = ReplSession.open(rulesPath: nil, portfolioPath: Repo.path("Examples/northwind-team.json"))
        session = try XCTUnwrap(opened, problems)
    }

    func complete(_ line: String) -> [String] {
        let completer = ReplCompleter(session: session)
        let (start, candidates) = completer.complete(line, cursor: line.utf8.count)
        // Each candidate replaces the line from `start`: give back whole lines, as the user sees them.
        return candidates.map { String(decoding: Array(line.utf8.prefix(start)), as: UTF8.self) + $0 }
    }

    func testCommandsAfterAColon() {
        XCTAssertEqual(complete(":co"), [":coach"])
        XCTAssertEqual(complete(":r"), [":reload", ":rules", ":run"])
        XCTAssertEqual(complete(":f"), [":fields"])
    }

    func testFieldsByTheTypeOfWhatIsBeforeTheDot() {
        let afterOwner = complete("first(accounts).owner.q")
        XCTAssertEqual(afterOwner, ["first(accounts).owner.quota"], "owner is a rep")
        XCTAssertTrue(complete("first(accounts).li").contains("first(accounts).lifetime"), "computed fields from the rules")
        XCTAssertTrue(complete("first(accounts).is_").contains("first(accounts).is_key"))
        XCTAssertEqual(complete("any a in accounts: a.growth_p"), ["any a in accounts: a.growth_plan"], "a binder's type")
    }

    /// Issue #21: a field after any expression whose type is known, replacing only the word typed.
    func testFieldsAfterCallsFiltersAndTheElementInScope() {
        let repFields = ReplCompleter(session: session).fieldNames(.rep)
        func fields(_ line: String) -> [String] { complete(line).map { String($0.dropFirst(line.count)) } }
        XCTAssertEqual(fields("first(accounts).owner."), repFields.sorted(), "after a call and a path: a rep's fields only")
        XCTAssertEqual(complete("first(accounts).owner.n"), ["first(accounts).owner.name"], "not next_review")
        XCTAssertEqual(fields("accounts where owner."), repFields.sorted(), "the element's owner")
        XCTAssertEqual(complete("accounts where owner.reg"), ["accounts where owner.region"])
        XCTAssertEqual(complete("accounts where growth_plan.next"), ["accounts where growth_plan.next_review"])
        XCTAssertEqual(complete("leads where it.touc"), ["leads where it.touches"], "`it` is the element")
        XCTAssertEqual(complete("count(opportunities where stage == \"won\" and proposal.co"),
                       ["count(opportunities where stage == \"won\" and proposal.co_created"])
        XCTAssertEqual(complete("(leads where status == \"new\").own"), ["(leads where status == \"new\").owner"], "after brackets")
        XCTAssertEqual(complete("max(reps.accounts).contacts.last_"), [], "a call that does not check offers nothing, not every field")
        XCTAssertEqual(complete("define account.x = growth_plan.sta"), ["define account.x = growth_plan.status"], "a define's entity")
        XCTAssertEqual(complete("define account.x = ow"), ["define account.x = owner"])
    }

    func testNamesInScopeAfterWhere() {
        XCTAssertTrue(complete("accounts where ti").contains("accounts where tier"))
        XCTAssertTrue(complete("acc").contains("accounts"))
        XCTAssertTrue(complete("perc").contains("percentile"))
    }

    func testCommandArguments() {
        XCTAssertEqual(complete(":why key_account_without_g"), [":why key_account_without_growth_plan"])
        XCTAssertEqual(complete(":why key_account_without_growth_plan Castell"), [":why key_account_without_growth_plan Castell Foods SA"])
        XCTAssertEqual(complete(":coach Dave"), [":coach Dave Carter"])
        XCTAssertEqual(complete(":set dark"), [":set dark_after"])
        XCTAssertEqual(complete(":mode c"), [":mode csv"])
        XCTAssertEqual(complete(":load Examples/north"), [":load Examples/northwind-team.json"])
        XCTAssertTrue(complete(":load Ex").contains(":load Examples/"))
    }
}

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
    }

    func testFieldsByTheTypeOfWhatIsBeforeTheDot() {
        let afterOwner = complete("first(accounts).owner.q")
        XCTAssertEqual(afterOwner, ["first(accounts).owner.quota"], "owner is a rep")
        XCTAssertTrue(complete("first(accounts).li").contains("first(accounts).lifetime"), "computed fields from the rules")
        XCTAssertTrue(complete("first(accounts).is_").contains("first(accounts).is_key"))
        XCTAssertEqual(complete("any a in accounts: a.growth_p"), ["any a in accounts: a.growth_plan"], "a binder's type")
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

import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class ReplSessionTests: XCTestCase {
    func open() throws -> ReplSession {
        let (session, problems) = ReplSession.open(rulesPath: nil, portfolioPath: Repo.path("Examples/northwind-team.json"))
        return try XCTUnwrap(session, problems)
    }

    func testWarmUpAndKeptValuesGiveTheSameAnswers() throws {
        let questions = ["count(accounts where is_key and growth_plan is missing)", "accounts where is_key by lifetime desc",
                         "sum(accounts.lifetime)", "count(accounts where last_meeting before today - 90 days)"]
        let cold = try open()
        let coldAnswers = questions.map { question -> String in
            cold.memo = nil
            return cold.submit(question).output
        }
        let warm = try open()
        warm.warmUp()
        XCTAssertNotNil(warm.warming?.wait(), "the warm-up computes values")
        XCTAssertEqual(questions.map { warm.submit($0).output }, coldAnswers)
        XCTAssertEqual(questions.map { warm.submit($0).output }, coldAnswers, "answers from kept values")
    }

    func testChangingTheDateOrAParamDropsKeptValues() throws {
        let session = try open()
        let before = session.submit("count(accounts where last_meeting before today - 90 days)").output
        XCTAssertNotNil(session.memo)
        _ = session.submit(":as-of 2027-06-01")
        XCTAssertNil(session.memo)
        let later = session.submit("count(accounts where last_meeting before today - 90 days)").output
        XCTAssertNotEqual(before, later, "a later date finds more accounts gone quiet")
        _ = session.submit(":set key_percentile 50%")
        XCTAssertNil(session.memo)
    }
}

/// Issue #21's output: results to a file, tables cut to the terminal's width.
final class ReplOutputTests: XCTestCase {
    func testResultsGoToTheOutputFileAndErrorsStayOnTheTerminal() throws {
        let (opened, problems) = ReplSession.open(rulesPath: nil, portfolioPath: Repo.path("Examples/northwind-team.json"))
        let session = try XCTUnwrap(opened, problems)
        let folder = TemporaryFolder()
        let path = folder.path + "/results.txt"
        XCTAssertFalse(session.submit(":output \(path)").isError)
        XCTAssertEqual(session.submit("count(accounts)").output, "", "written to the file, not shown")
        let error = session.submit("count(acounts)")
        XCTAssertTrue(error.isError && error.output.contains("name.unknown"), "errors stay on the terminal")
        XCTAssertEqual(session.submit(":run going_dark").output, "")
        _ = session.submit(":output")
        XCTAssertEqual(session.submit("count(reps)").output, "8\n", "back on the terminal")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("80\ngoing_dark: "), written)
        XCTAssertFalse(written.contains("8\n8"), "nothing after `:output`")
    }

    func testFieldsTakeAnEntityOrItsPlural() throws {
        let (opened, problems) = ReplSession.open(rulesPath: nil, portfolioPath: Repo.path("Examples/northwind-team.json"))
        let session = try XCTUnwrap(opened, problems)
        for (plural, entity) in [("opportunities", "opportunity"), ("activities", "activity"), ("growth_plans", "growth_plan")] {
            XCTAssertFalse(session.submit(":fields \(entity)").isError)
            XCTAssertEqual(session.submit(":fields \(plural)").output, session.submit(":fields \(entity)").output, plural)
        }
        XCTAssertTrue(session.submit(":fields opportunitys").isError)
    }

    func testTablesAreCutToTheTerminalsWidth() throws {
        let (opened, problems) = ReplSession.open(rulesPath: nil, portfolioPath: Repo.path("Examples/northwind-team.json"))
        let session = try XCTUnwrap(opened, problems)
        session.width = 60
        let table = session.submit("accounts").output
        for line in table.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 60, String(line)) }
        XCTAssertTrue(table.contains("…"), "long names are cut")
        session.width = 200
        XCTAssertFalse(session.submit("take(accounts, 3)").output.contains("…"))
    }
}

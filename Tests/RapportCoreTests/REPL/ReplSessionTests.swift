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

import Foundation
import XCTest

/// `rapport repl PORTFOLIO < questions.txt`: plain lines, no prompt or escape codes.
final class ReplScriptTests: XCTestCase {
    func testPipedQuestionsGiveCleanAnswers() throws {
        let result = try CLI.run(["repl", "Examples/northwind-team.json"],
                                 input: "count(accounts where is_key and growth_plan is missing)\n:mode csv\nreps show name\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "4\nmode: csv\nname\nDave Carter\nAna Ruiz\nTom Becker\nLena Novak\nMarco Rossi\nSofia Jansen\nJonas Berg\nClaire Dubois\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testAFailedLineMakesTheScriptExitOne() throws {
        let result = try CLI.run(["repl", "Examples/northwind-team.json"], input: "count(acounts)\n1 + 1\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "2\n", "the script goes on after an error")
        XCTAssertTrue(result.stderr.contains("did you mean `accounts`?"), result.stderr)
        XCTAssertFalse(result.stderr.contains("\u{1B}["), "no escape codes when piped")
    }

    func testWithoutArgumentsTheExampleTeamOpensEvenOutsideTheRepository() throws {
        let result = try CLI.run(["repl"], directory: NSTemporaryDirectory(), input: "count(reps)\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "8\n")
    }

    func testABrokenPortfolioDoesNotStartTheREPL() throws {
        let result = try CLI.run(["repl", "missing.json"], input: "")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("missing.json"), result.stderr)
    }
}

import Foundation
import XCTest

final class CoachCommandTests: XCTestCase {
    func testAgendaForTheExampleTeam() throws {
        let result = try CLI.run(["coach", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "coach/northwind-team.txt")
    }

    func testOneRepWithAShorterList() throws {
        let result = try CLI.run(["coach", "--rep", "ana ruiz", "--top", "1", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "coach/ana-ruiz-top-1.txt")
        XCTAssertFalse(result.stdout.contains("Dave Carter"))
    }

    func testUnknownRepAndBadTop() throws {
        let unknown = try CLI.run(["coach", "--rep", "Dave Cartr", "Examples/northwind-team.json"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, """
            error[lookup.unknown_rep]: Examples/northwind-team.json has no rep called `Dave Cartr`
              = help: did you mean `Dave Carter`?


            """)
        XCTAssertEqual(try CLI.run(["coach", "--top", "0", "Examples/northwind-team.json"]).status, 2)
    }
}

import Foundation
import XCTest

final class CoachCommandTests: XCTestCase {
    func testAgendaForTheExampleTeam() throws {
        let result = try CLI.run(["coach", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "coach/northwind-team.txt")
    }

    /// Installed, with no checkout around: the example team built into the binary, with the
    /// same agenda; the "--all" hint names no file the manager does not have.
    func testWithoutAPortfolioTheBundledTeam() throws {
        let elsewhere = NSTemporaryDirectory()
        let bundled = try CLI.run(["coach"], directory: elsewhere)
        XCTAssertEqual(bundled.status, 0, bundled.stderr)
        let golden = try String(contentsOfFile: CLI.repoRoot + "/Tests/Goldens/coach/northwind-team.txt", encoding: .utf8)
        // The shorter hint wraps differently: compare word by word.
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        XCTAssertEqual(words(bundled.stdout), words(golden.replacingOccurrences(of: " Examples/northwind-team.json --rep", with: " --rep")))
        XCTAssertTrue(bundled.stdout.contains("`rapport coach --rep r-01 --all`"))
        let recorded = try CLI.run(["coach", "--record"], directory: elsewhere)
        XCTAssertEqual(recorded.status, 2)
        XCTAssertTrue(recorded.stderr.contains("--record needs a portfolio file"), recorded.stderr)
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

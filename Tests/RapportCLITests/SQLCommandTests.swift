import Foundation
import XCTest

/// `rapport sql` as an ops engineer runs it: the queries on standard output, each rule left out
/// named on standard error with where and why, exit 1 then.
final class SQLCommandTests: XCTestCase {
    func testQueriesAndTheRulesLeftOut() throws {
        let result = try CLI.run(["sql", "--dialect", "postgres", "--rules", "Tests/Fixtures/sql/mixed.rapport"])
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "sql/mixed.postgres.sql")
        assertCLIGolden(result.stderr, "sql/mixed.stderr.txt")
    }

    func testTheShippedPackCompilesWhole() throws {
        for dialect in ["postgres", "spark", "duckdb"] {
            let result = try CLI.run(["sql", "--dialect", dialect, "--as-of", "2026-11-27", "--param", "dark_after=60 days"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout.components(separatedBy: "-- rule ").count - 1, 32, dialect)
            XCTAssertTrue(result.stdout.contains("DATE '2026-11-27'"), dialect)
        }
        let bad = try CLI.run(["sql", "--dialect", "oracle"])
        XCTAssertEqual(bad.status, 2)
    }
}

import Foundation
import XCTest
@testable import RapportCore
@testable import RapportSQL

/// The shipped pack compiles for every dialect with no rule left out; the SQL is a golden per
/// dialect; a construct without an SQL form leaves its rule out with a located error.
final class SQLCompileTests: XCTestCase {
    func testTheShippedPackCompilesForEveryDialect() {
        let pack = RuleSetChecker.checkShipped()
        for dialect in SQLDialect.allCases {
            let program = SQLRuleCompiler.compile(pack.checked, dialect: dialect)
            XCTAssertEqual(program.leftOut.map(\.message), [], dialect.rawValue)
            XCTAssertEqual(program.queries.count, pack.checked.rules.count, dialect.rawValue)
            assertGolden(program.text, "Tests/Goldens/sql/shipped-pack.\(dialect.rawValue).sql")
        }
    }

    func testAConstructWithoutSQLLeavesItsRuleOutWithAReason() throws {
        let text = """
            param n = 2
            rule first_two
              severity info
              for each account a
              when count(take(a.contacts, n)) > 1
              advise "{a.name}"
            end
            rule fine
              severity info
              for each account a
              when a.potential > 1
              advise "{a.name}"
            end

            """
        let rules = RuleSetChecker.check(path: "/r", fileSystem: MemoryFileSystem(root: "/r", files: ["r.rapport": text]))
        XCTAssertFalse(rules.diagnostics.hasErrors, "\(rules.diagnostics.map(\.message))")
        let program = SQLRuleCompiler.compile(rules.checked, dialect: .spark)
        XCTAssertEqual(program.queries.map(\.rule), ["fine"])
        let error = try XCTUnwrap(program.leftOut.first)
        XCTAssertEqual(error.code, "sql.unsupported")
        XCTAssertEqual(error.message, "rule `first_two` cannot run on Spark SQL: `take` of a count that is not written out has no SQL form yet")
        XCTAssertEqual(rules.sources[error.primarySpan!.file].text(of: error.primarySpan!), "n")
    }
}

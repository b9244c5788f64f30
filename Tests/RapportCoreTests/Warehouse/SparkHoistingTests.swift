import XCTest
@testable import RapportSQL

/// Spark resolves a subquery's outer references one level up only: a value two subqueries deep
/// that reads only the subject moves into the subject's table; tables in FROM, EXISTS bodies and
/// values that read an inner row stay where they are.
final class SparkHoistingTests: XCTestCase {
    func testOnlyValuesReadingTheSubjectAloneMove() {
        let sql = """
            WITH run AS (SELECT 1 AS x)
            SELECT s.id AS subject_id
            FROM run CROSS JOIN accounts s
            WHERE (NOT EXISTS (SELECT 1 FROM contacts t1 WHERE (t1.account_id = s.id) AND (t1.department = (SELECT t2.department FROM contacts t2 WHERE (t2.account_id = s.id) ORDER BY t2.id NULLS LAST LIMIT 1))))
              AND (SELECT SUM(t4.amount) FROM (SELECT t3.* FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.position LIMIT 2) t4) > 0
              AND EXISTS (SELECT 1 FROM activities t5 WHERE t5.account_id = s.id AND t5.rep_id = (SELECT k.owner_id FROM accounts k WHERE k.id = t5.account_id))
            """
        XCTAssertEqual(SparkHoisting.hoist(sql, table: "accounts"), """
            WITH run AS (SELECT 1 AS x)
            SELECT s.id AS subject_id
            FROM run CROSS JOIN (SELECT s.*, (SELECT t2.department FROM contacts t2 WHERE (t2.account_id = s.id) ORDER BY t2.id NULLS LAST LIMIT 1) AS rapport_hoisted_1 FROM accounts s) s
            WHERE (NOT EXISTS (SELECT 1 FROM contacts t1 WHERE (t1.account_id = s.id) AND (t1.department = s.rapport_hoisted_1)))
              AND (SELECT SUM(t4.amount) FROM (SELECT t3.* FROM revenue t3 WHERE (t3.account_id = s.id) ORDER BY t3.position LIMIT 2) t4) > 0
              AND EXISTS (SELECT 1 FROM activities t5 WHERE t5.account_id = s.id AND t5.rep_id = (SELECT k.owner_id FROM accounts k WHERE k.id = t5.account_id))
            """)
        XCTAssertEqual(SparkHoisting.hoist("SELECT 1 FROM run CROSS JOIN reps s", table: "reps"), "SELECT 1 FROM run CROSS JOIN reps s")
    }

    func testOuterReferences() {
        XCTAssertEqual(SparkHoisting.outerReferences("(SELECT k.name FROM reps k WHERE k.id = s.owner_id)"), ["s"])
        XCTAssertEqual(SparkHoisting.outerReferences("(SELECT COUNT(*) FROM a t1 JOIN b t2 ON t2.id = t1.b_id WHERE t1.x = t9.y)"), ["t9"])
        XCTAssertEqual(SparkHoisting.outerReferences("(SELECT 'a.b' FROM run)"), [])
    }
}

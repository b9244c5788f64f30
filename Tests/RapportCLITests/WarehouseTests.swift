import Foundation
import XCTest

/// The relational layout on a real PostgreSQL server: the DDL runs, and the example team's
/// tables load with every key, reference and allowed value checked. `.ci/run` starts a server
/// and names it in `RAPPORT_TEST_POSTGRES` (a libpq connection string); without one the test is
/// skipped.
final class WarehouseTests: XCTestCase {
    private func psql(_ connection: String, _ arguments: [String], directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-d", connection, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testTheExampleTeamLoadsIntoPostgreSQLWithEveryConstraint() throws {
        guard let connection = ProcessInfo.processInfo.environment["RAPPORT_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server named in RAPPORT_TEST_POSTGRES (.ci/run starts one)")
        }
        let folder = NSTemporaryDirectory() + "rapport-warehouse-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = try CLI.run(["schema", "--dialect", "postgres"])
        XCTAssertEqual(schema.status, 0)
        let export = try CLI.run(["export", "--tables", folder, "Examples/northwind-team.json"])
        XCTAssertEqual(export.status, 0, export.stderr)
        // A schema of its own, dropped at the end, so runs never meet.
        let name = "rapport_test_" + UUID().uuidString.prefix(8).lowercased()
        var script = "CREATE SCHEMA \(name);\nSET search_path TO \(name);\n" + schema.stdout
        let tables = ["portfolio", "reps", "accounts", "custom_fields", "revenue", "growth_plans", "objectives", "actions", "contacts",
                      "activities", "activity_contacts", "opportunities", "opportunity_contacts", "proposals", "leads", "lead_touches"]
        for table in tables { script += "\\copy \(table) FROM '\(table).csv' WITH (FORMAT csv, HEADER true)\n" }
        for table in tables { script += "SELECT '\(table)', count(*) FROM \(table);\n" }
        try script.write(toFile: folder + "/load.sql", atomically: true, encoding: .utf8)
        let loaded = try psql(connection, ["-f", "load.sql"], directory: folder)
        defer { _ = try? psql(connection, ["-c", "DROP SCHEMA \(name) CASCADE"], directory: folder) }
        XCTAssertEqual(loaded.status, 0, loaded.output)
        var counts: [String: Int] = [:]
        for line in loaded.output.split(separator: "\n") {
            let parts = line.split(separator: "|")
            if parts.count == 2, let count = Int(parts[1]) { counts[String(parts[0])] = count }
        }
        for table in tables {
            let csv = try String(contentsOfFile: folder + "/\(table).csv", encoding: .utf8)
            XCTAssertEqual(counts[table], csv.split(separator: "\n").count - 1, table)
        }
        XCTAssertEqual(counts["accounts"], 80)
    }

    func testLoadIsOneTransactionAndRefusesAnExistingSchema() throws {
        guard let connection = ProcessInfo.processInfo.environment["RAPPORT_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server named in RAPPORT_TEST_POSTGRES (.ci/run starts one)")
        }
        let name = "rapport_load_" + UUID().uuidString.prefix(8).lowercased()
        defer { _ = try? psql(connection, ["-c", "DROP SCHEMA IF EXISTS \(name) CASCADE"], directory: NSTemporaryDirectory()) }
        let loaded = try CLI.run(["load", connection, "Examples/northwind-team.json", "--schema", name])
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        XCTAssertEqual(loaded.stdout, "loaded Examples/northwind-team.json into schema \(name): 16 tables, 2356 rows\n")
        let counted = try psql(connection, ["-c", "SELECT count(*) FROM \(name).accounts"], directory: NSTemporaryDirectory())
        XCTAssertEqual(counted.output.trimmingCharacters(in: .whitespacesAndNewlines), "80")
        let again = try CLI.run(["load", connection, "Examples/northwind-team.json", "--schema", name])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.hasPrefix("error[warehouse.load_failed]: PostgreSQL did not load Examples/northwind-team.json, nothing was changed: ERROR:  schema \"\(name)\" already exists"), again.stderr)
        XCTAssertEqual(try CLI.run(["load", connection, "Examples/northwind-team.json", "--schema", "Bad-Name"]).status, 2)
    }
}

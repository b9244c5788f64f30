import Foundation
import XCTest
@testable import RapportCore
@testable import RapportSQL
@testable import RapportEngine

/// The rules compiled to SQL give, on a real PostgreSQL server, exactly the findings and
/// messages of the in-process engine: same subjects, same priorities, same advice (written by
/// Rapport from the holes' values the queries return). `.ci/run` starts the server and names
/// it in `RAPPORT_TEST_POSTGRES`; without one the test is skipped.
final class SQLDifferentialTests: XCTestCase {
    private var connection = ""

    override func setUpWithError() throws {
        guard let named = ProcessInfo.processInfo.environment["RAPPORT_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server named in RAPPORT_TEST_POSTGRES (.ci/run starts one)")
        }
        connection = named
    }

    private func psql(_ script: String, in folder: String) throws -> String {
        let file = folder + "/script-\(UUID().uuidString).sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-d", connection, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A", "-f", file]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "psql", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: String(decoding: problems, as: UTF8.self)])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `portfolio` loaded into a schema of its own; returns the schema's name.
    private func load(_ portfolio: Portfolio, in folder: String) throws -> String {
        let schema = "rapport_sql_" + UUID().uuidString.prefix(8).lowercased()
        var script = "CREATE SCHEMA \(schema);\nSET search_path TO \(schema);\n" + RelationalLayout.ddl(.postgres)
        for (table, text) in TableExport.csv(portfolio) {
            try text.write(toFile: folder + "/\(table).csv", atomically: true, encoding: .utf8)
            script += "\\copy \(table) FROM '\(table).csv' WITH (FORMAT csv, HEADER true)\n"
        }
        _ = try psql(script, in: folder)
        return schema
    }

    /// Each rule's findings as "subject | priority | message", sorted, from the engine.
    private func engineFindings(_ rules: CheckResult, _ portfolio: Portfolio, asOf: CalendarDate?, params: [String: Value]) -> [String: [String]] {
        var options = LintOptions()
        options.judgeWithoutData = true
        options.asOf = asOf
        options.params = params
        var found: [String: [String]] = [:]
        for finding in LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources, options: options).findings {
            found[finding.rule, default: []].append("\(finding.subject.id) | \(SQLExpressionCompiler.number(finding.priority)) | \(finding.message)")
        }
        return found.mapValues { $0.sorted() }
    }

    /// The same from the compiled queries run on PostgreSQL.
    private func sqlFindings(_ program: SQLProgram, _ rules: CheckResult, _ portfolio: Portfolio, schema: String, folder: String) throws -> [String: [String]] {
        let formatter = ValueFormatter(portfolio: portfolio)
        var found: [String: [String]] = [:]
        // One psql run for every query: each answers one line of JSON (jsonb prints on one line).
        var script = "SET search_path TO \(schema);\n"
        for query in program.queries { script += "SELECT coalesce(jsonb_agg(q), '[]') FROM (\(query.sql)) q;\n" }
        let lines = try psql(script, in: folder).split(separator: "\n")
        XCTAssertEqual(lines.count, program.queries.count)
        for (query, line) in zip(program.queries, lines) {
            let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]], query.rule)
            let rule = try XCTUnwrap(rules.checked.rule(query.rule))
            for row in rows {
                let message = query.message(advice: rule.advice, formatter: formatter) { row[$0] }
                let priority = (row["priority"] as? Double).map(SQLExpressionCompiler.number) ?? "0"
                found[query.rule, default: []].append("\(row["subject_id"] as? String ?? "?") | \(priority) | \(message)")
            }
        }
        return found.mapValues { $0.sorted() }
    }

    private func compare(_ rules: CheckResult, _ portfolio: Portfolio, _ label: String, asOf: CalendarDate? = nil, params: [String: Value] = [:]) throws {
        let folder = NSTemporaryDirectory() + "rapport-sql-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = try load(portfolio, in: folder)
        defer { _ = try? psql("DROP SCHEMA \(schema) CASCADE;", in: folder) }
        let program = SQLRuleCompiler.compile(rules.checked, dialect: .postgres, asOf: asOf, params: params)
        XCTAssertFalse(program.queries.isEmpty, label)
        let engine = engineFindings(rules, portfolio, asOf: asOf, params: params)
        let sql = try sqlFindings(program, rules, portfolio, schema: schema, folder: folder)
        var compared = 0
        for query in program.queries {
            let (fromSQL, inProcess) = (sql[query.rule] ?? [], engine[query.rule] ?? [])
            if fromSQL != inProcess {
                let onlySQL = fromSQL.filter { !inProcess.contains($0) }.prefix(3)
                let onlyEngine = inProcess.filter { !fromSQL.contains($0) }.prefix(3)
                XCTFail("\(label): \(query.rule): SQL only \(Array(onlySQL)); in process only \(Array(onlyEngine))")
            }
            compared += engine[query.rule]?.count ?? 0
        }
        XCTAssertGreaterThan(compared, 0, "\(label): the compiled rules find something to compare")
    }

    func testTheShippedPackOnTheExampleTeamAndGeneratedTeams() throws {
        let pack = RuleSetChecker.checkShipped()
        var sources = SourceMap()
        let team = try XCTUnwrap(PortfolioLoader.load(bytes: Array(ExampleTeam.json.utf8), path: "team.json", syntax: .json,
                                                      sources: &sources).portfolio)
        try compare(pack, team, "example team")
        try compare(pack, team, "example team, later, other params", asOf: CalendarDate(iso: "2027-03-31"),
                    params: ["dark_after": .duration(Duration(months: 2, days: 0)), "key_percentile": .number(0.75)])
        for seed in [1, 7] as [UInt64] {
            try compare(pack, try generatedPortfolio(300, seed: seed), "generated, seed \(seed)")
        }
    }

    func testTheSpecExamples() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/spec/examples").path
        guard FileManager.default.fileExists(atPath: examples) else { throw XCTSkip("../shared/spec/examples is not beside the repository") }
        let rules = RuleSetChecker.check(path: examples)
        XCTAssertFalse(rules.diagnostics.hasErrors)
        try compare(rules, try generatedPortfolio(300, seed: 3), "spec examples, generated")
    }
}

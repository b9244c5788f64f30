import Foundation
import XCTest
@testable import RapportCore
@testable import RapportSQL
@testable import RapportEngine

/// The rules compiled to SQL give, on real engines, exactly the findings and messages of the
/// in-process engine: same subjects, same priorities, same advice (written by Rapport from the
/// holes' values the queries return). PostgreSQL: `.ci/run` starts a server and names it in
/// `RAPPORT_TEST_POSTGRES`. DuckDB: its Python package. Spark: `spark-sql` of `SPARK_HOME` or of
/// the pyspark package, in local mode, when `RAPPORT_TEST_SPARK=1`. A test whose engine is not
/// there is skipped.
final class SQLDifferentialTests: XCTestCase {
    enum Backend: String { case postgres, duckdb, spark }

    private var connection = ""
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

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

    /// A finding as one line: subject (type, index, id, name), rep, priority, message, evidence.
    private static func line(_ finding: Finding) -> String {
        let subject = finding.subject
        return "\(subject.type.rawValue)#\(subject.index) \(subject.id) (\(subject.name)) → \(finding.rep.map { "\($0.index):\($0.id)" } ?? "team")"
            + " | \(SQLExpressionCompiler.number(finding.priority)) | \(finding.message)"
            + " | " + finding.evidence.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
    }

    /// Each rule's findings, in order, from the engine.
    private func engineFindings(_ rules: CheckResult, _ portfolio: Portfolio, asOf: CalendarDate?, params: [String: Value]) -> [String: [String]] {
        var options = LintOptions()
        options.judgeWithoutData = true
        options.asOf = asOf
        options.params = params
        var found: [String: [String]] = [:]
        for finding in LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources, options: options).findings {
            found[finding.rule, default: []].append(Self.line(finding))
        }
        return found
    }

    /// The same from the compiled queries run on `backend`, made into findings by ``SQLFindings``
    /// with only the portfolio's own values and reps.
    private func sqlFindings(_ program: SQLProgram, _ rules: CheckResult, _ portfolio: Portfolio, on backend: Backend, folder: String) throws -> [String: [String]] {
        let results = try rows(program, portfolio, on: backend, folder: folder)
        XCTAssertEqual(results.count, program.queries.count, backend.rawValue)
        var made = SQLFindings(program, rules: rules, head: portfolio.head)
        for (index, rows) in results.enumerated() {
            for row in rows { made.add(query: index) { row[$0] } }
        }
        XCTAssertEqual(made.unknownReps, [])
        var found: [String: [String]] = [:]
        for finding in made.findings() { found[finding.rule, default: []].append(Self.line(finding)) }
        return found
    }

    /// Each query's rows, decoded from the one line of JSON the engine prints for it.
    private func rows(_ program: SQLProgram, _ portfolio: Portfolio, on backend: Backend, folder: String) throws -> [[[String: Any]]] {
        let output: String
        switch backend {
        case .postgres:
            let schema = try load(portfolio, in: folder)
            defer { _ = try? psql("DROP SCHEMA \(schema) CASCADE;", in: folder) }
            // jsonb prints on one line.
            var script = "SET search_path TO \(schema);\n"
            for query in program.queries { script += "SELECT coalesce(jsonb_agg(q), '[]') FROM (\(query.sql)) q;\n" }
            output = try psql(script, in: folder)
        case .duckdb:
            try writeTables(portfolio, in: folder)
            try RelationalLayout.ddl(.duckdb).write(toFile: folder + "/schema.sql", atomically: true, encoding: .utf8)
            try program.text.write(toFile: folder + "/queries.sql", atomically: true, encoding: .utf8)
            output = try Self.run("/usr/bin/env", ["python3", Self.repository.appendingPathComponent("Tests/Warehouse/duckdb_queries.py").path, folder])
        case .spark:
            try writeTables(portfolio, in: folder)
            var script = ""
            for table in RelationalLayout.tables {
                script += RelationalLayout.sparkCSVView(table, path: "\(folder)/\(table.name).csv") + "\n"
            }
            for query in program.queries { script += "SELECT to_json(collect_list(struct(*))) FROM (\(query.sql)) q;\n" }
            try script.write(toFile: folder + "/spark.sql", atomically: true, encoding: .utf8)
            output = try Self.run(try Self.sparkSQL(), ["--master", "local[2]", "-S", "--conf", "spark.ui.enabled=false",
                                                  "--conf", "spark.sql.warehouse.dir=\(folder)/warehouse", "-f", folder + "/spark.sql"],
                             directory: folder)
        }
        return try output.split(separator: "\n").map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]], String(line.prefix(200)))
        }
    }

    private func writeTables(_ portfolio: Portfolio, in folder: String) throws {
        for (table, text) in TableExport.csv(portfolio) {
            try text.write(toFile: folder + "/\(table).csv", atomically: true, encoding: .utf8)
        }
    }

    /// `spark-sql` of `SPARK_HOME`, else of the pyspark package.
    private static func sparkSQL() throws -> String {
        if let home = ProcessInfo.processInfo.environment["SPARK_HOME"], FileManager.default.isExecutableFile(atPath: home + "/bin/spark-sql") {
            return home + "/bin/spark-sql"
        }
        let found = try? run("/usr/bin/env", ["python3", "-c", "import pyspark, os; print(os.path.dirname(pyspark.__file__))"])
        guard let home = found?.trimmingCharacters(in: .whitespacesAndNewlines), FileManager.default.isExecutableFile(atPath: home + "/bin/spark-sql") else {
            throw XCTSkip("no Spark: neither SPARK_HOME nor the pyspark package (.ci/run installs pyspark)")
        }
        return home + "/bin/spark-sql"
    }

    /// Runs a program, failing with (the start of) its standard error when it fails.
    private static func run(_ executable: String, _ arguments: [String], directory: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if executable.hasSuffix("spark-sql") {
            var environment = ProcessInfo.processInfo.environment
            environment["SPARK_HOME"] = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent().path
            process.environment = environment
        }
        let errorFile = NSTemporaryDirectory() + "rapport-sql-stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            let text = errors.split(separator: "\n").filter { !$0.hasPrefix("\tat ") && !$0.contains(" WARN ") }.prefix(40).joined(separator: "\n")
            throw NSError(domain: executable, code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: text])
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func compare(_ rules: CheckResult, _ portfolio: Portfolio, _ label: String, on backend: Backend,
                         asOf: CalendarDate? = nil, params: [String: Value] = [:]) throws {
        let folder = NSTemporaryDirectory() + "rapport-sql-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dialect: SQLDialect = switch backend {
        case .postgres: .postgres
        case .duckdb: .duckdb
        case .spark: .spark
        }
        let program = SQLRuleCompiler.compile(rules.checked, dialect: dialect, asOf: asOf, params: params)
        XCTAssertEqual(program.leftOut.map(\.message), [], label)
        let engine = engineFindings(rules, portfolio, asOf: asOf, params: params)
        let sql = try sqlFindings(program, rules, portfolio, on: backend, folder: folder)
        var compared = 0
        for query in program.queries {
            let (fromSQL, inProcess) = (sql[query.rule] ?? [], engine[query.rule] ?? [])
            if fromSQL != inProcess {
                let onlySQL = fromSQL.filter { !inProcess.contains($0) }.prefix(3)
                let onlyEngine = inProcess.filter { !fromSQL.contains($0) }.prefix(3)
                XCTFail("\(backend) \(label): \(query.rule): SQL only \(Array(onlySQL)); in process only \(Array(onlyEngine))")
            }
            compared += engine[query.rule]?.count ?? 0
        }
        XCTAssertGreaterThan(compared, 0, "\(label): the compiled rules find something to compare")
    }

    /// The shipped pack and the spec's examples on the example team (also at a later date with
    /// other params) and on generated teams.
    /// Spark starts a JVM for each run (15 s) and runs correlated subqueries slowly in local
    /// mode: it gets one date, one generated team and the spec's examples.
    private func differential(_ backend: Backend) throws {
        let pack = RuleSetChecker.checkShipped()
        var sources = SourceMap()
        let team = try XCTUnwrap(PortfolioLoader.load(bytes: Array(ExampleTeam.json.utf8), path: "team.json", syntax: .json,
                                                      sources: &sources).portfolio)
        try compare(pack, team, "example team", on: backend)
        if backend != .spark {
            try compare(pack, team, "example team, later, other params", on: backend, asOf: CalendarDate(iso: "2027-03-31"),
                        params: ["dark_after": .duration(Duration(months: 2, days: 0)), "key_percentile": .number(0.75)])
        }
        for seed in (backend == .spark ? [7] : [1, 7]) as [UInt64] {
            try compare(pack, try generatedPortfolio(300, seed: seed), "generated, seed \(seed)", on: backend)
        }
        let examples = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/spec/examples").path
        if FileManager.default.fileExists(atPath: examples) {
            let rules = RuleSetChecker.check(path: examples)
            XCTAssertFalse(rules.diagnostics.hasErrors)
            try compare(rules, try generatedPortfolio(300, seed: 3), "spec examples, generated", on: backend)
        }
    }

    func testPostgreSQL() throws {
        guard let named = ProcessInfo.processInfo.environment["RAPPORT_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server named in RAPPORT_TEST_POSTGRES (.ci/run starts one)")
        }
        connection = named
        try differential(.postgres)
    }

    func testDuckDB() throws {
        guard (try? Self.run("/usr/bin/env", ["python3", "-c", "import duckdb"])) != nil else {
            throw XCTSkip("no DuckDB: pip install duckdb (.ci/run does)")
        }
        try differential(.duckdb)
    }

    /// Minutes, not seconds: run when `RAPPORT_TEST_SPARK=1` (as `.ci/run` sets it).
    func testSpark() throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_TEST_SPARK"] == "1" else {
            throw XCTSkip("Spark's differential test takes minutes: RAPPORT_TEST_SPARK=1 runs it (.ci/run does)")
        }
        _ = try Self.sparkSQL()
        try differential(.spark)
    }
}

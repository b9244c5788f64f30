import Foundation
import XCTest

/// `rapport lint --engine` and `rapport coach --engine` as a user runs them: the example team
/// loaded into PostgreSQL with `rapport load` (and exported as CSV for Spark) gives, in every
/// report format and agenda, exactly the output of the same command on the file, but for the
/// data's name. PostgreSQL: `.ci/run` names a server in `RAPPORT_TEST_POSTGRES`; Spark: when
/// `RAPPORT_TEST_SPARK=1`. Without them those tests are skipped.
final class WarehouseCommandTests: XCTestCase {
    private let team = "Examples/northwind-team.json"
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-engine-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The server of `RAPPORT_TEST_POSTGRES` (libpq's `key=value` form) as a `postgres://` URL.
    private func server() throws -> (connection: String, url: String) {
        guard let connection = ProcessInfo.processInfo.environment["RAPPORT_TEST_POSTGRES"] else {
            throw XCTSkip("no PostgreSQL server named in RAPPORT_TEST_POSTGRES (.ci/run starts one)")
        }
        var settings: [String: String] = [:]
        for pair in connection.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { settings[parts[0]] = parts[1] }
        }
        var query = [String]()
        if let host = settings["host"] { query.append("host=\(host)") }
        if let port = settings["port"] { query.append("port=\(port)") }
        let url = "postgres://\(settings["user"] ?? "postgres")@/\(settings["dbname"] ?? "postgres")?" + query.joined(separator: "&")
        return (connection, url)
    }

    /// The example team loaded into a schema of its own; returns the engine URL naming it and
    /// drops the schema when the test ends.
    private func loadedTeam() throws -> String {
        let (connection, url) = try server()
        let schema = "rapport_engine_" + UUID().uuidString.prefix(8).lowercased()
        let loaded = try CLI.run(["load", connection, team, "--schema", schema])
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        addTeardownBlock { self.drop(schema, connection) }
        return url + "&schema=\(schema)"
    }

    private func drop(_ schema: String, _ connection: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-d", connection, "-q", "-c", "DROP SCHEMA IF EXISTS \(schema) CASCADE"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
    }

    /// Runs `arguments` on the file (in place of `@`, with `fileExtra`) and on the engine (with
    /// `engineExtra`); the outputs must be the same but for the data's name (as written in each
    /// format). Text where the name is longer may wrap elsewhere: where the outputs differ, they
    /// must be the same words in the same order.
    private func assertSame(_ arguments: [String], engine: [String], name: String, _ label: String, fileExtra: [String] = [],
                            engineExtra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let onFile = try CLI.run(arguments.map { $0 == "@" ? team : $0 } + fileExtra + ["--no-pager"])
        var onEngine = arguments.filter { $0 != "@" }
        onEngine.insert(contentsOf: engine, at: 1)
        let fromEngine = try CLI.run(onEngine + engineExtra + ["--no-pager"])
        XCTAssertEqual(fromEngine.status, onFile.status, "\(label): \(fromEngine.stderr)", file: file, line: line)
        XCTAssertEqual(fromEngine.stderr, "", label, file: file, line: line)
        XCTAssertFalse(onFile.stdout.isEmpty, label, file: file, line: line)
        func named(_ text: String) -> String {
            var text = text
            for form in [name, name.replacingOccurrences(of: "&", with: "&amp;")] { text = text.replacingOccurrences(of: form, with: "<data>") }
            return text.replacingOccurrences(of: " --engine '<data>'", with: " <data>").replacingOccurrences(of: " --engine <data>", with: " <data>")
        }
        let (expected, actual) = (named(onFile.stdout.replacingOccurrences(of: team, with: name)), named(fromEngine.stdout))
        if expected != actual {
            func words(_ text: String) -> String { named(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")) }
            XCTAssertEqual(words(fromEngine.stdout), words(onFile.stdout.replacingOccurrences(of: team, with: name)), label, file: file, line: line)
        }
    }

    func testLintAndCoachOnPostgreSQLGiveTheFilesOutput() throws {
        let url = try loadedTeam()
        let engine = ["--engine", url]
        for format in ["text", "json", "sarif", "junit", "markdown", "html"] {
            try assertSame(["lint", "@", "--format", format], engine: engine, name: url, "lint --format \(format)")
        }
        try assertSame(["lint", "@", "--rep", "r-03", "--select", "key_accounts", "--min-severity", "suggestion"], engine: engine, name: url,
                       "lint --rep --select")
        try assertSame(["lint", "@", "--as-of", "2027-03-31", "--param", "dark_after=60 days", "-f", "json"], engine: engine, name: url,
                       "lint --as-of --param")
        try assertSame(["coach", "@"], engine: engine, name: url, "coach")
        try assertSame(["coach", "@", "--rep", "Jonas Berg", "--all"], engine: engine, name: url, "coach --rep --all")

        // A snooze file given to both hides the same finding.
        let snoozes = folder + "/snoozes.yaml"
        try """
            - rule: key_account_without_growth_plan
              subject: a-001
              reason: New CFO in January
              by: dana
              until: 2027-01-15
            """.write(toFile: snoozes, atomically: true, encoding: .utf8)
        try assertSame(["coach", "@", "--snooze", snoozes], engine: engine, name: url, "coach --snooze")
        let snoozed = try CLI.run(["coach", "--engine", url, "--snooze", snoozes, "--no-pager"])
        XCTAssertTrue(snoozed.stdout.hasSuffix("\n1 finding snoozed\n"), snoozed.stdout)

        // A history recorded from each, then compared against at a later date.
        for (label, target, history) in [("file", [team], folder + "/file.sqlite"), ("engine", engine, folder + "/engine.sqlite")] {
            let recorded = try CLI.run(["lint"] + target + ["--record", "--history", history, "-f", "json", "-o", folder + "/\(label).json"])
            XCTAssertEqual(recorded.status, 1, recorded.stderr)
        }
        try assertSame(["coach", "@", "--as-of", "2027-01-20"], engine: engine, name: url, "coach --since the recorded run",
                       fileExtra: ["--history", folder + "/file.sqlite"], engineExtra: ["--history", folder + "/engine.sqlite"])
        let later = try CLI.run(["coach", "--engine", url, "--history", folder + "/engine.sqlite", "--as-of", "2027-01-20", "--no-pager"])
        XCTAssertTrue(later.stdout.contains("since 2026-11-27"), later.stdout)

        // A password in the URL is never shown: reports and hints name the data without it.
        let secret = url.replacingOccurrences(of: "postgres://postgres@", with: "postgres://postgres:s3cret@")
        for arguments in [["coach", "--engine", secret, "--no-pager"], ["lint", "--engine", secret, "-f", "sarif"]] {
            let shown = try CLI.run(arguments)
            XCTAssertEqual(shown.status, arguments[0] == "coach" ? 0 : 1, shown.stderr)
            XCTAssertFalse((shown.stdout + shown.stderr).contains("s3cret"), arguments[0])
            XCTAssertTrue(shown.stdout.contains(url) || shown.stdout.replacingOccurrences(of: "\n     ", with: " ").contains(url), arguments[0])
        }
    }

    func testProblemsWithTheWarehouseAreLocatedErrors() throws {
        let url = try loadedTeam()
        let (_, bare) = try server()
        // A rule the engine cannot run stops the run: the lint would not be the same.
        let mixed = try CLI.run(["lint", "--engine", url, "--rules", "Tests/Fixtures/sql/mixed.rapport"])
        XCTAssertEqual(mixed.status, 2)
        XCTAssertTrue(mixed.stderr.hasPrefix("error[sql.unsupported]: rule `first_contacts` cannot run on PostgreSQL: `take` of a count that is not written out"), mixed.stderr)
        XCTAssertTrue(mixed.stderr.contains("--> Tests/Fixtures/sql/mixed.rapport:16:"), mixed.stderr)
        XCTAssertTrue(mixed.stderr.contains("= help: leave it out with `--ignore first_contacts`"), mixed.stderr)
        let ignored = try CLI.run(["lint", "--engine", url, "--rules", "Tests/Fixtures/sql/mixed.rapport", "--ignore", "first_contacts", "--no-pager"])
        let inProcess = try CLI.run(["lint", team, "--rules", "Tests/Fixtures/sql/mixed.rapport", "--ignore", "first_contacts", "--no-pager"])
        XCTAssertEqual(ignored.stdout.replacingOccurrences(of: url, with: team), inProcess.stdout)

        let cases: [(arguments: [String], prefix: String)] = [
            (["lint", "--engine", bare + "&schema=rapport_missing"],
             "error[warehouse.query_failed]: PostgreSQL could not run Rapport's queries: relation \"portfolio\" does not exist"),
            (["lint", "--engine", "postgres://nobody@127.0.0.1:1/none?sslmode=disable"],
             "error[warehouse.connect_failed]: cannot connect to postgres://nobody@127.0.0.1:1/none: Connection refused (127.0.0.1:1)\n"),
            (["lint", "--engine", "postgres://me@host/db?colour=blue"],
             "error[warehouse.bad_url]: cannot read the PostgreSQL URL: `colour` is not a setting Rapport reads"),
            (["coach", "--engine", "mysql://me@host/db"], "error[warehouse.unknown_engine]: `mysql://me@host/db` names no engine Rapport runs on"),
            (["lint", team, "--engine", url], "Error: give portfolio files or --engine, not both"),
            (["coach", "--engine", url, "--record"], "Error: --record and --since on a warehouse need --history FILE"),
            (["lint", "--engine", url, "--spark-master", "local"], "Error: the --spark- options go with --engine spark"),
        ]
        for (arguments, prefix) in cases {
            let result = try CLI.run(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.hasPrefix(prefix), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", arguments.joined(separator: " "))
        }
        // The missing schema's error says what the warehouse must hold.
        let missing = try CLI.run(["lint", "--engine", bare + "&schema=rapport_missing"])
        XCTAssertTrue(missing.stderr.contains("= help: the warehouse must hold every table of `rapport schema`"), missing.stderr)
    }

    /// Minutes, not seconds: run when `RAPPORT_TEST_SPARK=1` (as `.ci/run` sets it).
    func testLintAndCoachOnSparkGiveTheFilesOutput() throws {
        guard ProcessInfo.processInfo.environment["RAPPORT_TEST_SPARK"] == "1" else {
            throw XCTSkip("Spark's runs take minutes: RAPPORT_TEST_SPARK=1 runs them (.ci/run does)")
        }
        let tables = folder + "/tables"
        XCTAssertEqual(try CLI.run(["export", "--tables", tables, team]).status, 0)
        let engine = ["--engine", "spark", "--spark-tables", tables, "--spark-master", "local[2]"]
        // One JVM start is half a minute: the JSON report holds every finding whole; the agendas
        // are made from findings the same way whatever engine found them (PostgreSQL's test).
        try assertSame(["lint", "@", "--format", "json"], engine: engine, name: "spark:\(tables)", "spark lint --format json")
        let missing = try CLI.run(["lint", "--engine", "spark", "--spark-tables", folder])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("error[warehouse.missing_table]: \(folder) has no portfolio.csv"), missing.stderr)
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a portfolio into PostgreSQL, in the tables of its relational layout (`rapport schema`).",
        discussion: """
        The tables are created in SCHEMA (default: rapport), which must not exist yet, and filled \
        with COPY, all in one transaction: a failure leaves the database as it was. The rules then \
        run there as `rapport sql --dialect postgres` writes them (docs/warehouse.md). Runs \
        psql (Debian: postgresql-client) with the URL given. Exit status: 0, or 2 when the \
        portfolio does not load or PostgreSQL refuses.
        """
    )

    @Argument(help: "The database: postgres://user@host:port/db (or any libpq connection string).")
    var url: String

    @Argument(help: "A portfolio file (.json, .yaml).", completion: ShellCompletions.portfolio)
    var portfolio: String

    @Option(help: "The schema to create and load into.")
    var schema = "rapport"

    func validate() throws {
        guard schema.range(of: #"^[a-z_][a-z0-9_]*$"#, options: .regularExpression) != nil else {
            throw ValidationError("--schema must be a plain lowercase name (letters, digits, _)")
        }
    }

    func run() throws {
        let frontend = Frontend()
        let (loaded, _) = try frontend.portfolio(at: portfolio)
        let folder = NSTemporaryDirectory() + "rapport-load-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = TableExport.csv(loaded)
        var script = "\\set ON_ERROR_STOP on\nBEGIN;\nCREATE SCHEMA \(schema);\nSET search_path TO \(schema);\n"
        script += RelationalLayout.ddl(.postgres)
        for file in files {
            try AtomicFile.write(Array(file.text.utf8), to: folder + "/\(file.table).csv")
            script += "\\copy \(file.table) FROM '\(folder)/\(file.table).csv' WITH (FORMAT csv, HEADER true)\n"
        }
        script += "ANALYZE;\nCOMMIT;\n"
        try AtomicFile.write(Array(script.utf8), to: folder + "/load.sql")
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", "-X", "-q", "-d", url, "-f", folder + "/load.sql"]
        let errors = Pipe()
        psql.standardError = errors
        psql.standardOutput = FileHandle.nullDevice
        do { try psql.run() } catch {
            throw frontend.failure("io.unreadable", "cannot run psql: \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        psql.waitUntilExit()
        guard psql.terminationStatus == 0 else {
            // psql's own lines name its script: keep PostgreSQL's words.
            let said = message.split(separator: "\n").first { $0.contains("ERROR:") || $0.contains("FATAL:") || $0.contains("error:") }
                .map { line in String(line[(line.range(of: "ERROR:") ?? line.range(of: "FATAL:") ?? line.range(of: "error:"))!.lowerBound...]) }
            let reason = message.isEmpty ? "psql is not installed (Debian: postgresql-client)" : TerminalText.escaped(said ?? message)
            throw frontend.failure("warehouse.load_failed", "PostgreSQL did not load \(portfolio), nothing was changed: \(reason)",
                                   help: said?.contains("already exists") == true ? ["load into another --schema, or drop that one first"] : [])
        }
        let rows = TableExport.rowCount(files)
        Terminal.out("loaded \(portfolio) into schema \(schema): \(files.count) tables, \(rows) rows\n")
    }
}

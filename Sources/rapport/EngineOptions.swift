import ArgumentParser
import Foundation
import RapportCore
import RapportWarehouse

/// `--engine URL` and Spark's settings, shared by `lint` and `coach`: the rules run where the
/// data is, and their findings come back for the same reports and agendas.
struct EngineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run the rules on a warehouse instead of a portfolio file: postgres://user@host/db or spark (docs/warehouse.md).",
                               valueName: "url"))
    var engine: String?

    @Option(name: .customLong("spark-master"), help: "With --engine spark: Spark's --master (a cluster's URL, or local[*]).")
    var sparkMaster: String?

    @Option(name: .customLong("spark-database"), help: "With --engine spark: the database that holds the tables (default: the session's).")
    var sparkDatabase: String?

    @Option(name: .customLong("spark-tables"), help: "With --engine spark: a folder of the tables as CSV files (rapport export --tables).",
            completion: .directory)
    var sparkTables: String?

    @Option(name: .customLong("spark-conf"), help: "With --engine spark: a Spark setting (key=value), passed on. Repeatable.")
    var sparkConf: [String] = []

    func validate() throws {
        let sparkOptions = sparkMaster != nil || sparkDatabase != nil || sparkTables != nil || !sparkConf.isEmpty
        if sparkOptions && engine != "spark" { throw ValidationError("the --spark- options go with --engine spark") }
        if sparkDatabase != nil && sparkTables != nil { throw ValidationError("give --spark-database or --spark-tables, not both") }
        if let bad = sparkConf.first(where: { !$0.contains("=") }) { throw ValidationError("--spark-conf \(bad): write key=value") }
    }

    /// The engine named, or nil when the rules run in process; a name that is no engine ends
    /// the command.
    func chosen(_ frontend: Frontend) throws -> WarehouseEngine? {
        guard let engine else { return nil }
        let spark = SparkSettings(master: sparkMaster, database: sparkDatabase, tables: sparkTables, conf: sparkConf)
        switch WarehouseEngine.parse(engine, spark: spark) {
        case .success(let chosen): return chosen
        case .failure(let error): throw frontend.failure(error.diagnostics)
        }
    }

    /// The options that name `engine` again, for a hint to run another command on it: the URL
    /// without its password (PGPASSWORD gives it), Spark's settings as given.
    func arguments(naming engine: WarehouseEngine) -> String {
        switch engine {
        case .postgres(let location): return "--engine " + shellQuoted(location.name)
        case .spark(let settings):
            var words = ["--engine", "spark"]
            if let master = settings.master { words += ["--spark-master", master] }
            if let database = settings.database { words += ["--spark-database", database] }
            if let tables = settings.tables { words += ["--spark-tables", tables] }
            for setting in settings.conf { words += ["--spark-conf", setting] }
            return words.map(shellQuoted).joined(separator: " ")
        }
    }

    /// The rules run on `engine`; problems with the warehouse end the command (status 2), rep
    /// ids the reps table lacks are warned about.
    static func run(_ rules: CheckResult, options: LintOptions, on engine: WarehouseEngine, digest: Bool,
                    frontend: Frontend) throws -> WarehouseLint.Run {
        let result = frontend.pipeline.stage("warehouse: \(engine.dialect.title)") {
            waitFor { () async throws(WarehouseError) in try await WarehouseLint.run(rules, options: options, on: engine, digest: digest) }
        }
        switch result {
        case .failure(let error):
            throw frontend.failure(error.diagnostics, sources: rules.sources, summary: "the rules did not run on \(engine.name)")
        case .success(let run):
            if !run.unknownReps.isEmpty {
                frontend.show([Diagnostic(.warning, code: "warehouse.unknown_rep",
                                          message: "findings coach \(plural(run.unknownReps.count, "rep")) the reps table does not hold (\(run.unknownReps.prefix(5).joined(separator: ", "))): they are listed with the team",
                                          help: ["add them to the reps table, or fix the owner ids"])])
            }
            return run
        }
    }

    /// Waits, on this thread, for `body`'s result: the commands are synchronous, the warehouse
    /// client is not (its tasks run on Swift's own threads, never this one).
    private static func waitFor<T: Sendable>(_ body: @escaping @Sendable () async throws(WarehouseError) -> T) -> Result<T, WarehouseError> {
        let slot = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(WarehouseError) { slot.result = .success(try await body()) } catch { slot.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return slot.result!
    }
}

/// A result handed from a task to the thread waiting for it (the semaphore orders the two).
private final class ResultSlot<T: Sendable>: @unchecked Sendable {
    var result: Result<T, WarehouseError>?
}

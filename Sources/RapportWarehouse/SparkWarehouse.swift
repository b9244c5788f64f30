import Foundation
import RapportModel

/// Statements run by Spark's own `spark-sql` command, all in one session (the JVM starts
/// once): each row comes back as a line of its statement's number and a JSON object.
struct SparkWarehouse: WarehouseSession {
    let settings: SparkSettings

    func run(_ statements: [String], row: (Int, String) throws(WarehouseError) -> Void) async throws(WarehouseError) {
        let (command, home) = try Self.sparkSQL()
        let folder = NSTemporaryDirectory() + "rapport-spark-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WarehouseError("warehouse.io", "cannot make a folder for Spark's script: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var script = ""
        if let tables = settings.tables {
            script += try Self.views(of: tables)
        } else if let database = settings.database {
            script += "USE `\(database.replacingOccurrences(of: "`", with: "``"))`;\n"
        }
        for (index, sql) in statements.enumerated() {
            script += "SELECT \(index), to_json(struct(*)) FROM (\(sql)) q;\n"
        }
        let scriptPath = folder + "/rapport.sql"
        let errorPath = folder + "/stderr"
        do {
            try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        } catch {
            throw WarehouseError("warehouse.io", "cannot write Spark's script: \(error.localizedDescription)")
        }
        var arguments = ["-S", "--conf", "spark.ui.enabled=false"]
        if let master = settings.master { arguments += ["--master", master] }
        for setting in settings.conf { arguments += ["--conf", setting] }
        // Over CSV files nothing is kept: the session's metastore and warehouse go in the
        // scratch folder, not the user's current one.
        if settings.tables != nil {
            arguments += ["--conf", "spark.sql.warehouse.dir=\(folder)/warehouse", "--driver-java-options", "-Dderby.system.home=\(folder)"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments + ["-f", scriptPath]
        if let home {
            var environment = ProcessInfo.processInfo.environment
            environment["SPARK_HOME"] = home
            process.environment = environment
        }
        if settings.tables != nil { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw WarehouseError("warehouse.connect_failed", "cannot start \(command): \(error.localizedDescription)")
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            // Spark's own words, without its stack traces and warnings.
            let lines = errors.split(separator: "\n").filter { !$0.hasPrefix("\tat ") && !$0.contains(" WARN ") && !$0.contains(" INFO ") }
            throw WarehouseError.queryFailed(on: "Spark", lines.prefix(12).joined(separator: "\n"))
        }
        for line in output.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let index = Int(String(decoding: line[line.startIndex..<tab], as: UTF8.self)), statements.indices.contains(index) else {
                continue
            }
            try row(index, String(decoding: line[(tab + 1)...], as: UTF8.self))
        }
    }

    /// The layout's tables as temporary views over the CSV files of `folder`.
    static func views(of folder: String) throws(WarehouseError) -> String {
        var script = ""
        for table in RelationalLayout.tables {
            let path = folder + "/\(table.name).csv"
            guard FileManager.default.fileExists(atPath: path) else {
                throw WarehouseError("warehouse.missing_table", "\(folder) has no \(table.name).csv",
                                     help: ["`rapport export --tables \(folder) PORTFOLIO` writes every table of the layout"])
            }
            script += RelationalLayout.sparkCSVView(table, path: URL(fileURLWithPath: path).standardizedFileURL.path) + "\n"
        }
        return script
    }

    /// `spark-sql` of `SPARK_HOME`, else on the `PATH` (which finds its own home), else of the
    /// pyspark package; with the home to give it.
    static func sparkSQL() throws(WarehouseError) -> (command: String, home: String?) {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["SPARK_HOME"], FileManager.default.isExecutableFile(atPath: home + "/bin/spark-sql") {
            return (home + "/bin/spark-sql", home)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/spark-sql") {
            return ("\(folder)/spark-sql", nil)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyspark, os; print(os.path.dirname(pyspark.__file__))"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) != nil {
            let home = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            process.waitUntilExit()
            if process.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: home + "/bin/spark-sql") { return (home + "/bin/spark-sql", home) }
        }
        throw WarehouseError("warehouse.no_spark", "no Spark found: neither SPARK_HOME, nor spark-sql on the PATH, nor the pyspark package",
                             help: ["install Spark and set SPARK_HOME, or `pip install pyspark` (Java 17 or later is needed)"])
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a portfolio as one CSV file per table of its relational layout (`rapport schema`).",
        discussion: """
        Files are named after the tables (accounts.csv, opportunity_contacts.csv, …) and written \
        atomically into DIR, which is made when missing. Load them into the tables that \
        `rapport schema --dialect …` creates (docs/warehouse.md). Exit status: 0, or 2 when the \
        portfolio does not load or a file cannot be written.
        """
    )

    @Option(help: "The folder to write the tables into.", completion: .directory)
    var tables: String

    @Argument(help: "A portfolio file (.json, .yaml).", completion: ShellCompletions.portfolio)
    var portfolio: String

    func run() throws {
        let frontend = Frontend()
        let (loaded, _) = try frontend.portfolio(at: portfolio)
        do {
            try FileManager.default.createDirectory(atPath: tables, withIntermediateDirectories: true)
        } catch {
            throw frontend.failure("io.write_failed", "cannot make the folder \(tables): \(error.localizedDescription)")
        }
        let files = TableExport.csv(loaded)
        let paths = files.map { tables + "/" + $0.table + ".csv" }
        try frontend.refuseOutputsOverInputs(paths, inputs: [portfolio], option: "--tables")
        for (file, path) in zip(files, paths) { try AtomicFile.write(Array(file.text.utf8), to: path) }
        let rows = TableExport.rowCount(files)
        Terminal.out("wrote \(files.count) tables, \(rows) rows, to \(tables)\n")
    }
}

import ArgumentParser
import Foundation
import RapportCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Build a portfolio from CRM exports (CSV) with a mapping file or a preset.",
        discussion: """
        With --mapping, each file is read with the mapping entry of the same file name; with \
        --preset, each file is read as the entity whose columns it has (see docs/import.md). \
        Every value or row that cannot be imported is reported with file, line, column and value; \
        a summary says what each file became. Exit status: 0 imported (problems reported), 1 \
        problems with --strict (nothing written), 2 when a file or the mapping cannot be read or \
        the result does not load.
        """
    )

    @Argument(help: "CSV files exported from the CRM.", completion: .file(extensions: ["csv"]))
    var files: [String] = []

    @Option(help: "A mapping file (YAML): which file holds which entity, which column is which field.",
            completion: .file(extensions: ["yaml", "yml"]))
    var mapping: String?

    @Option(help: "A built-in mapping: salesforce (report exports) or hubspot (deal, company and contact exports).",
            completion: .list(ImportPresets.names))
    var preset: String?

    @Option(name: [.customLong("out"), .customShort("o")], help: "Write the portfolio here (atomically) instead of standard output.")
    var out: String?

    @Option(name: .customLong("date-format"), help: "How dates are written: auto, iso, mdy (M/D/YYYY) or dmy (D/M/YYYY); overrides the mapping's.")
    var dateFormat: String?

    @Flag(name: .customLong("print-mapping"), help: "Print the preset's mapping (YAML), to start a mapping of your own, and stop.")
    var printMapping = false

    @Option(help: "Write every problem, one per row, to this CSV file.")
    var problems: String?

    @Option(help: "The team's name (overrides the mapping's).")
    var team: String?

    @Option(name: .customLong("as-of"), help: "The portfolio's date (default: the mapping's, else the latest date in the data).", transform: dateArgument)
    var asOf: CalendarDate?

    @Flag(help: "Treat any problem as fatal: nothing is written.")
    var strict = false

    func validate() throws {
        if printMapping {
            guard preset != nil, mapping == nil else { throw ValidationError("--print-mapping prints a --preset's mapping") }
            if let preset, ImportPresets.text(preset) == nil {
                throw ValidationError("unknown preset `\(preset)`; the presets are \(ImportPresets.names.joined(separator: ", "))")
            }
            return
        }
        if let dateFormat, DateOrder(rawValue: dateFormat.lowercased()) == nil {
            throw ValidationError("--date-format is one of \(DateOrder.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if files.isEmpty { throw ValidationError("give the CSV files to import") }
        if (mapping == nil) == (preset == nil) { throw ValidationError("give either --mapping FILE or --preset salesforce|hubspot") }
        if let preset, ImportPresets.text(preset) == nil {
            throw ValidationError("unknown preset `\(preset)`; the presets are \(ImportPresets.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        if printMapping, let preset, let text = ImportPresets.text(preset) {
            Terminal.out("# The \(preset) preset of `rapport import`: save it, change it, and use it with --mapping.\n" + text + "\n")
            return
        }
        let frontend = Frontend()
        // Nothing is written over an input: checked before anything is read.
        try frontend.refuseOutputsOverInputs([out, problems].compactMap { $0 }, inputs: files + [mapping].compactMap { $0 },
                                             option: "output")
        var sources = SourceMap()
        let request = ImportRequest(files: files, mapping: mapping.map { .file($0) } ?? .preset(preset ?? ""), team: team, asOf: asOf,
                                    dateOrder: dateFormat.flatMap { DateOrder(rawValue: $0.lowercased()) })
        let (imported, stopped) = Importer.run(request, sources: &sources)
        guard let result = imported else { throw frontend.failure(stopped, sources: sources) }
        Terminal.err(ImportText.render(result, out: out))
        if let problems {
            try AtomicFile.write(Array(result.problemsCSV().utf8), to: problems)
        }
        guard let json = result.json else { throw frontend.failure([], summary: "nothing was written: the portfolio could not be built") }
        if strict && !result.problems.isEmpty {
            frontend.show([], summary: "nothing was written: --strict and \(plural(result.problems.count, "problem"))")
            throw ExitCode(1)
        }
        if let out { try AtomicFile.write(Array(json.utf8), to: out) } else { Terminal.out(json) }
    }
}

/// The import's report for people.
enum ImportText {
    static func render(_ result: ImportResult, out: String?) -> String {
        var text = ""
        for file in result.files {
            text += "\(file.file): \(grouped(file.rows)) row\(file.rows == 1 ? "" : "s") → \(grouped(file.imported)) \(noun(file.entity, file.imported))"
            text += file.notImported > 0 ? "; \(grouped(file.notImported)) not imported\n" : "\n"
        }
        let derived = result.derived.sorted { $0.key < $1.key }.map { "\($0.value) \(noun($0.key, $0.value))" }
        if !derived.isEmpty { text += "made from references (owner names, account names): \(derived.joined(separator: ", "))\n" }
        if result.ownersDerived > 0 { text += "account owners taken from who has the most opportunities on them: \(result.ownersDerived)\n" }
        if result.levelsFromTitles > 0 { text += "contact levels read from job titles: \(result.levelsFromTitles)\n" }
        if result.json != nil {
            text += "portfolio: " + result.counts.map { "\(grouped($0.count)) \($0.entity)" }.joined(separator: ", ")
            text += result.asOf.map { ", as of \($0)" } ?? ""
            text += out.map { " → \($0)" } ?? ""
            text += "\n"
        }
        let groups = result.groupedProblems()
        if !groups.isEmpty {
            text += "\(grouped(result.problems.count)) problem\(result.problems.count == 1 ? "" : "s"):\n"
            for group in groups {
                let place = group.file + (group.column.map { ", column \($0)" } ?? "")
                let lines = group.lines.filter { $0 > 0 }
                var line = "  \(place): \(group.message)"
                if !lines.isEmpty {
                    let shown = Array(lines.sorted().prefix(40))
                    line += " — \(grouped(lines.count)) row\(lines.count == 1 ? "" : "s"): line\(lines.count == 1 ? "" : "s") \(ImportResult.ranges(shown))"
                    if lines.count > shown.count { line += " and \(lines.count - shown.count) more (--problems FILE lists every row)" }
                }
                if !group.values.isEmpty {
                    line += "; value\(group.values.count == 1 ? "" : "s") " + group.values.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
                    if group.values.count > 5 { line += ", …" }
                }
                text += line + "\n"
            }
        }
        return text
    }

    /// `1 opportunity`, `2 opportunities`.
    static func noun(_ entity: String, _ count: Int) -> String {
        count == 1 ? entity : entity == "opportunity" ? "opportunities" : entity == "activity" ? "activities" : entity + "s"
    }

    static func grouped(_ number: Int) -> String { InspectText.count(number) }
}

import ArgumentParser
import RapportCore


/// Output formats of `rapport check`.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and check rule files, reporting every mistake with its place.",
        discussion: """
        Each PATH is a rule set: a .rapport file or a folder of them (read in name order). \
        Imports are followed. Exit status: 0 when no errors (warnings allowed), 1 when errors, \
        2 on a usage error.
        """
    )

    @Argument(help: "Rule files or folders of rule files.", completion: ShellCompletions.ruleFiles)
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: CheckFormat = .text

    @Option(help: "Colour: auto (when printing to a terminal and NO_COLOR is unset), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "A portfolio, to estimate the cost of rules that scan a whole collection per subject.")
    var portfolio: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one rule file or folder, e.g. `rapport check Rules`") }
    }

    func run() throws {
        var sources = SourceMap()
        var diagnostics: [Diagnostic] = []
        var fileCount = 0
        var scans: [(span: Span, entity: EntityType)] = []
        for path in paths {
            let result = RuleSetChecker.check(path: path, sources: sources)
            sources = result.sources
            diagnostics += result.diagnostics
            scans += result.checked.wholeCollectionScans
            fileCount += result.ruleSet.files.count
        }
        if let portfolio {
            let (loaded, _) = try Frontend(color: color).portfolio(at: portfolio)
            diagnostics = Checker.estimateCosts(diagnostics, scans: scans, portfolio: loaded)
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        switch format {
        case .json:
            Terminal.out(DiagnosticJSON.report(diagnostics, sources: sources, files: fileCount).serialized() + "\n")
        case .text:
            let renderer = DiagnosticRenderer(sources: sources, colored: color.enabled)
            if !diagnostics.isEmpty { Terminal.out(renderer.render(diagnostics) + "\n") }
            let problems = errors + warnings == 0 ? "no problems"
                : [errors > 0 ? plural(errors, "error") : nil, warnings > 0 ? plural(warnings, "warning") : nil]
                    .compactMap { $0 }.joined(separator: ", ")
            Terminal.out("\(plural(fileCount, "file")) checked: \(problems)\n")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

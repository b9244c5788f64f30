import ArgumentParser
import Foundation
import RapportCore

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Compile the rules to SQL queries on the relational layout, for PostgreSQL, Spark SQL or DuckDB.",
        discussion: """
        Each rule becomes one query returning a row per finding: the subject's id, the priority \
        and the values of the advice's holes, with Rapport's missing-value semantics. A rule \
        using a construct that has no SQL form yet is left out with a located error (exit 1). \
        The tables are those of `rapport schema`; see docs/warehouse.md.
        """
    )

    @Option(help: "postgres, spark or duckdb.")
    var dialect: SQLDialect = .postgres

    @Option(help: "A rule file or folder (default: the shipped pack).", completion: ShellCompletions.ruleFiles)
    var rules: String?

    @Option(name: .customLong("as-of"), help: "The date rules see as today (default: the portfolio table's as_of).", transform: dateArgument)
    var asOf: CalendarDate?

    @Option(name: .customLong("param"), help: "Override a rule param, e.g. --param 'dark_after=60 days'. Repeatable.")
    var params: [String] = []

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let frontend = Frontend(color: color, timings: false)
        let ruleSet = try frontend.rules(at: rules)
        let overrides = try frontend.params(params, rules: ruleSet)
        let program = SQLRuleCompiler.compile(ruleSet.checked, dialect: dialect, asOf: asOf, params: overrides)
        Terminal.out(program.text)
        guard program.leftOut.isEmpty else {
            frontend.show(program.leftOut, sources: ruleSet.sources)
            let total = program.queries.count + program.leftOut.count
            Terminal.err("\(program.queries.count) of \(total) rules compiled for \(dialect.title); \(plural(program.leftOut.count, "rule")) left out\n")
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import Foundation
import RapportCore

extension SQLDialect: ExpressibleByArgument {}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the portfolio's relational layout as SQL tables: the contract a warehouse model fills.",
        discussion: """
        One table per entity and per nested list, with keys, derived from the portfolio schema \
        (docs/fields.md); `rapport export --tables DIR` writes a portfolio as one CSV per table. \
        See docs/warehouse.md.
        """
    )

    @Option(help: "postgres, spark or duckdb.")
    var dialect: SQLDialect = .postgres

    func run() throws {
        Terminal.out(RelationalLayout.ddl(dialect))
    }
}

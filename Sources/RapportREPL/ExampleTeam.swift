import RapportData

/// The bundled example team (embedded from `Examples/northwind-team.json` at build time), opened
/// by `rapport repl` without arguments. For the package's own tools, not public API.
package enum ExampleTeam {
    /// The path it is shown under.
    package static var path: String { EmbeddedData.exampleTeamPath }

    /// The portfolio's JSON text.
    package static var json: String { EmbeddedData.exampleTeam }
}

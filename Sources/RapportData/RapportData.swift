// The data files built into the binary, embedded at build time by the EmbedData plugin
// (Plugins/EmbedData, tool Sources/rapport-embed): `EmbeddedData.shippedRules`,
// `EmbeddedData.helpTopics`, `EmbeddedData.exampleTeam`. Package-internal: the library's layers
// read them through `ShippedRules`, `ReplHelp` and `ExampleTeam`; they are not public API.

extension EmbeddedData {
    /// The path the example team is shown under, and read from when it exists (in a checkout).
    package static let exampleTeamPath = "Examples/northwind-team.json"
}

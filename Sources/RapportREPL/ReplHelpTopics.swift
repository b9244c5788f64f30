import RapportData

/// The REPL's help topics, built into the binary (embedded from `REPL/help/` at build time).
enum ReplHelpTopics {
    /// Name (the file name without its order prefix) and text, in file order.
    static var topics: [(name: String, text: String)] { EmbeddedData.helpTopics }
}

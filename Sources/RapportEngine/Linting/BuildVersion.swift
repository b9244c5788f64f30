import RapportBase
import RapportData

extension RapportVersion {
    /// The commit this binary was built from (12 hex digits), or nil for a build outside a git
    /// checkout. Embedded at build time by the EmbedData plugin.
    public static var commit: String? { EmbeddedData.commit }

    /// What `rapport --version` prints: the version and the commit, `0.1.0 (commit 23df752a1b2c)`.
    public static var described: String {
        "\(current) (commit \(commit ?? "unknown"))"
    }
}

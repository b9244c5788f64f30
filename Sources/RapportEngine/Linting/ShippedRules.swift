import RapportData

/// The coaching rule pack built into the binary (embedded from `Rules/` at build time), so
/// `rapport lint` works outside the repository.
package enum ShippedRules {
    /// The folder name shown in messages about the shipped rules.
    package static let root = "<shipped rules>"

    /// File name → text.
    package static var files: [String: String] { EmbeddedData.shippedRules }
}

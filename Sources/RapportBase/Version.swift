/// The release of Rapport.
public enum RapportVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}

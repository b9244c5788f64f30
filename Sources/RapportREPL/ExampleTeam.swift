import Foundation
import RapportData

/// The bundled example team (embedded from `Examples/northwind-team.json` at build time), opened
/// by `rapport repl` without arguments. For the package's own tools, not public API.
package enum ExampleTeam {
    /// The path it is shown under.
    package static var path: String { EmbeddedData.exampleTeamPath }

    /// The portfolio's JSON text.
    package static var json: String { EmbeddedData.exampleTeam }

    /// What a command opens when no portfolio was `given`: nil (read the file) when one was, or
    /// when the example's file is here (in a checkout); else the copy built into the binary.
    package static func bundledBytes(given: String?) -> [UInt8]? {
        guard given == nil, !FileManager.default.fileExists(atPath: path) else { return nil }
        return Array(json.utf8)
    }
}

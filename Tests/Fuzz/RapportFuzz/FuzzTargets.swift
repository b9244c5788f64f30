import Foundation
import RapportCore

/// The fuzz targets: each takes one input's bytes and runs a part of Rapport on it. A target
/// returns normally for any input, however wrong; a trap, a hang or a broken invariant (checked
/// with ``FuzzTargets/require(_:_:)``) is the defect libFuzzer looks for. The same functions
/// replay the saved crashes and the seed corpus as regression tests.
public enum FuzzTargets {
    /// Every target, by the name `rapport-fuzz` and `Tests/Fuzz/run` take.
    public static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "rules": RuleTargets.rules,
        "json": PortfolioTargets.json,
        "yaml": PortfolioTargets.yaml,
        "stream": PortfolioTargets.stream,
        "csv": ImportTargets.csv,
        "repl": ReplTargets.repl,
        "eval": EvaluationTargets.eval,
        "lsp": LSPTargets.lsp,
        "rows": WarehouseTargets.rows,
    ]

    /// The names in a stable order.
    public static var names: [String] { all.keys.sorted() }

    /// Stops the process with `message` when `condition` does not hold: libFuzzer saves the input.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("fuzz invariant broken: \(message())\n".utf8))
            abort()
        }
    }
}

import Foundation

/// Where each target's seed inputs come from: the repository's own rule files, portfolios,
/// exports and REPL transcripts, plus the hand-made inputs in `Tests/Fuzz/Corpus/TARGET/`.
public enum FuzzSeeds {
    /// Folders (from the repository's root, searched recursively) and the file endings they give.
    static let sources: [String: [(folder: String, endings: [String])]] = [
        "rules": [("Rules", [".rapport"]), ("Grammar/corpus", [".rapport"]), ("Tests/Fixtures/rules", [".rapport"])],
        "json": [("Rules/fixtures", [".json"]), ("Examples", [".json"]), ("Tests/Fixtures/portfolios", [".json"])],
        "stream": [("Rules/fixtures", [".json"]), ("Tests/Fixtures/portfolios", [".json"])],
        "yaml": [("Tests/Fixtures/portfolios", [".yaml", ".yml"])],
        "csv": [("Tests/Fixtures/import", [".csv"])],
        "repl": [("REPL/transcripts", [".txt"])],
        "eval": [],
        "lsp": [("Rules", [".rapport"]), ("Grammar/corpus", [".rapport"])],
        "rows": [],
    ]

    /// The seed files of `target`, sorted, under the repository at `root`.
    public static func files(for target: String, root: URL) -> [URL] {
        var found: [URL] = []
        let folders = (sources[target] ?? []) + [("Tests/Fuzz/Corpus/\(target)", [""])]
        for (folder, endings) in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      !url.lastPathComponent.hasPrefix("."),
                      endings.contains(where: { $0.isEmpty || url.lastPathComponent.hasSuffix($0) }) else { continue }
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}

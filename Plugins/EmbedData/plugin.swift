import Foundation
import PackagePlugin

/// Embeds the data files the binary carries (the shipped rules, the example team, the REPL's
/// help topics, the commit it is built from) as Swift source at build time, so an installed `rapport` needs no files beside
/// it. The one mechanism for embedded data: nothing generated is committed, and a changed input
/// file is picked up by the next build.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let rules = root.appending(path: "Rules")
        let help = root.appending(path: "REPL/help")
        let example = root.appending(path: "Examples/northwind-team.json")
        func files(in folder: URL, ending suffix: String) throws -> [URL] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(suffix) }.sorted().map { folder.appending(path: $0) }
        }
        let git = root.appending(path: ".git")
        let inputs = try files(in: rules, ending: ".rapport") + files(in: help, ending: ".txt") + [example] + gitInputs(git)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding the shipped rules, the example team and the help topics",
                executable: try context.tool(named: "rapport-embed").url,
                arguments: [output.path, rules.path, example.path, help.path, git.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// The files of a git checkout that name the commit built (HEAD, the branch it points to,
    /// packed refs), so a new commit re-embeds the commit `rapport --version` names. None
    /// outside a checkout (a source archive): the version then names no commit.
    private func gitInputs(_ git: URL) -> [URL] {
        let head = git.appending(path: "HEAD")
        guard let text = try? String(contentsOf: head, encoding: .utf8) else { return [] }
        var inputs = [head]
        if text.hasPrefix("ref: ") {
            inputs.append(git.appending(path: text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        inputs.append(git.appending(path: "packed-refs"))
        return inputs.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}

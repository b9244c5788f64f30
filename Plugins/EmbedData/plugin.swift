import Foundation
import PackagePlugin

/// Embeds the data files the binary carries (the shipped rules, the example team, the REPL's
/// help topics) as Swift source at build time, so an installed `rapport` needs no files beside
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
        let inputs = try files(in: rules, ending: ".rapport") + files(in: help, ending: ".txt") + [example]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding the shipped rules, the example team and the help topics",
                executable: try context.tool(named: "rapport-embed").url,
                arguments: [output.path, rules.path, example.path, help.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}

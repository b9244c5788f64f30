import ArgumentParser
import Foundation
import RapportCore

struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Format rule files in the canonical layout (written atomically).",
        discussion: """
        PATHs are .rapport files or folders of them. A file that does not parse is left untouched \
        and its errors are shown (exit 2). With --check nothing is written: the files that would \
        change are listed and the exit status is 1 if there are any.
        """
    )

    @Argument(help: "Rule files or folders.", completion: ShellCompletions.ruleFiles)
    var paths: [String] = []

    @Flag(help: "List files that are not formatted; exit 1 if any.")
    var check = false

    @Flag(help: "Show the changes as a diff instead of writing.")
    var diff = false

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one rule file or folder, e.g. `rapport fmt Rules`") }
    }

    func run() throws {
        let frontend = Frontend(color: color)
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw frontend.failure("io.not_found", "no such file or folder: \(path)", path: path)
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".rapport") }.sorted().map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        var sources = SourceMap()
        var unformatted: [String] = []
        var broken = false
        for path in files {
            let bytes: [UInt8]
            do { bytes = try FileReader.read(path) } catch {
                frontend.show([Diagnostic(.error, code: "io.unreadable", message: "cannot read \(path): \(error.reason)", path: path)])
                broken = true
                continue
            }
            let id = sources.add(path: path, bytes: bytes)
            let parsed = Parser.parse(sources[id])
            if parsed.diagnostics.hasErrors {
                frontend.show(parsed.diagnostics, sources: sources, summary: "\(path) was not formatted: it does not parse")
                broken = true
                continue
            }
            let formatted = RuleFormatter.format(parsed, source: sources[id])
            let original = String(decoding: bytes, as: UTF8.self)
            guard formatted != original else { continue }
            unformatted.append(path)
            if diff {
                Terminal.out(LineDiff.unified(original, formatted, path: path))
            } else if !check {
                try AtomicFile.write(Array(formatted.utf8), to: path)
            }
        }
        if check || diff {
            for path in unformatted where check { Terminal.out("\(path)\n") }
        }
        if broken { throw ExitCode(2) }
        if check && !unformatted.isEmpty { throw ExitCode(1) }
    }
}

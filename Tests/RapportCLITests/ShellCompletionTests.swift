import Foundation
import XCTest

/// The completion scripts (`rapport --generate-completion-script`) in real bash, zsh and fish on
/// a pseudo-terminal: TAB completes rep names from the portfolio on the line, rule ids, presets
/// and portfolio files. A shell that is not installed is skipped (`.ci/run` installs all three).
final class ShellCompletionTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-completion-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// `shell` started interactively with the script for it loaded, in the repository.
    private func start(_ shell: String, _ arguments: [String], load: String) throws -> Terminal {
        guard let path = ["/usr/bin/\(shell)", "/bin/\(shell)"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("\(shell) is not installed")
        }
        let script = try CLI.run(["--generate-completion-script", shell])
        XCTAssertEqual(script.status, 0)
        let scriptPath = folder + "/rapport.\(shell)"
        try script.stdout.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let binFolder = CLI.binary.deletingLastPathComponent().path
        let environment = ["HOME=\(folder)", "XDG_CONFIG_HOME=\(folder)", "XDG_DATA_HOME=\(folder)", "TERM=dumb", "LANG=C.UTF-8",
                           "PATH=\(binFolder):/usr/bin:/bin", "INPUTRC=/dev/null", "PS1=$ ", "PROMPT=$ "]
        let terminal = try Terminal(path, [shell] + arguments, environment: environment, directory: CLI.repoRoot, columns: 200)
        terminal.send(load.replacingOccurrences(of: "SCRIPT", with: scriptPath) + "\r")
        // The quotes keep the typed line from matching what is expected of the output.
        terminal.send("echo loaded-\"4\"2\r")
        try terminal.expect("loaded-42", timeout: 20)
        return terminal
    }

    /// Types `line`, presses TAB (twice, so a shell lists several candidates), and expects each of `expected`.
    private func complete(_ terminal: Terminal, _ line: String, expect expected: [String]) throws {
        terminal.send(line + "\t")
        Thread.sleep(forTimeInterval: 0.5)
        terminal.send("\t")
        for text in expected { try terminal.expect(text, timeout: 20) }
        // Ctrl-E, Ctrl-U: to the end of the line, and drop it; then a marker, once the shell has caught up.
        terminal.send("\u{05}\u{15}")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.send("echo done-\"3\"\r")
        try terminal.expect("done-3", timeout: 20)
    }

    private func exercise(_ terminal: Terminal) throws {
        // The shell escapes the space of the name it inserts.
        try complete(terminal, "rapport coach Examples/northwind-team.json --rep Da", expect: ["Dave\\ Carter"])
        try complete(terminal, "rapport explain going", expect: ["going_dark"])
        try complete(terminal, "rapport import --preset hub", expect: ["hubspot"])
        try complete(terminal, "rapport lint --format sa", expect: ["sarif"])
        try complete(terminal, "rapport coach Examples/north", expect: ["northwind-team.json"])
        terminal.send("exit\r")
        _ = terminal.wait()
    }

    func testBash() throws {
        try exercise(try start("bash", ["--norc", "--noprofile", "-i"], load: "source SCRIPT"))
    }

    func testZsh() throws {
        try exercise(try start("zsh", ["-f", "-i"], load: "autoload -U compinit && compinit -u && source SCRIPT"))
    }

    func testFish() throws {
        try exercise(try start("fish", ["--no-config", "-i"], load: "source SCRIPT"))
    }
}

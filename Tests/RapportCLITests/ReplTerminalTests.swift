import CPty
import Foundation
import XCTest

/// The real binary on a pseudo-terminal: readline's TAB completion, history across runs,
/// Ctrl-C and Ctrl-D, with `INPUTRC=/dev/null` and a temporary `HOME`.
final class ReplTerminalTests: XCTestCase {
    var home = ""

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "rapport-pty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: home) }

    func start(_ arguments: [String] = []) throws -> Terminal {
        let environment = ["HOME=\(home)", "INPUTRC=/dev/null", "TERM=xterm", "NO_COLOR=1", "LANG=C.UTF-8", "PAGER=cat",
                           "PATH=/usr/bin:/bin"]
        return try Terminal(CLI.binary.path, ["rapport", "repl"] + arguments, environment: environment, directory: CLI.repoRoot)
    }

    func testCoachAndLintWrapToTheTerminalsWidth() throws {
        for arguments in [["coach", "--no-pager", "Examples/northwind-team.json", "--rep", "r-01"],
                          ["lint", "--no-pager", "--rep", "r-01", "Examples/northwind-team.json"]] {
            let terminal = try Terminal(CLI.binary.path, [CLI.binary.path] + arguments, environment: ["NO_COLOR=1", "HOME=\(home)"],
                                        directory: CLI.repoRoot, columns: 80)
            let (output, status) = terminal.readToEnd()
            XCTAssertEqual(status, arguments[0] == "lint" ? 1 : 0, output)
            let lines = output.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
            XCTAssertGreaterThan(lines.count, 5)
            // The summary line of `lint` states counts and a path: not advice, not wrapped.
            for line in lines where !line.contains(" findings (") {
                XCTAssertLessThanOrEqual(line.count, 80, "\(arguments[0]): \(line)")
            }
        }
    }

    /// Output taller than the terminal (30 rows here) goes through `$PAGER`; `--no-pager` and
    /// `:pager off` write it directly; a short answer is never paged.
    func testTallOutputGoesThroughThePager() throws {
        let pager = ["PAGER=sed 's/^/PAGED: /'", "NO_COLOR=1", "HOME=\(home)", "PATH=/usr/bin:/bin"]
        for (arguments, paged) in [(["coach", "Examples/northwind-team.json"], true), (["coach", "--no-pager", "Examples/northwind-team.json"], false),
                                   (["lint", "Examples/northwind-team.json"], true), (["coach", "--rep", "r-04", "Examples/northwind-team.json"], false)] {
            let terminal = try Terminal(CLI.binary.path, [CLI.binary.path] + arguments, environment: pager, directory: CLI.repoRoot, columns: 100)
            let (output, _) = terminal.readToEnd()
            XCTAssertEqual(output.contains("PAGED: "), paged, "\(arguments): \(output.prefix(300))")
        }
        let environment = ["HOME=\(home)", "INPUTRC=/dev/null", "TERM=xterm", "NO_COLOR=1", "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                           "PAGER=sed 's/^/PAGED: /'"]
        let repl = try Terminal(CLI.binary.path, ["rapport", "repl"], environment: environment, directory: CLI.repoRoot)
        try repl.expect("rapport> ")
        repl.send(":set rows 50\r")
        try repl.expect("rows = 50")
        repl.send("accounts show name\r")
        try repl.expect("PAGED: … 30 more")
        try repl.expect("rapport> ")
        repl.send(":pager off\r")
        try repl.expect("pager: off")
        repl.send("accounts show name\r")
        try repl.expect("\r\n… 30 more")
        try repl.expect("rapport> ")
        repl.send("\u{04}")
        XCTAssertEqual(repl.wait(), 0)
    }

    func testTabCompletesCommandsAndRepNames() throws {
        let terminal = try start()
        try terminal.expect("rapport> ")
        terminal.send(":coa\t")
        try terminal.expect(":coach ")
        terminal.send("Dave\t")
        try terminal.expect("Dave Carter")
        terminal.send("\r")
        try terminal.expect("Dave Carter (r-01)")
        try terminal.expect("rapport> ")
        terminal.send("first(accounts).owner.quo\t\r")
        try terminal.expect("320,000")
        // Keys are sent only once readline is reading again: a Ctrl-D typed while the terminal is
        // between lines (in cooked mode) would be taken by the line discipline.
        try terminal.expect("rapport> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.wait(), 0, "Ctrl-D on an empty line leaves")
    }

    func testHistoryIsPrivateAndRecalledInTheNextRun() throws {
        let first = try start()
        try first.expect("rapport> ")
        try first.ask("count(reps)", "8\r\n")
        try first.ask(" count(leads)", "24\r\n")
        first.send("count(accounts\r")
        try first.expect("...> ")
        try first.ask("where is_key)", "13\r\n")
        try first.ask("count(reps)", "8\r\n")
        first.send("\u{04}")
        XCTAssertEqual(first.wait(), 0)

        let path = home + "/.local/state/rapport/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "the history holds customer names")
        let folder = try FileManager.default.attributesOfItem(atPath: home + "/.local/state/rapport")
        XCTAssertEqual((folder[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let history = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertFalse(history.contains("count(leads)"), "a line starting with a space is not recorded")
        XCTAssertEqual(history.components(separatedBy: "count(reps)").count - 1, 2, "not a duplicate of the previous entry, so kept")

        let second = try start()
        try second.expect("rapport> ")
        second.send("\u{1B}[A")  // Up: the last entry
        try second.expect("count(reps)")
        second.send("\u{1B}[A")  // Up again: the two-line entry, recalled as one
        try second.expect("where is_key)")
        second.send("\r")
        try second.expect("13\r\n")
        try second.expect("rapport> ")
        second.send(":quit\r")
        XCTAssertEqual(second.wait(), 0)
    }

    func testCtrlCClearsTheLineAndStopsAnEvaluation() throws {
        let terminal = try start()
        try terminal.expect("rapport> ")
        terminal.send("count(acc")
        try terminal.expect("count(acc")
        terminal.send("\u{03}")
        try terminal.expect("rapport> ")
        try terminal.ask("1 + 1", "2\r\n")
        // A condition that never holds, over every pair of activities for each activity: about
        // 170 million steps, long enough to interrupt.
        terminal.send("count(activities where any a in activities: any b in activities: a.date > b.date and b.date > date and a.date < date)\r")
        Thread.sleep(forTimeInterval: 0.3)
        terminal.send("\u{03}")
        try terminal.expect("cancelled", timeout: 20)
        try terminal.expect("rapport> ")
        try terminal.ask("2 + 2", "4\r\n")
        terminal.send(":quit\r")
        XCTAssertEqual(terminal.wait(), 0)
    }
}

/// A child process on a pseudo-terminal, driven by keys.
final class Terminal {
    let pid: pid_t
    let master: Int32
    private(set) var output = ""

    init(_ path: String, _ arguments: [String], environment: [String], directory: String, columns: UInt16 = 100) throws {
        func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        let argv = cStrings(arguments)
        let envp = cStrings(environment)
        defer { (argv + envp).forEach { free($0) } }
        var descriptor: Int32 = -1
        pid = cpty_spawn_sized(path, argv, envp, directory, columns, 30, &descriptor)
        master = descriptor
        if pid < 0 { throw NSError(domain: "pty", code: 1) }
    }

    deinit {
        if cpty_wait(pid, 0) < 0 { kill(pid, SIGKILL); _ = cpty_wait(pid, 1000) }
        close(master)
    }

    func send(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Reads until `text` has appeared since the last expectation.
    func expect(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !output.contains(text) {
            guard Date() < deadline else {
                XCTFail("did not see \(text.debugDescription) in \(output.debugDescription)", file: file, line: line)
                throw NSError(domain: "pty", code: 2)
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { continue }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        output = String(output[output.range(of: text)!.upperBound...])
    }

    /// Types `line` and Return, then waits for `answer` and the next prompt (keys are sent only
    /// while readline is reading, never between lines).
    func ask(_ line: String, _ answer: String, file: StaticString = #filePath, line sourceLine: UInt = #line) throws {
        send(line + "\r")
        try expect(answer, file: file, line: sourceLine)
        try expect("rapport> ", file: file, line: sourceLine)
    }

    /// Everything the child writes until it exits (up to ten seconds), and its exit status.
    func readToEnd() -> (String, Int32) {
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = -1
        while Date() < deadline {
            var buffer = [UInt8](repeating: 0, count: 4096)
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 20) > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { output += String(decoding: buffer[0..<count], as: UTF8.self); continue }
                // After the child is gone, the master reads as closed (EIO on Linux): all is read.
                if status >= 0 { break }
            }
            if status < 0 { status = cpty_wait(pid, 0) }
        }
        return (output, status)
    }

    /// The exit status, waiting up to ten seconds.
    func wait() -> Int32 {
        // Drain output so the child never blocks on a full terminal.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let status = cpty_wait(pid, 50)
            if status >= 0 { return status }
            var buffer = [UInt8](repeating: 0, count: 4096)
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 0) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        return -1
    }
}

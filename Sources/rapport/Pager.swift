import Foundation

/// Text taller than the terminal goes through a pager, as psql and git do: `$PAGER`, else
/// `less -RFX` (colours kept, quits at once when the text fits, leaves it on the screen). Never
/// when standard output is not a terminal, and never with `--no-pager` or `:pager off`.
enum Pager {
    /// Rows of the terminal on standard output, nil when it is not one.
    static func rows() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Writes `text` to standard output, through the pager when `enabled`, standard output is a
    /// terminal and the text has more lines than it. A pager that cannot be started (a `$PAGER`
    /// that does not exist) is passed over: the text is written as it is.
    static func show(_ text: String, enabled: Bool) {
        guard enabled, let rows = rows(), text.reduce(0, { $0 + ($1 == "\n" ? 1 : 0) }) >= rows else {
            Terminal.out(text)
            return
        }
        let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -RFX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            Terminal.out(text)
            return
        }
        // A pager that quits early (`q` in less) closes the pipe: the rest is not wanted.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        if process.terminationStatus == 127 { Terminal.out(text) }  // the shell found no such pager
    }
}

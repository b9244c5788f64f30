import CReadline
import Foundation
import RapportCore
import Synchronization

/// GNU readline through its callback interface, so Ctrl-C is handled between keys: it clears
/// the line (or stops an evaluation, through `Cancellation`) and the REPL carries on.
final class ReadlineEditor: LineEditor {
    var isInteractive: Bool { true }
    let history: HistoryFile?
    private var last: String?

    /// Set by the SIGINT handler; read by the key loop.
    static let interrupted = Atomic<Bool>(false)
    /// The line the callback received (one read at a time, on the main thread).
    nonisolated(unsafe) static var received: LineInput?
    /// Completion for the current session.
    nonisolated(unsafe) static var completer: ReplCompleter?

    init(history: HistoryFile?, completer: ReplCompleter) {
        self.history = history
        Self.completer = completer
        // Signals are handled here, not by readline, so a Ctrl-C never kills the REPL; with
        // timestamps, an entry of several lines is read back as one entry.
        rapport_rl_configure(strdup("rapport"), strdup(" \t\n\"\\'`@$><=;|&{(,:[]+-*/")) { text, start, end in
            ReadlineEditor.complete(text, start, end)
        }
        if let history { history.load() }
        signal(SIGINT) { _ in
            ReadlineEditor.interrupted.store(true, ordering: .relaxed)
            Cancellation.request()
        }
    }

    func read(prompt: String) -> LineInput {
        Self.interrupted.store(false, ordering: .relaxed)
        Cancellation.reset()
        Self.received = nil
        rl_callback_handler_install(prompt) { line in
            rl_callback_handler_remove()
            if let line {
                ReadlineEditor.received = .line(String(cString: line))
                free(line)
            } else {
                ReadlineEditor.received = .end
            }
        }
        while Self.received == nil {
            if Self.interrupted.exchange(false, ordering: .relaxed) {
                Cancellation.reset()
                rl_replace_line("", 0)
                rl_callback_handler_remove()
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if ready > 0 { rl_callback_read_char() }
        }
        if Self.received == .end { FileHandle.standardOutput.write(Data("\n".utf8)) }
        return Self.received ?? .end
    }

    func remember(_ entry: String) {
        // A line starting with a space is kept out of history on purpose, like in shells.
        guard !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !entry.hasPrefix(" "), entry != last else { return }
        last = entry
        add_history(entry)
        history?.append()
    }

    /// readline's completion hook: candidates from the session, each adjusted to the word
    /// readline is replacing.
    static func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        rapport_rl_completion_settings(0)
        guard let completer, let buffer = rapport_rl_line_buffer() else { return nil }
        let line = String(cString: buffer)
        let bytes = Array(line.utf8)
        let (from, candidates) = completer.complete(line, cursor: Int(rapport_rl_point()))
        let wordStart = Int(start)
        let matches: [String] = candidates.compactMap { candidate in
            if wordStart <= from {
                return String(decoding: bytes[wordStart..<min(from, bytes.count)], as: UTF8.self) + candidate
            }
            let skip = wordStart - from
            guard candidate.utf8.count >= skip else { return nil }
            return String(decoding: Array(candidate.utf8).dropFirst(skip), as: UTF8.self)
        }
        guard !matches.isEmpty else { return nil }
        rapport_rl_completion_settings(matches.count == 1 && (matches[0].hasSuffix("/") || matches[0].hasSuffix(".")) ? 0 : 32)
        var common = matches[0]
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: matches.count + 2)
        list[0] = strdup(matches.count == 1 ? matches[0] : common)
        var index = 1
        if matches.count > 1 {
            for match in matches {
                list[index] = strdup(match)
                index += 1
            }
        }
        list[index] = nil
        return list
    }
}

/// The REPL's history file: private (it holds customer names), appended to, never rewritten,
/// so two sessions do not overwrite each other's lines.
struct HistoryFile {
    let path: String

    /// `$RAPPORT_HISTORY`, else `$XDG_STATE_HOME/rapport/history`, else `~/.local/state/rapport/history`.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["RAPPORT_HISTORY"], !path.isEmpty { return path }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/rapport/history"
    }

    /// Creates the folder (0700) and the file (0600) when missing, then reads the history.
    func load() {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND, 0o600)
        if descriptor >= 0 { close(descriptor) }
        read_history(path)
    }

    /// Appends the newest entry.
    func append() { append_history(1, path) }
}

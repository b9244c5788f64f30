import Foundation

/// What one read from the user gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while typing: the line (or block) is dropped.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a piped file).
    case end
}

/// The REPL's line editing, behind a small interface: GNU readline on a terminal, plain
/// lines otherwise.
protocol LineEditor: AnyObject {
    /// Reads one line after showing `prompt` (when interactive).
    func read(prompt: String) -> LineInput
    /// Records a complete entry (a multi-line block is one entry).
    func remember(_ entry: String)
    /// True when prompts, colours and history apply.
    var isInteractive: Bool { get }
}

/// Lines from standard input, with no prompt, echo or escape codes: for pipes, scripts and tests.
final class PlainLineEditor: LineEditor {
    var isInteractive: Bool { false }

    func read(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func remember(_ entry: String) {}
}

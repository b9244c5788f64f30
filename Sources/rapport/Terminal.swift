import ArgumentParser
import Foundation
import RapportCore

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Writes `text` to standard output as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `bytes` to standard output as they are (a piece of a report may end inside a
    /// character).
    static func out(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Columns for text on standard output: the terminal's width (at least 60) when it is one,
    /// else 100.
    static func width() -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return 100 }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 100 }
        return max(60, Int(size.ws_col))
    }

    /// Writes `text` to standard error as is.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Counts written in words: "1 error", "2 warnings".
func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// `text` as one shell word: as is when it is plain, else in single quotes.
func shellQuoted(_ text: String) -> String {
    let plain = !text.isEmpty && text.unicodeScalars.allSatisfy {
        CharacterSet.alphanumerics.contains($0) || "-_./:@%+=,".unicodeScalars.contains($0)
    }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

import RapportBase

/// LSP positions (0-based lines, characters in UTF-16 code units, as the protocol requires)
/// to and from byte offsets in UTF-8 text.
package enum Positions {
    /// The byte offset of `line` and `character` in `bytes`. A line past the end gives the end
    /// of the text, a character past the line's end gives the line's end, and a character inside
    /// a surrogate pair lands after the pair: the client's position is never trusted to be exact.
    package static func offset(line: Int, character: Int, in bytes: [UInt8]) -> Int {
        var index = 0
        var current = 0
        while current < line {
            guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { return bytes.count }
            index = newline + 1
            current += 1
        }
        var units = 0
        while index < bytes.count, units < character, bytes[index] != UInt8(ascii: "\n") {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if lead == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { break }
            units += length == 4 ? 2 : 1
            index = min(bytes.count, index + length)
        }
        return index
    }

    /// The byte offset of an LSP position object in `bytes`, or nil when it is malformed.
    package static func offset(_ position: Any?, in bytes: [UInt8]) -> Int? {
        guard let position = position as? [String: Any], let line = position["line"] as? Int,
              let character = position["character"] as? Int, line >= 0, character >= 0 else { return nil }
        return offset(line: line, character: character, in: bytes)
    }

    /// The LSP position of `offset` in `file`.
    package static func position(_ offset: Int, in file: SourceFile) -> [String: Any] {
        let clamped = min(max(0, offset), file.bytes.count)
        let line = file.lineIndex(of: clamped)
        let start = file.lineStarts[line]
        let prefix = String(decoding: file.bytes[start..<clamped], as: UTF8.self)
        return ["line": line, "character": prefix.utf16.count]
    }

    /// The LSP range of `span` in `file`.
    package static func range(_ span: Span, in file: SourceFile) -> [String: Any] {
        ["start": position(span.start, in: file), "end": position(max(span.start, span.end), in: file)]
    }
}

import RapportBase

/// Parsed files kept between loads of the same rule set (the language server checks the whole
/// folder after each keystroke, and most files have not changed). A file is reused only when
/// its bytes are the same and it gets the same place in the source map, so every span in the
/// kept tree still points where it did.
public final class ParseCache: @unchecked Sendable {
    private var entries: [String: (index: Int, bytes: [UInt8], parsed: ParsedFile)] = [:]

    public init() {}

    /// The parse of `file`, from the cache when nothing about it changed.
    func parse(_ file: SourceFile) -> ParsedFile {
        if let kept = entries[file.path], kept.index == file.id.index, kept.bytes == file.bytes { return kept.parsed }
        let parsed = Parser.parse(file)
        entries[file.path] = (file.id.index, file.bytes, parsed)
        return parsed
    }
}

import Foundation

/// Identifies one file inside a ``SourceMap``.
public struct FileID: Hashable, Comparable, Sendable {
    /// Index of the file in its source map.
    public let index: Int

    /// Creates an identifier for the file at `index`.
    public init(_ index: Int) { self.index = index }

    public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.index < rhs.index }
}

/// A byte range inside one source file. Line and column are computed only when rendering.
public struct Span: Hashable, Sendable {
    /// The file the range belongs to.
    public let file: FileID
    /// Offset of the first byte.
    public let start: Int
    /// Offset one past the last byte.
    public let end: Int

    /// Creates a span covering `start..<end` in `file`.
    public init(file: FileID, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both `self` and `other` (which must be in the same file).
    public func to(_ other: Span) -> Span {
        Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// Number of bytes covered.
    public var length: Int { end - start }
}

/// A line and column, both counted from 1. Columns count Unicode scalars, not bytes.
public struct SourceLocation: Hashable, Sendable {
    /// Line number, from 1.
    public let line: Int
    /// Column number, from 1.
    public let column: Int
}

/// The text of one file, as bytes, with the offsets where its lines start.
///
/// Line starts are indexed on first use, so a large portfolio that loads cleanly never pays
/// for them.
public struct SourceFile: Sendable {
    /// The file's identifier in its source map.
    public let id: FileID
    /// The path as shown to users (relative where possible).
    public let path: String
    /// The raw bytes; spans index into them.
    public let bytes: [UInt8]
    private let lines: LineTable

    /// Creates a source file.
    public init(id: FileID, path: String, bytes: [UInt8]) {
        self.id = id
        self.path = path
        self.bytes = bytes
        self.lines = LineTable()
    }

    /// Offset of the first byte of each line.
    public var lineStarts: [Int] { lines.starts(of: bytes) }

    /// The 0-based index of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        let starts = lineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of line `index` (0-based), without its line terminator.
    public func lineRange(_ index: Int) -> Range<Int> {
        let starts = lineStarts
        let start = starts[index]
        var end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// Line and column of `offset`; columns count Unicode scalars (continuation bytes are skipped).
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let line = lineIndex(of: clamped)
        var column = 1
        var index = lineStarts[line]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        // Landing inside a multi-byte scalar counts as that scalar.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80, column > 1 { column -= 1 }
        return SourceLocation(line: line + 1, column: column)
    }

    /// The text of `span`, decoded leniently.
    public func text(of span: Span) -> String {
        let lower = min(max(0, span.start), bytes.count)
        let upper = min(max(lower, span.end), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// Every file a run has read, so spans can be turned back into text and positions.
public struct SourceMap: Sendable {
    /// The files, indexed by ``FileID``.
    public private(set) var files: [SourceFile] = []

    /// Creates an empty source map.
    public init() {}

    /// Adds a file and returns its identifier.
    @discardableResult
    public mutating func add(path: String, bytes: [UInt8]) -> FileID {
        let id = FileID(files.count)
        files.append(SourceFile(id: id, path: path, bytes: bytes))
        return id
    }

    /// The file with identifier `id`.
    public subscript(id: FileID) -> SourceFile { files[id.index] }

    /// Line and column of the start of `span`.
    public func location(of span: Span) -> SourceLocation { self[span.file].location(of: span.start) }
}

/// Lazily computed line starts, shared by copies of a ``SourceFile``.
private final class LineTable: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: [Int]?

    package func starts(of bytes: [UInt8]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        cached = starts
        return starts
    }
}

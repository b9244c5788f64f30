import Foundation
import RapportBase
import RapportSyntax

/// A reference to text held by a ``TextStore``: 8 bytes instead of a `String` per field, so a
/// loaded portfolio costs little more than its file.
public struct TextRef: Hashable, Sendable {
    package let raw: UInt64

    package static let extraBit: UInt64 = 1 << 63
    package static let offsetBits: UInt64 = 40
    /// Longest text a reference can hold (16 MiB).
    public static let maxLength = (1 << 23) - 1
    /// The empty text.
    public static let empty = TextRef(raw: 0)

    package init(raw: UInt64) { self.raw = raw }

    package init(offset: Int, length: Int, extra: Bool) {
        raw = (extra ? TextRef.extraBit : 0) | (UInt64(length) << TextRef.offsetBits) | UInt64(offset)
    }

    package var isExtra: Bool { raw & TextRef.extraBit != 0 }
    package var offset: Int { Int(raw & ((1 << TextRef.offsetBits) - 1)) }
    /// Length in UTF-8 bytes.
    public var length: Int { Int((raw & ~TextRef.extraBit) >> TextRef.offsetBits) }
}

/// The text of a portfolio: slices of the file it was read from (for strings without escapes)
/// plus an arena for everything else (unescaped strings, YAML, generated data).
public struct TextStore: Sendable {
    /// The file's bytes; most references point into it.
    public let source: [UInt8]
    private(set) var extra: [UInt8] = []

    /// Creates a store over `source`.
    public init(source: [UInt8] = []) { self.source = source }

    /// Creates a store over `source` whose arena starts as `extra` (texts shared by the parts of
    /// a portfolio read in parts).
    package init(source: [UInt8], extra: [UInt8]) {
        self.source = source
        self.extra = extra
    }

    /// A reference to `source[range]`.
    package func slice(_ range: Range<Int>) -> TextRef {
        TextRef(offset: range.lowerBound, length: range.count, extra: false)
    }

    /// Adds `bytes` to the arena.
    package mutating func append<C: Collection>(_ bytes: C) -> TextRef where C.Element == UInt8 {
        let offset = extra.count
        extra.append(contentsOf: bytes)
        return TextRef(offset: offset, length: bytes.count, extra: true)
    }

    /// Adds `text` to the arena.
    public mutating func intern(_ text: String) -> TextRef { append(Array(text.utf8)) }

    /// The bytes of `ref`.
    public func bytes(_ ref: TextRef) -> ArraySlice<UInt8> {
        let range = ref.offset..<ref.offset + ref.length
        return ref.isExtra ? extra[range] : source[range]
    }

    /// The text of `ref` as a `String`.
    public func string(_ ref: TextRef) -> String { String(decoding: bytes(ref), as: UTF8.self) }

    /// The text of `ref`, or nil for a missing value.
    public func string(_ ref: TextRef?) -> String? { ref.map { string($0) } }

    /// True when `ref` holds exactly `text`.
    public func equals(_ ref: TextRef, _ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        for byte in bytes(ref) {
            guard utf8.next() == byte else { return false }
        }
        return utf8.next() == nil
    }

    /// True when two references hold the same text (possibly in different places).
    public func equals(_ a: TextRef, _ b: TextRef) -> Bool {
        if a == b { return true }
        guard a.length == b.length else { return false }
        if a.length == 0 { return true }
        return withBytes(a) { left in withBytes(b) { right in memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 } }
    }

    /// Calls `body` with the bytes of `ref`, without copying.
    @inline(__always)
    package func withBytes<R>(_ ref: TextRef, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        // Each array read in place (a local copy of either would cost a reference count).
        func slice(_ buffer: UnsafeRawBufferPointer) -> R {
            body(UnsafeRawBufferPointer(rebasing: buffer[ref.offset..<ref.offset + ref.length]))
        }
        return ref.isExtra ? extra.withUnsafeBytes(slice) : source.withUnsafeBytes(slice)
    }

    /// A hash of the text of `ref` (FNV-1a), equal for equal texts wherever they are stored.
    package func hash(_ ref: TextRef) -> UInt64 {
        withBytes(ref) { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }
}

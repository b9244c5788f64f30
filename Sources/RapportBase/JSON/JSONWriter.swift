/// Appends one JSON value to a byte buffer, call by call, in the layout of
/// ``JSONValue/serialized(pretty:)``: two-space indentation (or none), `"key": value`, empty
/// containers as `{}` and `[]`.
///
/// ``JSONValue`` writes through it, and so do reporters that write millions of items without
/// building a tree for each (``JSONReporter``'s findings).
public struct JSONWriter {
    /// Where the text goes (shared by copies of a writer: a writer is not meant to be copied).
    package let out: ByteBuffer
    /// Indentation level of the next line, or nil when compact.
    private var depth: Int?
    /// True until the open container has a member.
    private var empty = false
    /// True when the next value goes right where the writer is (after a key, or at the start).
    private var inPlace = true

    /// A writer whose first value starts at the beginning of an empty text, indented `indent`
    /// levels (nil: compact), with room for `capacity` bytes before it grows.
    public init(indent: Int? = 0, capacity: Int = 256) {
        out = ByteBuffer(capacity: capacity)
        depth = indent
    }

    /// The text so far.
    public var bytes: [UInt8] { out.array }

    /// A writer that goes on with the open list of this one, in a buffer of its own: `first`
    /// when nothing comes before in the list.
    package var inList: @Sendable (_ first: Bool, _ capacity: Int) -> JSONWriter {
        let depth = self.depth
        return { first, capacity in
            var writer = JSONWriter(indent: depth, capacity: capacity)
            writer.inPlace = false
            writer.empty = first
            return writer
        }
    }

    /// The indentation level of the next line (nil when compact).
    package var indentation: Int? { depth }

    /// Members of the open object already written as text at this writer's indentation (by a
    /// writer made with that `indent`), appended as they are.
    package mutating func members(rendered bytes: [UInt8]) {
        next()
        out.append(bytes)
    }

    /// The open container has members written by another writer (``inList``).
    package mutating func continued() {
        empty = false
        inPlace = false
    }

    /// Separator and line break before a value or key.
    @inline(__always)
    private mutating func next() {
        if inPlace {
            inPlace = false
            return
        }
        if !empty { out.append(0x2C) }
        empty = false
        if let depth { Self.newline(out, depth) }
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        next()
        out.append(bracket)
        depth = depth.map { $0 + 1 }
        empty = true
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        depth = depth.map { $0 - 1 }
        if !empty, let depth { Self.newline(out, depth) }
        out.append(bracket)
        empty = false
    }

    /// A member's key written as a literal, which needs no escape (plain ASCII, as every key
    /// of Rapport's reports); its value is written next.
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        next()
        out.append(0x22)
        out.append(name)
        out.append(0x22)
        keyEnd()
    }

    /// A member's key known only at run time (a literal takes ``key(_:)``, which copies it
    /// without escaping); its value is written next.
    public mutating func key(named name: String) {
        next()
        Self.escape(name, into: out)
        keyEnd()
    }

    /// A member's key, already escaped and quoted.
    package mutating func key(escaped name: [UInt8]) {
        next()
        out.append(name)
        keyEnd()
    }

    /// A string value, already escaped and quoted.
    @inline(__always)
    package mutating func escaped(_ value: [UInt8]) {
        next()
        out.append(value)
    }

    @inline(__always)
    private mutating func keyEnd() {
        out.append(0x3A)
        if depth != nil { out.append(0x20) }
        inPlace = true
    }

    public mutating func string(_ value: String) {
        next()
        Self.escape(value, into: out)
    }

    /// A string given as UTF-8 bytes.
    public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        next()
        Self.escape(value, into: out)
    }

    public mutating func number(_ value: Double) {
        next()
        Self.number(value, into: out)
    }

    /// `value` as ``format(_:)`` writes it, appended without a `String` when it is whole.
    package static func number(_ value: Double, into out: ByteBuffer) {
        if let whole = whole(value) {
            integer(whole, into: out)
        } else {
            var text = format(value)
            text.withUTF8 { out.append($0) }
        }
    }

    public mutating func bool(_ value: Bool) {
        next()
        out.append(value ? "true" : "false")
    }

    public mutating func null() {
        next()
        out.append("null")
    }

    /// The decimal digits of `value` (what `format` gives for a whole number), without a `String`.
    package static func integer(_ value: Int64, into out: ByteBuffer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var position = buffer.count
            var rest = value.magnitude
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            out.append(buffer.baseAddress! + position, count: buffer.count - position)
        }
    }

    package static func newline(_ out: ByteBuffer, _ indent: Int) {
        let text: StaticString = "\n                                                                "
        let count = 1 + 2 * indent
        guard count <= text.utf8CodeUnitCount else {
            out.append(0x0A)
            for _ in 0..<indent { out.append(0x20); out.append(0x20) }
            return
        }
        out.append(text.utf8Start, count: count)
    }

    /// Integers without a fraction; other numbers in Swift's shortest round-trip form.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if let whole = whole(value) { return String(whole) }
        return String(value)
    }

    /// `value` when it is a whole number written without an exponent.
    private static func whole(_ value: Double) -> Int64? {
        value == value.rounded() && abs(value) < 1e15 ? Int64(value) : nil
    }

    /// `text` as a JSON string, quotes included, appended to `out`.
    package static func escape(_ text: String, into out: inout [UInt8]) {
        let buffer = ByteBuffer(capacity: text.utf8.count + 2)
        escape(text, into: buffer)
        out += buffer.array
    }

    package static func escape(_ text: String, into out: ByteBuffer) {
        var text = text
        text.withUTF8 { escape($0, into: out) }
    }

    package static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) {
        out.append(0x22)
        var index = 0
        let count = bytes.count
        while index < count {
            // Most text needs no escape: each plain run is found eight bytes at a time where it
            // is ASCII, and copied at once.
            let start = index
            plain: while index < count {
                while index + 8 <= count,
                      JSONSkim.isPlainText(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
                for _ in 0..<8 where index < count {
                    let byte = bytes[index]
                    if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte == 0x7F || byte == 0xE2 { break plain }
                    index += 1
                }
            }
            if index > start { out.append(bytes.baseAddress! + start, count: index - start) }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            switch byte {
            case 0x22: out.append("\\\"")
            case 0x5C: out.append("\\\\")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            case 0..<0x20, 0x7F:
                let hex: StaticString = "0123456789abcdef"
                out.append("\\u00")
                out.append(hex.utf8Start[Int(byte >> 4)])
                out.append(hex.utf8Start[Int(byte & 0xF)])
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 and U+2029 break JavaScript string literals.
                out.append(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        out.append(0x22)
    }
}

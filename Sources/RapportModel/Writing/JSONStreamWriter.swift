import RapportBase
import RapportSyntax

/// Writes JSON text incrementally into a byte buffer, handing full chunks to a sink, so a
/// million-account portfolio can be written without holding it in memory.
///
/// Layout: containers up to `prettyDepth` levels deep are broken over lines with two-space
/// indentation; deeper ones stay on one line, so each contact or activity is one line.
public struct JSONStreamWriter {
    private let buffer: ByteBuffer
    private var stack: [(count: Int, pretty: Bool)] = []
    private var afterKey = false
    private let prettyDepth: Int
    private let sink: ([UInt8]) throws -> Void
    private let chunkSize = 1 << 20

    /// Creates a writer that calls `sink` with chunks of about 1 MiB (and the rest on `finish`).
    public init(prettyDepth: Int = 4, sink: @escaping ([UInt8]) throws -> Void) {
        self.prettyDepth = prettyDepth
        self.sink = sink
        buffer = ByteBuffer(capacity: chunkSize + 4096)
    }

    /// Separator and indentation before a value or key.
    private mutating func prepare() throws {
        if afterKey {
            afterKey = false
            return
        }
        guard let top = stack.last else { return }
        if top.count > 0 { buffer.append(UInt8(ascii: ",")) }
        if top.pretty {
            JSONWriter.newline(buffer, stack.count)
        } else if top.count > 0 {
            buffer.append(0x20)
        }
        stack[stack.count - 1].count += 1
        if buffer.count >= chunkSize { try flush() }
    }

    private mutating func flush() throws {
        try sink(buffer.take())
    }

    public mutating func beginObject() throws { try open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() throws { try open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) throws {
        try prepare()
        buffer.append(bracket)
        stack.append((0, stack.count < prettyDepth))
    }

    private mutating func close(_ bracket: UInt8) {
        let top = stack.removeLast()
        if top.pretty && top.count > 0 { JSONWriter.newline(buffer, stack.count) }
        buffer.append(bracket)
    }

    public mutating func key(_ name: String) throws {
        try prepare()
        JSONWriter.escape(name, into: buffer)
        buffer.append(UInt8(ascii: ":"))
        buffer.append(0x20)
        afterKey = true
    }

    public mutating func string(_ value: String) throws {
        try prepare()
        JSONWriter.escape(value, into: buffer)
    }

    public mutating func string(bytes: ArraySlice<UInt8>) throws {
        try prepare()
        bytes.withUnsafeBufferPointer { JSONWriter.escape($0, into: buffer) }
    }

    public mutating func number(_ value: Double) throws {
        try prepare()
        JSONWriter.number(value, into: buffer)
    }

    public mutating func number(_ value: Int) throws {
        try prepare()
        JSONWriter.integer(Int64(value), into: buffer)
    }

    public mutating func bool(_ value: Bool) throws {
        try prepare()
        buffer.append(value ? "true" : "false")
    }

    public mutating func null() throws {
        try prepare()
        buffer.append("null")
    }

    /// Writes what is left, ending with a newline.
    public mutating func finish() throws {
        buffer.append(0x0A)
        try flush()
    }
}

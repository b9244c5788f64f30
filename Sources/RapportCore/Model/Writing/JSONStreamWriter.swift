/// Writes JSON text incrementally into a byte buffer, handing full chunks to a sink, so a
/// million-account portfolio can be written without holding it in memory.
///
/// Layout: containers up to `prettyDepth` levels deep are broken over lines with two-space
/// indentation; deeper ones stay on one line, so each contact or activity is one line.
public struct JSONStreamWriter {
    private var buffer: [UInt8] = []
    private var stack: [(count: Int, pretty: Bool)] = []
    private var afterKey = false
    private let prettyDepth: Int
    private let sink: ([UInt8]) throws -> Void
    private let chunkSize = 1 << 20

    /// Creates a writer that calls `sink` with chunks of about 1 MiB (and the rest on `finish`).
    public init(prettyDepth: Int = 4, sink: @escaping ([UInt8]) throws -> Void) {
        self.prettyDepth = prettyDepth
        self.sink = sink
        buffer.reserveCapacity(chunkSize + 4096)
    }

    private mutating func raw(_ text: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func newline(depth: Int) {
        buffer.append(0x0A)
        for _ in 0..<depth { buffer.append(0x20); buffer.append(0x20) }
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
            newline(depth: stack.count)
        } else if top.count > 0 {
            buffer.append(0x20)
        }
        stack[stack.count - 1].count += 1
        if buffer.count >= chunkSize { try flush() }
    }

    private mutating func flush() throws {
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
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
        if top.pretty && top.count > 0 { newline(depth: stack.count) }
        buffer.append(bracket)
    }

    public mutating func key(_ name: String) throws {
        try prepare()
        appendQuoted(name)
        buffer.append(UInt8(ascii: ":"))
        buffer.append(0x20)
        afterKey = true
    }

    public mutating func string(_ value: String) throws {
        try prepare()
        appendQuoted(value)
    }

    public mutating func string(bytes: ArraySlice<UInt8>) throws {
        try prepare()
        appendQuoted(bytes: bytes)
    }

    public mutating func number(_ value: Double) throws {
        try prepare()
        buffer.append(contentsOf: Array(JSONWriter.format(value).utf8))
    }

    public mutating func number(_ value: Int) throws {
        try prepare()
        buffer.append(contentsOf: Array(String(value).utf8))
    }

    public mutating func bool(_ value: Bool) throws {
        try prepare()
        if value { raw("true") } else { raw("false") }
    }

    public mutating func null() throws {
        try prepare()
        raw("null")
    }

    /// Writes what is left, ending with a newline.
    public mutating func finish() throws {
        buffer.append(0x0A)
        try flush()
    }

    private mutating func appendQuoted(_ text: String) {
        var text = text
        text.withUTF8 { appendQuoted(bytes: ArraySlice($0)) }
    }

    private mutating func appendQuoted(bytes: ArraySlice<UInt8>) {
        buffer.append(UInt8(ascii: "\""))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                buffer.append(hex[Int(byte >> 4)])
                buffer.append(hex[Int(byte & 0xF)])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

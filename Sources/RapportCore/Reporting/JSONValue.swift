import Foundation

/// A JSON document with ordered object keys, so output is stable byte for byte.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A list whose items are made one at a time while it is written, so a report of millions
    /// of findings is never held as one tree.
    case elements(count: Int, item: @Sendable (Int) -> JSONValue)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.elements(n, a), .elements(m, b)): n == m && (0..<n).allSatisfy { a($0) == b($0) }
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Serialises with two-space indentation (or compactly), ending without a newline.
    public func serialized(pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: pretty ? 0 : nil, flush: nil)
        return String(decoding: out, as: UTF8.self)
    }

    /// Serialises like ``serialized(pretty:)``, handing the text to `output` in pieces of about
    /// a megabyte.
    public func write(pretty: Bool = true, to output: ([UInt8]) -> Void) {
        withoutActuallyEscaping(output) { output in
            var out: [UInt8] = []
            out.reserveCapacity(1 << 20)
            write(into: &out, indent: pretty ? 0 : nil) { buffer in
                output(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            output(out)
        }
    }

    private func write(into out: inout [UInt8], indent: Int?, flush: ((inout [UInt8]) -> Void)?) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): out.append(contentsOf: JSONValue.format(value).utf8)
        case .string(let value): JSONValue.escape(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                item.write(into: &out, indent: indent.map { $0 + 1 }, flush: flush)
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        case .elements(let count, let item):
            guard count > 0 else { out += [0x5B, 0x5D]; return }
            out.append(0x5B)
            // Millions of elements (findings): serialised in batches, each batch on both cores,
            // and written in order.
            let batch = 4096
            for start in stride(from: 0, to: count, by: batch) {
                for piece in JSONValue.serialize(start..<min(count, start + batch), item, indent: indent.map { $0 + 1 }) {
                    out += piece
                }
                if out.count >= 1 << 20, let flush { flush(&out) }
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out += [0x7B, 0x7D]; return }
            out.append(0x7B)
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.escape(key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                value.write(into: &out, indent: indent.map { $0 + 1 }, flush: flush)
            }
            JSONValue.newline(&out, indent)
            out.append(0x7D)
        }
    }

    /// Elements `range` of an `.elements` list, each after its comma and newline, as pieces to
    /// write one after the other (two halves serialised at once when the range is large).
    private static func serialize(_ range: Range<Int>, _ item: @Sendable (Int) -> JSONValue, indent: Int?) -> [[UInt8]] {
        @Sendable func piece(_ part: Range<Int>) -> [UInt8] {
            var out: [UInt8] = []
            for i in part {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent)
                item(i).write(into: &out, indent: indent, flush: nil)
            }
            return out
        }
        guard range.count >= 512 else { return [piece(range)] }
        let middle = range.lowerBound + range.count / 2
        let halves = [range.lowerBound..<middle, middle..<range.upperBound]
        let pieces = ConcurrentSlots<[UInt8]>(count: 2, empty: [])
        DispatchQueue.concurrentPerform(iterations: 2) { half in pieces.set(half, piece(halves[half])) }
        return pieces.takeAll()
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    /// Integers without a fraction; other numbers in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Most text needs no escape: copy each plain run at once, not byte by byte.
                let start = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte == 0x7F || byte == 0xE2 { break }
                    index += 1
                }
                if index > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20, 0x7F:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 break JavaScript string literals.
                    out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(0x22)
    }
}

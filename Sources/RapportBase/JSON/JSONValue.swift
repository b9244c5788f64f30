import Foundation

/// A JSON document with ordered object keys, so output is stable byte for byte.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A list whose items write themselves while the list is written, so a report of millions
    /// of findings is never held as one tree. `write` writes item `index` as one value.
    case items(count: Int, write: @Sendable (_ index: Int, _ into: inout JSONWriter) -> Void)

    /// A list whose items are made one at a time while it is written.
    public static func elements(count: Int, item: @escaping @Sendable (Int) -> JSONValue) -> JSONValue {
        .items(count: count) { index, writer in writer.value(item(index)) }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.items(n, a), .items(m, b)):
            n == m && (0..<n).allSatisfy { index in
                var left = JSONWriter(), right = JSONWriter()
                a(index, &left)
                b(index, &right)
                return left.bytes == right.bytes
            }
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
        var writer = JSONWriter(indent: pretty ? 0 : nil, capacity: 4096)
        writer.value(self, flush: nil)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Serialises like ``serialized(pretty:)``, handing the text to `output` in pieces: the items
    /// of a long ``items(count:write:)`` list in batches of a few thousand, as they are written.
    public func write(pretty: Bool = true, to output: ([UInt8]) -> Void) {
        withoutActuallyEscaping(output) { output in
            var writer = JSONWriter(indent: pretty ? 0 : nil, capacity: 4096)
            writer.value(self, flush: output)
            output(writer.out.take())
        }
    }
}

extension JSONWriter {
    /// Writes `value` as the next value.
    public mutating func value(_ value: JSONValue) { self.value(value, flush: nil) }

    /// Writes `value`; `flush` is handed the text so far and each batch of a long list's items.
    package mutating func value(_ value: JSONValue, flush: (([UInt8]) -> Void)?) {
        switch value {
        case .null: null()
        case .bool(let value): bool(value)
        case .number(let value): number(value)
        case .string(let value): string(value)
        case .array(let items):
            beginArray()
            for item in items { self.value(item, flush: flush) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(named: name)
                self.value(member, flush: flush)
            }
            endObject()
        case .items(let count, let write):
            beginArray()
            // Millions of items (findings): written in batches, each batch on both cores, and
            // appended in order.
            let batch = 4096
            for start in stride(from: 0, to: count, by: batch) {
                for piece in serialize(start..<min(count, start + batch), write) {
                    // Pieces go out as they are when the text is handed over in pieces.
                    if let flush {
                        if !out.isEmpty { flush(out.take()) }
                        flush(piece)
                    } else {
                        out.append(piece)
                    }
                }
            }
            if count > 0 { continued() }
            endArray()
        }
    }

    /// The text of items `range` of an `.items` list in the list this writer has open, each
    /// after its separator, as pieces to append one after the other (two halves written at
    /// once when the range is large).
    private func serialize(_ range: Range<Int>, _ write: @Sendable (Int, inout JSONWriter) -> Void) -> [[UInt8]] {
        let list = self.inList
        @Sendable func piece(_ part: Range<Int>) -> [UInt8] {
            // Room for items of about a kilobyte (findings) before the buffer grows.
            var writer = list(part.lowerBound == 0, part.count * 1024)
            for index in part { write(index, &writer) }
            return writer.bytes
        }
        guard range.count >= 512 else { return [piece(range)] }
        let middle = range.lowerBound + range.count / 2
        let halves = [range.lowerBound..<middle, middle..<range.upperBound]
        let pieces = ConcurrentSlots<[UInt8]>(count: 2, empty: [])
        DispatchQueue.concurrentPerform(iterations: 2) { half in pieces.set(half, piece(halves[half])) }
        return pieces.takeAll()
    }
}

import Yams

/// Walks a YAML document (composed by Yams) through the ``DocumentReader`` interface, so YAML
/// portfolios get the same validation and messages as JSON ones.
struct YAMLReader: DocumentReader {
    private enum Frame {
        case mapping([(key: Node, value: Node)], next: Int)
        case sequence([Node], next: Int)
    }

    private var stack: [Frame] = []
    private var pending: Node?
    let source: SourceFile

    init(root: Node, source: SourceFile) {
        self.pending = root
        self.source = source
    }

    /// Converts a Yams position (1-based line, column in Unicode scalars) to a byte offset.
    func offset(line: Int, column: Int) -> Int {
        let starts = source.lineStarts
        guard line >= 1, line <= starts.count else { return source.bytes.count }
        var offset = starts[line - 1]
        var remaining = column - 1
        while remaining > 0 && offset < source.bytes.count && source.bytes[offset] != 0x0A {
            offset += max(1, Lexer.sequenceLength(source.bytes, at: offset))
            remaining -= 1
        }
        return offset
    }

    func span(of node: Node?) -> Span {
        guard let mark = node?.mark else { return Span(file: source.id, start: 0, end: 0) }
        let start = offset(line: mark.line, column: mark.column)
        var end = start
        if case .scalar(let scalar)? = node {
            end = min(source.bytes.count, start + max(1, scalar.string.utf8.count))
        } else {
            end = min(source.bytes.count, start + 1)
        }
        return Span(file: source.id, start: start, end: end)
    }

    /// YAML portfolios are small; the span of the last value offered is simply remembered.
    private var lastSpan = Span(file: FileID(0), start: 0, end: 0)

    var nextOffset: Int { span(of: pending).start }

    func valueSpan(at offset: Int) -> Span {
        if lastSpan.start == offset { return lastSpan }
        // A scalar runs to the end of its line or to a flow delimiter.
        var end = offset
        let bytes = source.bytes
        while end < bytes.count && ![0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#")].contains(bytes[end]) {
            end += 1
        }
        while end > offset + 1 && bytes[end - 1] == 0x20 { end -= 1 }
        return Span(file: source.id, start: offset, end: max(end, offset + 1))
    }

    private func failure(_ message: String) -> DocumentSyntaxError {
        DocumentSyntaxError(diagnostic: .error("load.syntax", message, at: span(of: pending)))
    }

    mutating func peek() throws(DocumentSyntaxError) -> DocumentValueKind {
        guard let pending else { throw failure("expected a value") }
        lastSpan = span(of: pending)
        switch pending {
        case .mapping: return .object
        case .sequence: return .array
        case .alias: throw failure("YAML aliases are not supported in portfolios")
        case .scalar(let scalar):
            // Yams leaves plain scalars untagged; resolve them as YAML does: quoted text is always
            // text, a plain scalar is null, a boolean or a number when it reads as one.
            guard scalar.style == .plain || scalar.style == .any else { return .string }
            if pending.null != nil { return .null }
            if pending.bool != nil { return .boolean }
            if pending.int != nil || pending.float != nil { return .number }
            return .string
        }
    }

    mutating func beginObject() throws(DocumentSyntaxError) {
        guard case .mapping(let mapping)? = pending else { throw failure("expected a mapping") }
        stack.append(.mapping(Array(mapping), next: 0))
        pending = nil
    }

    mutating func nextKey(_ store: inout TextStore) throws(DocumentSyntaxError) -> (TextRef, Span)? {
        guard case .mapping(let pairs, let next)? = stack.last else { throw failure("internal: no mapping open") }
        guard next < pairs.count else {
            stack.removeLast()
            return nil
        }
        stack[stack.count - 1] = .mapping(pairs, next: next + 1)
        let key = pairs[next].key
        pending = pairs[next].value
        return (store.intern(key.string ?? ""), span(of: key))
    }

    mutating func beginArray() throws(DocumentSyntaxError) {
        guard case .sequence(let sequence)? = pending else { throw failure("expected a sequence") }
        stack.append(.sequence(Array(sequence), next: 0))
        pending = nil
    }

    mutating func nextElement() throws(DocumentSyntaxError) -> Bool {
        guard case .sequence(let items, let next)? = stack.last else { throw failure("internal: no sequence open") }
        guard next < items.count else {
            stack.removeLast()
            return false
        }
        stack[stack.count - 1] = .sequence(items, next: next + 1)
        pending = items[next]
        return true
    }

    mutating func readString(_ store: inout TextStore) throws(DocumentSyntaxError) -> TextRef {
        guard case .scalar(let scalar)? = pending else { throw failure("expected text") }
        pending = nil
        return store.intern(scalar.string)
    }

    mutating func readNumber() throws(DocumentSyntaxError) -> Double {
        guard let node = pending, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw failure("expected a number")
        }
        pending = nil
        return value
    }

    mutating func readBool() throws(DocumentSyntaxError) -> Bool {
        guard let value = pending?.bool else { throw failure("expected true or false") }
        pending = nil
        return value
    }

    mutating func readNull() throws(DocumentSyntaxError) {
        pending = nil
    }

    mutating func skipValue() throws(DocumentSyntaxError) {
        pending = nil
    }
}

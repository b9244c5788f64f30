import Yams
import RapportBase
import RapportSyntax

/// Walks a YAML document (composed by Yams) through the ``DocumentReader`` interface, so YAML
/// portfolios get the same validation and messages as JSON ones.
package struct YAMLReader: DocumentReader {
    private enum Frame {
        case mapping([(key: Node, value: Node)], next: Int)
        case sequence([Node], next: Int)
    }

    private var stack: [Frame] = []
    private var pending: Node?
    package let source: SourceFile

    package init(root: Node, source: SourceFile) {
        self.pending = root
        self.source = source
    }

    /// Converts a Yams position (1-based line, column in Unicode scalars) to a byte offset.
    package func offset(line: Int, column: Int) -> Int {
        let starts = source.lineStarts
        guard line >= 1, line <= starts.count else { return source.bytes.count }
        var offset = starts[line - 1]
        // Yams reads the text after a byte order mark: the first line's columns start past it.
        if line == 1 && YAMLReader.hasByteOrderMark(source.bytes) { offset += 3 }
        var remaining = column - 1
        while remaining > 0 && offset < source.bytes.count && source.bytes[offset] != 0x0A {
            offset += max(1, Lexer.sequenceLength(source.bytes, at: offset))
            remaining -= 1
        }
        return offset
    }

    package func span(of node: Node?) -> Span {
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

    package var nextOffset: Int { span(of: pending).start }

    package func valueSpan(at offset: Int) -> Span {
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

    package mutating func peek() throws(DocumentSyntaxError) -> DocumentValueKind {
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
            switch YAMLReader.resolve(scalar.string) {
            case .null: return .null
            case .bool: return .boolean
            case .number: return .number
            case .string: return .string
            }
        }
    }

    package mutating func beginObject() throws(DocumentSyntaxError) {
        guard case .mapping(let mapping)? = pending else { throw failure("expected a mapping") }
        stack.append(.mapping(Array(mapping), next: 0))
        pending = nil
    }

    package mutating func nextKey(_ store: inout TextStore) throws(DocumentSyntaxError) -> (TextRef, Span)? {
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

    package mutating func beginArray() throws(DocumentSyntaxError) {
        guard case .sequence(let sequence)? = pending else { throw failure("expected a sequence") }
        stack.append(.sequence(Array(sequence), next: 0))
        pending = nil
    }

    package mutating func nextElement() throws(DocumentSyntaxError) -> Bool {
        guard case .sequence(let items, let next)? = stack.last else { throw failure("internal: no sequence open") }
        guard next < items.count else {
            stack.removeLast()
            return false
        }
        stack[stack.count - 1] = .sequence(items, next: next + 1)
        pending = items[next]
        return true
    }

    package mutating func readString(_ store: inout TextStore) throws(DocumentSyntaxError) -> TextRef {
        guard case .scalar(let scalar)? = pending else { throw failure("expected text") }
        pending = nil
        return store.intern(scalar.string)
    }

    package mutating func readNumber() throws(DocumentSyntaxError) -> Double {
        guard case .scalar(let scalar)? = pending, scalar.style == .plain || scalar.style == .any,
              case .number(let value) = YAMLReader.resolve(scalar.string) else {
            throw failure("expected a number (decimal, as in 1250 or 12.5)")
        }
        guard value.isFinite else { throw failure("expected a finite number") }
        pending = nil
        return value
    }

    package mutating func readBool() throws(DocumentSyntaxError) -> Bool {
        guard case .scalar(let scalar)? = pending, scalar.style == .plain || scalar.style == .any,
              case .bool(let value) = YAMLReader.resolve(scalar.string) else { throw failure("expected true or false") }
        pending = nil
        return value
    }

    package mutating func readNull() throws(DocumentSyntaxError) {
        pending = nil
    }

    package mutating func skipValue() throws(DocumentSyntaxError) {
        pending = nil
    }
}

extension YAMLReader {
    /// What a plain scalar is under the YAML 1.2 core schema, with numbers in decimal only: a
    /// portfolio's YAML reads as its JSON would. YAML 1.1's forms (`yes`, `1:30` as 90, `0x1F`)
    /// stay text, so a number field holding one is reported rather than silently converted.
    package enum CoreScalar: Equatable {
        case null, bool(Bool), number(Double), string
    }

    package static func resolve(_ text: String) -> CoreScalar {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: break
        }
        return isDecimal(text.utf8) ? Double(text).map(CoreScalar.number) ?? .string : .string
    }

    /// `[-+]? ( . digits | digits ( . digits? )? ) ( [eE] [-+]? digits )?`
    package static func isDecimal(_ bytes: String.UTF8View) -> Bool {
        var index = bytes.startIndex
        func digits() -> Int {
            var count = 0
            while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
                count += 1
                index = bytes.index(after: index)
            }
            return count
        }
        func accept(_ characters: String) -> Bool {
            guard index < bytes.endIndex, characters.utf8.contains(bytes[index]) else { return false }
            index = bytes.index(after: index)
            return true
        }
        _ = accept("+-")
        let whole = digits()
        var fraction = 0
        if accept(".") { fraction = digits() }
        guard whole + fraction > 0 else { return false }
        if accept("eE") {
            _ = accept("+-")
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    package static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

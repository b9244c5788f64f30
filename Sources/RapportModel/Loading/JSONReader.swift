import Foundation
import RapportBase
import RapportSyntax

/// A fast JSON pull reader over bytes. Strings without escapes become slices of the file;
/// positions are byte offsets, turned into line and column only when an error is rendered.
package struct JSONReader: DocumentReader {
    package let bytes: UnsafeBufferPointer<UInt8>
    package let file: FileID
    package var position = 0
    /// Depth of nested objects and lists, bounded so hostile input cannot exhaust the stack.
    package var depth = 0
    package static let maxDepth = 512

    /// Where the top-level value starts (after a byte-order mark and whitespace).
    package let firstValueOffset: Int

    package init(bytes: UnsafeBufferPointer<UInt8>, file: FileID) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        var first = position
        while first < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[first]) { first += 1 }
        firstValueOffset = first
    }

    package var nextOffset: Int { position }

    package func valueSpan(at offset: Int) -> Span {
        Span(file: file, start: offset, end: min(bytes.count, offset + max(1, valueLength(at: offset))))
    }

    package func span(_ start: Int, _ end: Int) -> Span { Span(file: file, start: start, end: end) }

    /// Length of a scalar token at the current position, for underlining.
    package func valueLength() -> Int { valueLength(at: position) }

    /// Length of the scalar token at `position`, for underlining.
    package func valueLength(at position: Int) -> Int {
        guard position < bytes.count else { return 0 }
        if bytes[position] == UInt8(ascii: "\"") {
            var index = position + 1
            while index < bytes.count && bytes[index] != UInt8(ascii: "\"") && bytes[index] != 0x0A {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(index + 1, bytes.count) - position
        }
        if bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "[") { return 1 }
        var index = position
        while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
        return index - position
    }

    package static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ":")
    }

    @inline(__always)
    package mutating func skipWhitespace() {
        let count = bytes.count
        // Every whitespace byte is at most 0x20: most calls stand at a value already.
        guard position < count, bytes[position] <= 0x20 else { return }
        while position < count {
            let byte = bytes[position]
            if byte == 0x20, position + 8 <= count {
                // Indentation: the spaces of eight bytes at once (at least this one).
                let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                let others = UInt64(littleEndian: word) ^ 0x2020_2020_2020_2020
                position += others == 0 ? 8 : others.trailingZeroBitCount >> 3
                continue
            }
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    package func syntaxError(_ message: String, at start: Int, length: Int = 1, label: String = "", help: [String] = []) -> DocumentSyntaxError {
        let end = min(bytes.count, start + length)
        return DocumentSyntaxError(diagnostic: .error("load.syntax", message, at: span(start, max(start, end)),
                                                      label: label, help: help))
    }

    package func found() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    package mutating func peek() throws(DocumentSyntaxError) -> DocumentValueKind {
        skipWhitespace()
        guard position < bytes.count else {
            throw syntaxError("expected a value, found the end of the file", at: max(0, bytes.count - 1))
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t") where startsWord("true"), UInt8(ascii: "f") where startsWord("false"): return .boolean
        case UInt8(ascii: "n") where startsWord("null"): return .null
        default:
            if position == firstValueOffset, bytes[position] >= UInt8(ascii: "a"), bytes[position] <= UInt8(ascii: "z") {
                throw syntaxError("this file is not JSON: it does not start with `{`", at: position, length: max(1, valueLength()),
                                  help: ["a YAML portfolio needs the extension .yaml or .yml"])
            }
            throw syntaxError("expected a JSON value, found \(found())", at: position, length: max(1, valueLength()),
                              help: bytes[position] == UInt8(ascii: "'") ? ["JSON text is written in double quotes"] : [])
        }
    }

    package mutating func expectByte(_ byte: UInt8, _ what: String) throws(DocumentSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else {
            throw syntaxError("expected \(what), found \(found())", at: min(position, max(0, bytes.count - 1)))
        }
        position += 1
    }

    package mutating func enter() throws(DocumentSyntaxError) {
        depth += 1
        if depth > JSONReader.maxDepth {
            throw syntaxError("the document is nested too deeply (more than \(JSONReader.maxDepth) levels)", at: position)
        }
    }

    package mutating func beginObject() throws(DocumentSyntaxError) {
        try expectByte(UInt8(ascii: "{"), "`{`")
        try enter()
        objectFirst = true
    }

    /// True right after `{` or `[` (no comma expected before the first member).
    package var objectFirst = false

    /// Moves past the comma before the next member, or past `close` (returning false) at the end
    /// of the container: the shared step of ``nextKey(_:)`` and ``nextElement()``.
    package mutating func advanceToNextMember(close: UInt8, _ what: String) throws(DocumentSyntaxError) -> Bool {
        skipWhitespace()
        let count = bytes.count
        if position < count && bytes[position] == close {
            position += 1
            depth -= 1
            objectFirst = false
            return false
        }
        if !objectFirst {
            guard position < count, bytes[position] == UInt8(ascii: ",") else { throw missingComma(close, what) }
            position += 1
            skipWhitespace()
            if position < count && bytes[position] == close { throw commaBeforeClose(close) }
        }
        objectFirst = false
        return true
    }

    // Built only on the error path (out of line: this runs once per member).

    @inline(never)
    package func missingComma(_ close: UInt8, _ what: String) -> DocumentSyntaxError {
        syntaxError("expected `,` or `\(Character(Unicode.Scalar(close)))` after \(what), found \(found())",
                    at: min(position, max(0, bytes.count - 1)))
    }

    @inline(never)
    package func commaBeforeClose(_ close: UInt8) -> DocumentSyntaxError {
        syntaxError("a comma may not stand before `\(Character(Unicode.Scalar(close)))` in JSON", at: position - 1)
    }

    package mutating func nextKey(_ store: inout TextStore) throws(DocumentSyntaxError) -> (TextRef, Span)? {
        guard try advanceToNextMember(close: UInt8(ascii: "}"), "a value in an object") else { return nil }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw syntaxError("expected a key in double quotes, found \(found())", at: min(position, max(0, bytes.count - 1)),
                              length: max(1, valueLength()))
        }
        let start = position
        let key = try readString(&store)
        let keySpan = span(start, position)
        try expectByte(UInt8(ascii: ":"), "`:` after the key")
        return (key, keySpan)
    }

    /// ``nextKey(_:)`` and the lookup in one step: a plain ASCII key (every key of the format)
    /// is looked up where it stands in the file, without the general text reader.
    package mutating func nextField<Field>(_ table: KeyTable<Field>, _ store: inout TextStore) throws(DocumentSyntaxError)
        -> (field: Field?, key: TextRef, span: Span)? {
        guard try advanceToNextMember(close: UInt8(ascii: "}"), "a value in an object") else { return nil }
        skipWhitespace()
        let base = bytes.baseAddress!
        let count = bytes.count
        let start = position
        if start < count, base[start] == UInt8(ascii: "\"") {
            let end = plainRunEnd(from: start + 1)
            if end < count, base[end] == UInt8(ascii: "\""), end - start <= 64 {
                position = end + 1
                let field = table.lookup(UnsafeRawPointer(base + start + 1), count: end - start - 1, readable: count - start - 1)
                let key = store.slice(start + 1..<end)
                if position < count, base[position] == UInt8(ascii: ":") {
                    position += 1
                    // The usual space after the colon, so the value's reader stands at the value.
                    if position < count, base[position] == 0x20 { position += 1 }
                } else {
                    try expectByte(UInt8(ascii: ":"), "`:` after the key")
                }
                return (field, key, span(start, end + 1))
            }
        }
        // Anything else (escapes, other scripts, a missing quote): the general path and its
        // errors, from the key on (the comma before it is already read, hence `objectFirst`).
        position = start
        objectFirst = true
        guard let (key, span) = try nextKey(&store) else { return nil }
        return (store.withBytes(key) { table.lookup($0) }, key, span)
    }

    package mutating func beginArray() throws(DocumentSyntaxError) {
        try expectByte(UInt8(ascii: "["), "`[`")
        try enter()
        objectFirst = true
    }

    package mutating func nextElement() throws(DocumentSyntaxError) -> Bool {
        try advanceToNextMember(close: UInt8(ascii: "]"), "a list element")
    }

    package mutating func readString(_ store: inout TextStore) throws(DocumentSyntaxError) -> TextRef {
        skipWhitespace()
        let start = position
        position += 1
        var hasEscape = false
        var hasNonASCII = false
        let base = bytes.baseAddress!
        let count = bytes.count
        while true {
            position = plainRunEnd(from: position)
            guard position < count else { throw unclosedText(at: start) }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                position += 2
                continue
            }
            if byte < 0x20 { throw controlCharacter(byte, text: start) }
            hasNonASCII = true
            position += 1
        }
        let contentStart = start + 1
        let contentEnd = position
        position += 1
        if hasNonASCII, let bad = JSONReader.firstInvalidUTF8(bytes, contentStart..<contentEnd) {
            throw DocumentSyntaxError(diagnostic: .error("load.invalid_utf8", "the file is not valid UTF-8", at: span(bad, bad + 1),
                                                         label: "invalid byte", help: ["save the file as UTF-8"]))
        }
        guard contentEnd - contentStart <= TextRef.maxLength else {
            throw syntaxError("this text is longer than 8 MiB", at: start)
        }
        if !hasEscape { return store.slice(contentStart..<contentEnd) }
        return store.append(try unescape(contentStart..<contentEnd))
    }

    /// Where the plain run of string bytes starting at `start` ends: the offset of its first
    /// quote, backslash, control character or byte outside ASCII, or the end of the bytes.
    @inline(__always)
    package func plainRunEnd(from start: Int) -> Int {
        let base = bytes.baseAddress!
        let count = bytes.count
        var position = start
        // Eight bytes at a time; the first byte that ends the run is exact in the word's mask.
        while position + 8 <= count {
            let stops = JSONSkim.plainRunStops(UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)))
            if stops != 0 { return position + stops.trailingZeroBitCount >> 3 }
            position += 8
        }
        while position < count, !JSONReader.endsPlainRun(base[position]) { position += 1 }
        return position
    }

    // The errors of hot paths are built out of line, so the paths stay small.

    @inline(never)
    package func unclosedText(at start: Int) -> DocumentSyntaxError {
        syntaxError("this text is never closed", at: start, label: "opened here")
    }

    @inline(never)
    package func controlCharacter(_ byte: UInt8, text start: Int) -> DocumentSyntaxError {
        syntaxError(byte == 0x0A ? "this text is never closed on its line" : "control character in text (write it as an escape)",
                    at: byte == 0x0A ? start : position)
    }

    /// True for a byte a string's plain run stops at: its closing quote, an escape, a control
    /// character or the start of a character outside ASCII.
    @inline(__always)
    package static func endsPlainRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80
    }

    package static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 { index += 1; continue }
            let length = Lexer.validSequenceLength(UnsafeBufferPointer(rebasing: bytes[index..<range.upperBound]), at: 0)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    package func unescape(_ range: Range<Int>) throws(DocumentSyntaxError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        var pendingHigh: UInt32?
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            let escape = index + 1 < range.upperBound ? bytes[index + 1] : 0
            index += 2
            switch escape {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard index + 4 <= range.upperBound,
                      let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 4]), as: UTF8.self), radix: 16) else {
                    throw syntaxError("`\\u` must be followed by four hex digits", at: index - 2, length: 6)
                }
                index += 4
                if (0xD800..<0xDC00).contains(code) {
                    pendingHigh = code
                    continue
                }
                var scalarValue = code
                if (0xDC00..<0xE000).contains(code), let high = pendingHigh {
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                }
                pendingHigh = nil
                let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw syntaxError("unknown escape in JSON text", at: index - 2, length: 2,
                                  help: ["JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"])
            }
        }
        return out
    }

    package mutating func readNumber() throws(DocumentSyntaxError) -> Double {
        skipWhitespace()
        let start = position
        var negative = false
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        let digitsStart = position
        while position < bytes.count, bytes[position] &- 48 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- 48)
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw syntaxError("expected digits in a number", at: start) }
        if digits > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
            throw syntaxError("a JSON number may not start with 0", at: start, length: position - start)
        }
        var simple = true
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < bytes.count, bytes[position] &- 48 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[position] &- 48)
                fractionDigits += 1
                position += 1
            }
            guard position > fractionStart else { throw syntaxError("expected digits after `.`", at: start, length: position - start) }
        }
        if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
            simple = false
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
            let exponentStart = position
            while position < bytes.count, bytes[position] &- 48 < 10 { position += 1 }
            guard position > exponentStart else { throw syntaxError("expected digits in the exponent", at: start, length: position - start) }
        }
        if position < bytes.count && !JSONReader.isDelimiter(bytes[position]) {
            throw syntaxError("unexpected \(found()) after a number", at: position)
        }
        // Exact for up to 15 significant digits, which covers money and counts.
        if simple && digits + fractionDigits <= 15 {
            let value = Double(mantissa) / JSONReader.powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw syntaxError("this number is out of range", at: start, length: position - start)
        }
        return value
    }

    package static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }

    package mutating func readBool() throws(DocumentSyntaxError) -> Bool {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw syntaxError("expected `true` or `false`, found \(found())", at: position, length: max(1, valueLength()))
    }

    package mutating func readNull() throws(DocumentSyntaxError) {
        skipWhitespace()
        guard matches("null") else {
            throw syntaxError("expected `null`, found \(found())", at: position, length: max(1, valueLength()))
        }
    }

    /// One byte tells most values from `null`: no full ``peek()`` per member.
    package mutating func skipNull() throws(DocumentSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "n"), startsWord("null") else { return false }
        position += 4
        return true
    }

    /// True when the literal `word` (followed by a delimiter) starts at the current position.
    package func startsWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        return position + count == bytes.count || JSONReader.isDelimiter(bytes[position + count])
    }

    package mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        if position + count < bytes.count && !JSONReader.isDelimiter(bytes[position + count]) { return false }
        position += count
        return true
    }

    package mutating func skipValue() throws(DocumentSyntaxError) {
        var scratch = TextStore()
        switch try peek() {
        case .object:
            try beginObject()
            while try nextKey(&scratch) != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string: _ = try readString(&scratch)
        case .number: _ = try readNumber()
        case .boolean: _ = try readBool()
        case .null: try readNull()
        }
    }

    /// Moves past the next value following only strings and brackets: nothing inside is
    /// checked, so this is for values a later full read checks (``PortfolioParts``).
    package mutating func skipUnchecked() throws(DocumentSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "{") || bytes[position] == UInt8(ascii: "[") else {
            return try skipValue()
        }
        let start = position
        let base = bytes.baseAddress!
        let count = bytes.count
        var level = 1
        var inString = false
        position += 1
        // Skimmed a word at a time; words with a backslash and the last bytes byte by byte.
        var slowUntil = position
        while position < count {
            if position >= slowUntil, position + 8 <= count {
                switch JSONSkim.skim(base, from: position, count: count, depth: &level, inString: &inString, floor: 1) {
                case .close(let at):
                    position = at + 1
                    return
                case .slow(let at):
                    position = at
                    slowUntil = at + 8
                }
                continue
            }
            let byte = base[position]
            position += 1
            if inString {
                if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == UInt8(ascii: "\\") {
                    position += 1
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                level += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                level -= 1
                if level == 0 { return }
            }
        }
        throw syntaxError("this value is never closed", at: start)
    }

    package mutating func skipUnchecked(toObjectEndAt offset: Int) -> Bool {
        guard offset >= position, offset < bytes.count, bytes[offset] == UInt8(ascii: "}") else { return false }
        position = offset
        return true
    }

    /// After the top-level value only whitespace may follow.
    package mutating func expectEnd() throws(DocumentSyntaxError) {
        skipWhitespace()
        if position < bytes.count {
            throw syntaxError("unexpected \(found()) after the end of the document", at: position)
        }
    }
}

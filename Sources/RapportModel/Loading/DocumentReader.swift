import RapportBase
import RapportSyntax

/// The kind of the next value in a document.
public enum DocumentValueKind: Sendable {
    case object, array, string, number, boolean, null

    /// "an object", "a number", … for messages.
    public var described: String {
        switch self {
        case .object: "an object"
        case .array: "a list"
        case .string: "text"
        case .number: "a number"
        case .boolean: "true or false"
        case .null: "null"
        }
    }
}

/// A syntax error that stops reading the document (already a located diagnostic).
package struct DocumentSyntaxError: Error {
    package let diagnostic: Diagnostic
}

/// A pull reader over a JSON or YAML document, so one schema-driven builder serves both.
///
/// Calls must follow the document's structure: `beginObject` then `nextKey` until nil, with one
/// value read or skipped after each key; `beginArray` then `nextElement` until false.
package protocol DocumentReader {
    /// The kind of the next value.
    mutating func peek() throws(DocumentSyntaxError) -> DocumentValueKind
    /// Where the next value starts (after `peek`); cheap, so it can be taken for every value.
    var nextOffset: Int { get }
    /// The span of the value that starts at `offset`, computed only when a message needs it.
    func valueSpan(at offset: Int) -> Span
    mutating func beginObject() throws(DocumentSyntaxError)
    /// The next key and its span, or nil at the end of the object.
    mutating func nextKey(_ store: inout TextStore) throws(DocumentSyntaxError) -> (TextRef, Span)?
    /// The next key looked up in `table` (nil when it is not one of its keys), with its text and
    /// span; nil at the end of the object.
    mutating func nextField<Field>(_ table: KeyTable<Field>, _ store: inout TextStore) throws(DocumentSyntaxError)
        -> (field: Field?, key: TextRef, span: Span)?
    mutating func beginArray() throws(DocumentSyntaxError)
    /// True when another element follows.
    mutating func nextElement() throws(DocumentSyntaxError) -> Bool
    mutating func readString(_ store: inout TextStore) throws(DocumentSyntaxError) -> TextRef
    mutating func readNumber() throws(DocumentSyntaxError) -> Double
    mutating func readBool() throws(DocumentSyntaxError) -> Bool
    mutating func readNull() throws(DocumentSyntaxError)
    /// Reads the next value and returns true when it is `null`; otherwise moves nothing but
    /// whitespace and returns false (a malformed value is the next read's error).
    mutating func skipNull() throws(DocumentSyntaxError) -> Bool
    mutating func skipValue() throws(DocumentSyntaxError)
    /// Moves past the next value without checking it (see ``PortfolioBuilder/skips``).
    mutating func skipUnchecked() throws(DocumentSyntaxError)
    /// Moves, without checking what it passes over, to the `}` at `offset` that closes the
    /// object being read (see ``AccountEnds``); false, not moving, when it is not there.
    mutating func skipUnchecked(toObjectEndAt offset: Int) -> Bool
}

extension DocumentReader {
    /// Moves past the next value; readers that can do so without checking it override this.
    package mutating func skipUnchecked() throws(DocumentSyntaxError) { try skipValue() }

    package mutating func skipNull() throws(DocumentSyntaxError) -> Bool {
        guard try peek() == .null else { return false }
        try readNull()
        return true
    }

    /// Readers that do not know byte offsets do not move.
    package mutating func skipUnchecked(toObjectEndAt offset: Int) -> Bool { false }

    /// ``nextKey(_:)``, then the lookup (readers that can look a key up in place do better).
    package mutating func nextField<Field>(_ table: KeyTable<Field>, _ store: inout TextStore) throws(DocumentSyntaxError)
        -> (field: Field?, key: TextRef, span: Span)? {
        guard let (key, span) = try nextKey(&store) else { return nil }
        return (store.withBytes(key) { table.lookup($0) }, key, span)
    }
}

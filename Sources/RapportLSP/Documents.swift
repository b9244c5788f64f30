import Foundation

/// The documents open in the editor, kept in sync with full or incremental changes.
package struct Documents {
    /// The text of each open document by URI.
    package private(set) var texts: [String: String] = [:]
    /// The version the client last gave each document.
    package private(set) var versions: [String: Int] = [:]

    package init() {}

    package subscript(uri: String) -> String? { texts[uri] }

    package mutating func open(_ uri: String, text: String, version: Int?) {
        texts[uri] = text
        versions[uri] = version
    }

    package mutating func close(_ uri: String) {
        texts[uri] = nil
        versions[uri] = nil
    }

    /// Applies `changes` in order (`textDocument/didChange`): a change with a range replaces that
    /// range (UTF-16 positions), one without replaces the whole text. False when the document is
    /// not open or a change is malformed; the text then stays as it was.
    package mutating func change(_ uri: String, _ changes: [[String: Any]], version: Int?) -> Bool {
        guard var bytes = texts[uri].map({ Array($0.utf8) }) else { return false }
        for change in changes {
            guard let text = change["text"] as? String else { return false }
            guard let range = change["range"] as? [String: Any] else {
                bytes = Array(text.utf8)
                continue
            }
            guard let start = Positions.offset(range["start"], in: bytes), let end = Positions.offset(range["end"], in: bytes),
                  start <= end else { return false }
            bytes.replaceSubrange(start..<end, with: Array(text.utf8))
        }
        texts[uri] = String(decoding: bytes, as: UTF8.self)
        versions[uri] = version
        return true
    }
}

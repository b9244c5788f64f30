import Foundation

/// JSON-RPC messages framed as the Language Server Protocol frames them on a stream:
/// `Content-Length: N` headers, a blank line, then N bytes of JSON.
public struct MessageReader {
    /// What came off the stream.
    public enum Message {
        /// A JSON object.
        case object([String: Any])
        /// A frame whose header or body could not be read (answered with a parse error).
        case malformed(String)
    }

    private var buffer = Data()
    private let read: () -> Data

    /// Reads from `read`, which returns an empty `Data` at the end of the stream.
    public init(read: @escaping () -> Data) { self.read = read }

    /// The next message; nil at the end of the stream.
    public mutating func next() -> Message? {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            let more = read()
            if more.isEmpty { return nil }
            buffer.append(more)
        }
        let headerEnd = buffer.range(of: separator)!
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex..<headerEnd.upperBound)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        // A frame of more than 64 MB is not a rule file anyone edits.
        guard let length, length >= 0, length <= 64 << 20 else { return .malformed("no usable Content-Length header") }
        while buffer.count < length {
            let more = read()
            if more.isEmpty { return nil }
            buffer.append(more)
        }
        let body = buffer.prefix(length)
        buffer.removeFirst(length)
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
            return .malformed("the message is not a JSON object")
        }
        return .object(object)
    }

    /// `message` framed for the stream.
    public static func frame(_ message: [String: Any]) -> Data {
        let body = (try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

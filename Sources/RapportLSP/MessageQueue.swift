import Foundation

/// Messages read from the client, waiting for the server: `rapport lsp` reads on one thread and
/// answers on another, so a cancellation can overtake the request it cancels and the server
/// knows when the client has stopped sending (then it checks what changed, once).
public final class MessageQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var messages: [MessageReader.Message] = []
    private var finished = false

    public init() {}

    /// Adds a message read from the client. A `$/cancelRequest` goes to the front, ahead of the
    /// request it cancels.
    public func push(_ message: MessageReader.Message) {
        condition.lock()
        if case .object(let object) = message, object["method"] as? String == "$/cancelRequest" {
            messages.insert(message, at: 0)
        } else {
            messages.append(message)
        }
        condition.signal()
        condition.unlock()
    }

    /// Marks the end of the client's stream.
    public func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    /// The next message, waiting for one; nil once the stream has ended and all were taken.
    public func pop() -> MessageReader.Message? {
        condition.lock()
        defer { condition.unlock() }
        while messages.isEmpty && !finished { condition.wait() }
        return messages.isEmpty ? nil : messages.removeFirst()
    }

    /// True when no message is waiting.
    public var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return messages.isEmpty
    }
}

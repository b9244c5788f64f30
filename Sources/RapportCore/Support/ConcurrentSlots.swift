import Foundation

/// Results written by concurrent workers, each into its own slot, and taken in slot order once
/// they are done.
final class ConcurrentSlots<Element>: @unchecked Sendable {
    private var slots: [Element]
    private let lock = NSLock()

    init(count: Int, empty: Element) { slots = Array(repeating: empty, count: count) }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The results, handed over rather than copied.
    func takeAll() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        let taken = slots
        slots = []
        return taken
    }
}

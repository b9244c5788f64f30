import Foundation

/// Results written by concurrent workers, each into its own slot, and taken in slot order once
/// they are done.
package final class ConcurrentSlots<Element>: @unchecked Sendable {
    private var slots: [Element]
    private let lock = NSLock()

    package init(count: Int, empty: Element) { slots = Array(repeating: empty, count: count) }

    package func set(_ index: Int, _ value: Element) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Slot `index`'s value, handed over (the slot is left `empty`): a worker that takes an
    /// array holds its only reference and can change it in place.
    package func take(_ index: Int, leaving empty: Element) -> Element {
        lock.lock()
        defer { lock.unlock() }
        let taken = slots[index]
        slots[index] = empty
        return taken
    }

    /// The results, handed over rather than copied.
    package func takeAll() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        let taken = slots
        slots = []
        return taken
    }
}

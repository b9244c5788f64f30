import Foundation

/// Growable bytes that writers append to through a pointer: an append is a capacity check and a
/// copy, without the uniqueness check and the generic copy of `Array.append(contentsOf:)`
/// (which were half the time of writing a million-finding JSON report).
///
/// A reference type: copies of a value holding one share it.
package final class ByteBuffer {
    // One owner appends at a time (a writer per thread), so the dynamic exclusivity checks that
    // a class visible to other modules would get on every append are left out.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) package private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    package init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    package func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    package func append(_ bytes: UnsafeRawPointer, count n: Int) {
        if capacity - count < n { grow(to: count + n) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: bytes, byteCount: n)
        count += n
    }

    @inline(__always)
    package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    @inline(__always)
    package func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    package func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    @inline(never)
    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    package var isEmpty: Bool { count == 0 }

    /// The bytes so far, copied.
    package var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes so far, copied; the buffer is left empty (its capacity kept).
    package func take() -> [UInt8] {
        defer { count = 0 }
        return array
    }
}

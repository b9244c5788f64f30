/// Maps the keys of one kind of object to its fields without building a `String` per key:
/// a lookup packs up to eight bytes and the length into a `UInt64`, then confirms the bytes.
struct KeyTable<Field: Sendable>: Sendable {
    private var entries: [UInt64: [(name: [UInt8], field: Field)]] = [:]
    /// The known keys, for "did you mean" suggestions.
    let names: [String]

    init(_ pairs: KeyValuePairs<String, Field>) {
        names = pairs.map(\.key)
        for (name, field) in pairs {
            let bytes = Array(name.utf8)
            entries[KeyTable.signature(bytes[...]), default: []].append((bytes, field))
        }
    }

    @inline(__always)
    static func signature(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        for byte in bytes.prefix(7) {
            value |= UInt64(byte) << shift
            shift += 8
        }
        return value
    }

    func lookup(_ bytes: ArraySlice<UInt8>) -> Field? {
        guard let candidates = entries[KeyTable.signature(bytes)] else { return nil }
        for candidate in candidates where candidate.name.elementsEqual(bytes) { return candidate.field }
        return nil
    }
}

/// A hash set of entity ids (as text references) that remembers each id's entity index.
struct IDTable {
    /// Positions in `refs`, or -1 for an empty slot.
    private var slots: [Int32]
    private var refs: [TextRef] = []
    private var indices: [Int32] = []
    private var mask: Int

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { refs.count }

    /// Adds `ref` for entity `index`; when the id is taken, returns the earlier entity's reference instead.
    mutating func insert(_ ref: TextRef, index: Int32, store: TextStore) -> TextRef? {
        if (refs.count + 1) * 2 > slots.count { grow(store: store) }
        var slot = Int(truncatingIfNeeded: store.hash(ref)) & mask
        while slots[slot] >= 0 {
            let existing = refs[Int(slots[slot])]
            if store.equals(existing, ref) { return existing }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(refs.count)
        refs.append(ref)
        indices.append(index)
        return nil
    }

    /// The index of the entity whose id equals `ref`.
    func find(_ ref: TextRef, store: TextStore) -> Int32? {
        var slot = Int(truncatingIfNeeded: store.hash(ref)) & mask
        while slots[slot] >= 0 {
            let position = Int(slots[slot])
            if store.equals(refs[position], ref) { return indices[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Every id, for suggestions.
    func allIDs(store: TextStore) -> [String] { refs.map { store.string($0) } }

    private mutating func grow(store: TextStore) {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (position, ref) in refs.enumerated() {
            var slot = Int(truncatingIfNeeded: store.hash(ref)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }
}

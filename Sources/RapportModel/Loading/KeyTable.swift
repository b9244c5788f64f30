import Foundation
import RapportBase
import RapportSyntax

/// Maps the keys of one kind of object to its fields without building a `String` per key:
/// a lookup packs up to eight bytes and the length into a `UInt64`, then confirms the bytes.
package struct KeyTable<Field: Sendable>: Sendable {
    private var signatures: [UInt64] = []
    private var entries: [(name: [UInt8], field: Field)] = []
    /// The known keys, for "did you mean" suggestions.
    package let names: [String]
    /// The same, for paths in messages (kept while reading: a static string needs no reference
    /// count); empty for the spellings of an enumeration.
    package let staticNames: [StaticString]

    /// Fields an object must have, as a mask of their raw values (a declared table only).
    package let required: UInt64

    package init(_ pairs: KeyValuePairs<StaticString, Field>) {
        self.init(keys: pairs.map(\.key), fields: pairs.map(\.value), required: 0)
    }

    private init(keys: [StaticString], fields: [Field], required: UInt64) {
        names = keys.map(\.description)
        staticNames = keys
        self.required = required
        for (name, field) in zip(keys, fields) {
            let bytes = Array(name.description.utf8)
            signatures.append(bytes.withUnsafeBytes { KeyTable.signature($0) })
            entries.append((bytes, field))
        }
    }

    /// The keys of `declared` (stored fields, in order) paired with `Field`'s cases in order:
    /// a case's raw value is its field's position. (`SchemaTests` checks that the cases name
    /// the keys one to one.)
    package init(declared: [FieldInfo]) where Field: CaseIterable & RawRepresentable, Field.RawValue == Int {
        let fields = Array(Field.allCases)
        let required = zip(declared, fields).reduce(UInt64(0)) { mask, pair in
            pair.0.isRequired ? mask | 1 << UInt64(pair.1.rawValue) : mask
        }
        self.init(keys: declared.map(\.key), fields: fields, required: required)
    }

    /// The spellings of an enumeration's values.
    package init(cases: [Field]) where Field: RawRepresentable, Field.RawValue == String {
        names = cases.map(\.rawValue)
        staticNames = []
        required = 0
        for value in cases {
            let bytes = Array(value.rawValue.utf8)
            signatures.append(bytes.withUnsafeBytes { KeyTable.signature($0) })
            entries.append((bytes, value))
        }
    }

    /// The length and the first seven bytes of a key, in one integer.
    @inline(__always)
    package static func signature(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var value = UInt64(bytes.count) << 56
        for index in 0..<min(7, bytes.count) { value |= UInt64(bytes[index]) << UInt64(8 * index) }
        return value
    }

    /// A linear scan of a dozen integers beats hashing for tables this small.
    package func lookup(_ bytes: UnsafeRawBufferPointer) -> Field? { lookup(signature: KeyTable.signature(bytes), bytes) }

    /// ``lookup(_:)`` of the `count` bytes at `key`, of which `readable` bytes may be read: with
    /// eight, the signature is one load.
    @inline(__always)
    package func lookup(_ key: UnsafeRawPointer, count: Int, readable: Int) -> Field? {
        guard readable >= 8 else { return lookup(UnsafeRawBufferPointer(start: key, count: count)) }
        let word = UInt64(littleEndian: key.loadUnaligned(as: UInt64.self))
        let kept = min(count, 7)
        return lookup(signature: UInt64(count) << 56 | (word & ((1 << UInt64(8 * kept)) - 1)),
                      UnsafeRawBufferPointer(start: key, count: count))
    }

    private func lookup(signature: UInt64, _ key: UnsafeRawBufferPointer) -> Field? {
        let count = key.count
        for index in signatures.indices where signatures[index] == signature {
            if count <= 7 { return entries[index].field }
            // The first seven bytes are in the signature; the rest of a key is a few bytes, not
            // worth a call to memcmp.
            let same = entries[index].name.withUnsafeBufferPointer { name in
                // The signature holds the length modulo 256 only.
                guard name.count == count else { return false }
                var position = 7
                while position < count, name[position] == key[position] { position += 1 }
                return position == count
            }
            if same { return entries[index].field }
        }
        return nil
    }
}

/// A hash set of entity ids (as text references) that remembers each id's entity index.
/// Each id's hash is kept, so growing never reads the text again and most probes compare
/// integers only.
package struct IDTable {
    /// Per slot: position in `refs` plus one (0 marks an empty slot).
    private var slots: [Int32]
    private var refs: [TextRef] = []
    private var hashes: [UInt64] = []
    private var indices: [Int32] = []
    private var mask: Int

    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    package var count: Int { refs.count }

    /// Adds `ref` for entity `index`; when the id is taken, returns the earlier entity's reference instead.
    package mutating func insert(_ ref: TextRef, index: Int32, store: TextStore) -> TextRef? {
        if (refs.count + 1) * 2 > slots.count { grow() }
        let hash = store.hash(ref)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot] - 1)
            if hashes[position] == hash && store.equals(refs[position], ref) { return refs[position] }
            slot = (slot + 1) & mask
        }
        refs.append(ref)
        hashes.append(hash)
        indices.append(index)
        slots[slot] = Int32(refs.count)
        return nil
    }

    /// The index of the entity whose id equals `ref`.
    package func find(_ ref: TextRef, store: TextStore) -> Int32? {
        let hash = store.hash(ref)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot] - 1)
            if hashes[position] == hash && store.equals(refs[position], ref) { return indices[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Every id, for suggestions.
    package func allIDs(store: TextStore) -> [String] { refs.map { store.string($0) } }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (position, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
    }
}

/// Collects the ids of one kind of entity and finds duplicates at the end by sorting hashes:
/// sequential work instead of a hash-table probe (a likely cache miss) per id.
package struct IDCollector {
    private var refs: [TextRef] = []
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []

    package mutating func reserve(_ count: Int) {
        refs.reserveCapacity(count)
        hashes.reserveCapacity(count)
        offsets.reserveCapacity(count)
    }

    package mutating func add(_ ref: TextRef, offset: Int, store: TextStore) {
        refs.append(ref)
        hashes.append(store.hash(ref))
        offsets.append(offset)
    }

    /// The hash of each id, in the order added.
    package var hashValues: [UInt64] { hashes }

    /// Pairs (first, later) of positions whose ids are equal, later ones in file order.
    package func duplicates(store: TextStore) -> [(first: (ref: TextRef, offset: Int), second: (ref: TextRef, offset: Int))] {
        let count = refs.count
        guard count > 1 else { return [] }
        var order: [Int]
        if count < 1 << 24 {
            // Top 40 bits of the hash and a 24-bit position in one integer: a plain integer sort.
            var keys = hashes.enumerated().map { ($1 & ~UInt64(0xFF_FFFF)) | UInt64($0) }
            RadixSort.sort(&keys)
            order = keys.map { Int($0 & 0xFF_FFFF) }
        } else {
            order = Array(0..<count)
            order.sort { (hashes[$0], $0) < (hashes[$1], $1) }
        }
        var found: [(first: (ref: TextRef, offset: Int), second: (ref: TextRef, offset: Int))] = []
        var runStart = 0
        while runStart < count {
            var runEnd = runStart + 1
            while runEnd < count && hashes[order[runEnd]] == hashes[order[runStart]] { runEnd += 1 }
            if runEnd - runStart > 1 {
                let run = order[runStart..<runEnd].sorted()
                for (i, later) in run.enumerated() where i > 0 {
                    if let earlier = run[..<i].first(where: { store.equals(refs[$0], refs[later]) }) {
                        found.append(((refs[earlier], offsets[earlier]), (refs[later], offsets[later])))
                    }
                }
            }
            runStart = runEnd
        }
        return found
    }
}

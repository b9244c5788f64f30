/// Sorts 64-bit keys (id hashes, a few million per kind in a large file) by their bits, eleven
/// at a time: six passes over the keys instead of the two dozen comparisons per key of a
/// comparison sort.
package enum RadixSort {
    private static let bits = 11
    private static let buckets = 1 << bits
    private static let passes = 6

    /// Sorts `keys` ascending (small arrays by the standard sort).
    package static func sort(_ keys: inout [UInt64]) {
        let count = keys.count
        guard count > 2048 else {
            keys.sort()
            return
        }
        // Every pass's histogram in one read of the keys.
        var counts = [Int](repeating: 0, count: buckets * passes)
        var scratch = [UInt64](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        keys.withUnsafeMutableBufferPointer { keys in
            scratch.withUnsafeMutableBufferPointer { scratch in
                counts.withUnsafeMutableBufferPointer { counts in
                    for key in keys {
                        for pass in 0..<passes { counts[pass * buckets + Int((key >> UInt64(pass * bits)) & UInt64(buckets - 1))] += 1 }
                    }
                    var source = keys, target = scratch
                    for pass in 0..<passes {
                        let histogram = UnsafeMutableBufferPointer(rebasing: counts[pass * buckets..<(pass + 1) * buckets])
                        // A digit every key shares orders nothing.
                        if histogram.contains(count) { continue }
                        var offset = 0
                        for bucket in 0..<buckets {
                            let size = histogram[bucket]
                            histogram[bucket] = offset
                            offset += size
                        }
                        let shift = UInt64(pass * bits)
                        for key in source {
                            let bucket = Int((key >> shift) & UInt64(buckets - 1))
                            target[histogram[bucket]] = key
                            histogram[bucket] += 1
                        }
                        swap(&source, &target)
                    }
                    if source.baseAddress != keys.baseAddress {
                        keys.baseAddress!.update(from: source.baseAddress!, count: count)
                    }
                }
            }
        }
    }
}

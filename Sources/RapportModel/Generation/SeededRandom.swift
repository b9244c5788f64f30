import RapportBase
import RapportSyntax

/// SplitMix64: a small, fast, deterministic generator, so the same seed gives the same bytes
/// on every machine and Swift version (the standard library's generator promises neither).
package struct SeededRandom {
    private var state: UInt64

    package init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<upper` (upper > 0).
    package mutating func int(_ upper: Int) -> Int { Int(next() % UInt64(upper)) }

    /// Uniform in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + int(range.count) }

    /// Uniform in [0, 1).
    package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { unit() < p }

    package mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// An index drawn with the given weights.
    package mutating func weighted(_ weights: [Double]) -> Int {
        var roll = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            roll -= weight
            if roll < 0 { return index }
        }
        return weights.count - 1
    }

    /// A new generator whose sequence does not overlap this one's in practice.
    package mutating func fork() -> SeededRandom { SeededRandom(seed: next()) }
}

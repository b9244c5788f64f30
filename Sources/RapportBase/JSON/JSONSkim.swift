
/// Follows the brackets of JSON text eight bytes at a time, without a branch per byte: in each
/// machine word the quotes, backslashes and brackets are marked by exact byte comparisons, the
/// bytes inside strings by a prefix XOR of the quote marks, and only the brackets outside strings
/// are visited one by one.
///
/// The layout pass over a portfolio file and the reader's skipping of lists it does not need
/// spend their time here: most bytes are inside accounts, far from anything they look at.
/// Words with a backslash are left to the caller's byte-by-byte loop (an escaped quote does not
/// end a string, which the prefix XOR cannot know).
package enum JSONSkim {
    /// Why ``skim(_:from:count:depth:inString:floor:)`` stopped.
    package enum Stop {
        /// At a closing bracket met at depth `floor` (not consumed): outside any string.
        case close(at: Int)
        /// At the start of a word with a backslash, or of the last bytes (fewer than eight): the
        /// caller reads on byte by byte.
        case slow(at: Int)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Skims `base[from..<count]` starting at `depth` (inside a string when `inString`), opening
    /// and closing brackets until a closing bracket would take the depth below `floor`.
    package static func skim(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, depth: inout Int, inString: inout Bool,
                     floor: Int) -> Stop {
        let raw = UnsafeRawPointer(base)
        var position = start
        // The high bit of every byte when the word starts inside a string.
        var carry: UInt64 = inString ? high : 0
        defer { inString = carry != 0 }
        while position + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            if equal(word, ones &* 0x5C) != 0 { return .slow(at: position) }
            // The high bit of byte i: inside a string (or its opening quote) after byte i.
            var strings = equal(word, ones &* 0x22)
            strings ^= strings << 8
            strings ^= strings << 16
            strings ^= strings << 32
            strings ^= carry
            // `[`, `{`, `]` and `}` (and `Y`, `y`, `_`, DEL, which cannot stand outside a string
            // in JSON and are passed over below).
            var brackets = equal(((word | (ones &* 0x20)) ^ (ones &* 0x7B)) & ~(ones &* 0x06), 0) & ~strings
            while brackets != 0 {
                let offset = brackets.trailingZeroBitCount >> 3
                let byte = base[position + offset] | 0x20
                if byte == 0x7B {
                    depth += 1
                } else if byte == 0x7D {
                    if depth == floor {
                        carry = 0
                        return .close(at: position + offset)
                    }
                    depth -= 1
                }
                brackets &= brackets &- 1
            }
            carry = (0 &- (strings >> 63)) & high
            position += 8
        }
        return .slow(at: position)
    }

    /// True when none of the eight bytes of `word` needs a look inside a string: all are ASCII,
    /// none is a control character, a quote, a backslash or DEL.
    @inline(__always)
    package static func isPlainText(_ word: UInt64) -> Bool {
        // A byte below n sets its high bit in (x - n·ones) & ~x (exact for n ≤ 0x80 and ASCII x).
        func below(_ x: UInt64, _ n: UInt64) -> Bool { (x &- ones &* n) & ~x & high != 0 }
        return word & high == 0 && !below(word, 0x20) && !below(word ^ (ones &* 0x22), 1)
            && !below(word ^ (ones &* 0x5C), 1) && !below(word ^ (ones &* 0x7F), 1)
    }

    /// The high bit of each byte of `word` that ends a JSON string's plain run (a quote, a
    /// backslash, a control character or a byte outside ASCII), exact for every byte, so the
    /// lowest one set is the first such byte.
    @inline(__always)
    package static func plainRunStops(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // An ASCII byte of at least 0x20 sets its high bit when 0x60 is added (no carry leaves a byte).
        let control = ~((word & low) &+ (ones &* 0x60)) & high
        return (word & high) | control | equal(word, ones &* 0x22) | equal(word, ones &* 0x5C)
    }

    /// The high bit of each byte of `word` that equals the matching byte of `pattern` (exact:
    /// no carry crosses a byte).
    @inline(__always)
    package static func equal(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ pattern
        return ~(((x & low) &+ low) | x) & high
    }
}

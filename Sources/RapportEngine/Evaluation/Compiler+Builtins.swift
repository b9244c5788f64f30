import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension Compiler {
    package func builtin(_ id: Builtin, _ stored: [StoredEval], _ types: [ValueType], at span: Span) -> Eval {
        // The arguments as plain closures (see ``StoredEval``); builtins take one or two.
        let first = stored[0].eval
        let hasSecond = stored.count > 1
        let second: Eval
        if hasSecond { second = stored[1].eval } else { second = { _ in .missing } }
        let today = runtime.today
        let portfolio = runtime.portfolio
        @Sendable func listArg(_ frame: inout Frame) -> [Value] { first(&frame).elements ?? [] }
        @Sendable func numbers(_ frame: inout Frame) -> [Double] {
            // A closure, not the key path `\.number`: applying a key path per element costs more
            // than the element (a percentile over 100k accounts).
            listArg(&frame).compactMap { $0.number }
        }
        switch id {
        case .count: return { frame in .number(Double(first(&frame).elementCount ?? 0)) }
        case .exists: return { frame in .bool((first(&frame).elementCount ?? 0) > 0) }
        case .empty: return { frame in .bool((first(&frame).elementCount ?? 0) == 0) }
        case .sum: return { frame in frame.number(numbers(&frame).reduce(0, +), at: span) }
        case .avg:
            return { frame in
                let values = numbers(&frame)
                return values.isEmpty ? .missing : frame.number(values.reduce(0, +) / Double(values.count), at: span)
            }
        case .median: return { frame in Compiler.percentile(numbers(&frame), 0.5) }
        case .percentile:
            return { frame in
                guard case .number(let share) = second(&frame) else { return .missing }
                return Compiler.percentile(numbers(&frame), share)
            }
        case .min, .max:
            let wantMax = id == .max
            return { frame in
                var best: Value = .missing
                for value in listArg(&frame) where !value.isMissing {
                    guard !best.isMissing else { best = value; continue }
                    if let order = Compiler.order(value, best, today: today), wantMax ? order > 0 : order < 0 { best = value }
                }
                return best
            }
        case .first: return { frame in listArg(&frame).first ?? .missing }
        case .last: return { frame in listArg(&frame).last ?? .missing }
        case .take:
            return { frame in
                let items = listArg(&frame)
                guard case .number(let n) = second(&frame) else { return .missing }
                // Compared as doubles: a count beyond the list (or beyond any Int) takes it all.
                guard !n.isNaN else { return .missing }
                return .list(n >= Double(items.count) ? items : n < 1 ? [] : Array(items.prefix(Int(n))))
            }
        case .quarter:
            return { frame in
                guard case .date(let d) = first(&frame) else { return .missing }
                return .period(portfolio.quarter(of: d))
            }
        case .days:
            return { frame in
                guard case .duration(let d) = first(&frame) else { return .missing }
                return .number(Double(d.days(before: today)))
            }
        case .lower, .upper:
            let upper = id == .upper
            return { frame in
                guard case .text(let t) = first(&frame) else { return .missing }
                return .text(upper ? t.uppercased() : t.lowercased())
            }
        case .contains, .startsWith:
            let prefix = id == .startsWith
            return { frame in
                guard case .text(let t) = first(&frame), case .text(let part) = second(&frame) else { return .missing }
                let (haystack, needle) = (t.lowercased(), part.lowercased())
                return .bool(prefix ? haystack.hasPrefix(needle) : haystack.contains(needle))
            }
        case .round:
            return { frame in
                guard case .number(let x) = first(&frame) else { return .missing }
                var digits = 0.0
                if hasSecond {
                    guard case .number(let d) = second(&frame) else { return .missing }
                    digits = d.rounded()
                }
                // Past 15 digits either way a double has no such digit: the value is kept, or 0.
                if digits > 330 { return .number(x) }
                let factor = pow(10, digits)
                let scaled = x * factor
                if factor == 0 { return .number(0) }
                // Beyond 2^53 a double is a whole number already.
                if !scaled.isFinite || Swift.abs(scaled) >= 9_007_199_254_740_992 { return .number(x) }
                return .number(scaled.rounded(.toNearestOrAwayFromZero) / factor)
            }
        case .abs:
            return { frame in
                guard case .number(let x) = first(&frame) else { return .missing }
                return .number(Swift.abs(x))
            }
        }
    }

    /// Linear interpolation between the closest ranks (the common "type 7" definition);
    /// missing for an empty list. The two ranks are found by selection, not by sorting the list
    /// (a percentile over all accounts is computed while compiling, on one core).
    package static func percentile(_ values: [Double], _ share: Double) -> Value {
        guard !values.isEmpty, !share.isNaN else { return .missing }
        let rank = min(max(share, 0), 1) * Double(values.count - 1)
        let lower = Int(rank.rounded(.down))
        var items = values
        let low = select(&items, lower)
        // After selection everything past `lower` is at least as large: the next rank is their least.
        let high = lower + 1 < items.count ? items[(lower + 1)...].min()! : low
        return .number(low + (high - low) * (rank - Double(lower)))
    }

    /// The `k`-th smallest of `items` (from 0), which are reordered so that none before position
    /// `k` is larger and none after it smaller. Three-way partitions: lists with many equal
    /// values (accounts without revenue) stay linear.
    package static func select(_ items: inout [Double], _ k: Int) -> Double {
        var low = 0, high = items.count - 1
        while low < high {
            let (a, b, c) = (items[low], items[(low + high) / 2], items[high])
            let pivot = max(min(a, b), min(max(a, b), c))
            var less = low, index = low, greater = high
            while index <= greater {
                if items[index] < pivot {
                    items.swapAt(less, index)
                    less += 1
                    index += 1
                } else if items[index] > pivot {
                    items.swapAt(index, greater)
                    greater -= 1
                } else {
                    index += 1
                }
            }
            if k < less { high = less - 1 } else if k > greater { low = greater + 1 } else { return pivot }
        }
        return items[k]
    }
}

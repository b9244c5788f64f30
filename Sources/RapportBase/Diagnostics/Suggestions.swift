/// Finds the closest valid name for a misspelt one ("did you mean …?").
public enum NameSuggester {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    ///
    /// Uses the optimal-string-alignment distance, so swapped neighbours (`growth_paln`) cost one
    /// edit; a name counts as close when at most a third of it (minimum one edit) differs, or when
    /// one name is a prefix of the other (`exec` → `executive`).
    public static func suggest<S: Sequence>(_ name: String, from candidates: S) -> String?
    where S.Element == String {
        let target = Array(name.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let limit = max(1, max(target.count, scalars.count) / 3)
            let distance = editDistance(target, scalars, limit: limit)
            let isPrefix = target.count >= 3 && (scalars.starts(with: target) || target.starts(with: scalars))
            let score = distance <= limit ? distance : (isPrefix ? limit : Int.max)
            if score == Int.max { continue }
            if best == nil || score < best!.distance || (score == best!.distance && candidate < best!.name) {
                best = (candidate, score)
            }
        }
        return best?.name
    }

    /// Optimal string alignment distance, giving up (returning `limit + 1`) when it exceeds `limit`.
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension Collection where Element == String {
    /// Joins as "a, b, c".
    package func commaList() -> String { joined(separator: ", ") }
}

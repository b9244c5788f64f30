import RapportBase

/// A minimal unified diff of two texts, line by line (for `rapport fmt --diff`).
public enum LineDiff {
    public static func unified(_ old: String, _ new: String, path: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table; rule files are small.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out = "--- \(path)\n+++ \(path) (formatted)\n"
        var i = 0, j = 0
        var inHunk = false
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                i += 1
                j += 1
                inHunk = false
                continue
            }
            if !inHunk {
                out += "@@ -\(i + 1) +\(j + 1) @@\n"
                inHunk = true
            }
            if i < a.count && (j == b.count || table[i + 1][j] >= table[i][j + 1]) {
                out += "-\(a[i])\n"
                i += 1
            } else {
                out += "+\(b[j])\n"
                j += 1
            }
        }
        return out
    }
}

/// A span of time: whole months (calendar steps) plus days (fixed).
public struct Duration: Hashable, Sendable, CustomStringConvertible {
    /// Calendar months (a quarter is 3, a year 12).
    public var months: Int
    /// Days (a week is 7).
    public var days: Int

    public init(months: Int = 0, days: Int = 0) {
        self.months = months
        self.days = days
    }

    /// `90 days`, `3 months`, `1 year`, `2 months 3 days`.
    public var description: String {
        var parts: [String] = []
        if months != 0 {
            if months % 12 == 0 { parts.append("\(months / 12) year\(abs(months) == 12 ? "" : "s")") }
            else if months % 3 == 0 { parts.append("\(months / 3) quarter\(abs(months) == 3 ? "" : "s")") }
            else { parts.append("\(months) month\(abs(months) == 1 ? "" : "s")") }
        }
        if days != 0 || parts.isEmpty {
            if days % 7 == 0 && days != 0 { parts.append("\(days / 7) week\(abs(days) == 7 ? "" : "s")") }
            else { parts.append("\(days) day\(abs(days) == 1 ? "" : "s")") }
        }
        return parts.joined(separator: " ")
    }
}

/// A calendar day with no time and no time zone, stored as days since 1970-01-01.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int32

    /// Creates a date from its day number.
    public init(dayNumber: Int32) { self.dayNumber = dayNumber }

    /// Creates a date from year, month and day, or returns nil when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.dayNumber = Int32(CalendarDate.civilDayNumber(year: year, month: month, day: day))
    }

    /// The first day a date can be: 0001-01-01.
    public static let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    /// The last day a date can be: 9999-12-31.
    public static let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    /// The date with day number `dayNumber`, or nil when it falls outside 0001-01-01…9999-12-31.
    public init?(checkedDayNumber dayNumber: Int) {
        guard dayNumber >= Int(CalendarDate.earliest.dayNumber) && dayNumber <= Int(CalendarDate.latest.dayNumber) else {
            return nil
        }
        self.dayNumber = Int32(dayNumber)
    }

    /// Days since 1970-01-01 of a day of the proleptic Gregorian calendar, for any year (Howard
    /// Hinnant's days_from_civil); date arithmetic reaches past 0001–9999 before it is checked.
    package static func civilDayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(dayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Why `text` is not a date written `YYYY-MM-DD`, in words ("February 2026 has 28 days");
    /// nil when it is one.
    public static func problem(with text: String) -> String? {
        if CalendarDate(iso: text) != nil { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return "write the date as YYYY-MM-DD, as in 2026-11-27"
        }
        guard year >= 1 else { return "the year must be 0001 or later" }
        guard (1...12).contains(month) else { return "there is no month \(month): months go from 01 to 12" }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"]
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else { return "\(names[month - 1]) \(year) has \(days) days" }
        return "write the date as YYYY-MM-DD, as in 2026-11-27"
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        guard let parsed = CalendarDate.parseISO(text.utf8) else { return nil }
        self = parsed
    }

    /// Parses `YYYY-MM-DD` from bytes in memory (the loader's dates), without a loop.
    package static func parseISO(_ bytes: UnsafeRawBufferPointer) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digit(_ index: Int) -> Int { Int(bytes[index] &- 48) }
        guard digit(0) < 10, digit(1) < 10, digit(2) < 10, digit(3) < 10, digit(5) < 10, digit(6) < 10, digit(8) < 10,
              digit(9) < 10 else { return nil }
        return CalendarDate(year: ((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3), month: digit(5) * 10 + digit(6),
                            day: digit(8) * 10 + digit(9))
    }

    /// Parses `YYYY-MM-DD` from ASCII bytes (by the one parser above, on the bytes in place when
    /// they are contiguous).
    public static func parseISO<C: Collection>(_ bytes: C) -> CalendarDate? where C.Element == UInt8 {
        guard bytes.count == 10 else { return nil }
        if let parsed = bytes.withContiguousStorageIfAvailable({ parseISO(UnsafeRawBufferPointer($0)) }) { return parsed }
        return Array(bytes).withUnsafeBytes { parseISO($0) }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

/// A fiscal quarter such as `2026-Q3`: the fiscal year and the quarter within it (1–4).
public struct FiscalQuarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The fiscal year (named by the calendar year it starts in when it starts in January).
    public let year: Int
    /// 1 to 4.
    public let quarter: Int

    /// Creates a quarter; returns nil when `quarter` is not 1–4 or the year is outside 1–10000
    /// (a fiscal year named after the year it ends in reaches 10000 for dates late in 9999).
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), (1...10_000).contains(year) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses `YYYY-Qn` from ASCII bytes.
    public init?<C: Collection>(iso bytes: C) where C.Element == UInt8 {
        guard bytes.count == 7 else { return nil }
        var year = 0
        var quarter = 0
        for (position, byte) in bytes.enumerated() {
            switch position {
            case 0...3:
                guard byte &- 48 < 10 else { return nil }
                year = year * 10 + Int(byte - 48)
            case 4: guard byte == UInt8(ascii: "-") else { return nil }
            case 5: guard byte == UInt8(ascii: "Q") else { return nil }
            default: quarter = Int(byte) - 48
            }
        }
        self.init(year: year, quarter: quarter)
    }

    /// `YYYY-Qn`.
    public var description: String { String(repeating: "0", count: max(0, 4 - String(year).count)) + "\(year)-Q\(quarter)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    /// The quarter `count` quarters later (earlier when negative), or nil outside years 1–10000.
    public func advanced(by count: Int) -> FiscalQuarter? {
        let (index, overflow) = (year * 4 + (quarter - 1)).addingReportingOverflow(count)
        guard !overflow, index >= 4 else { return nil }
        return FiscalQuarter(year: index / 4, quarter: index % 4 + 1)
    }
}

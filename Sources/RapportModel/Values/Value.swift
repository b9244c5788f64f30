import RapportBase
import RapportSyntax

/// A value at run time. Every type may be missing.
public enum Value: Sendable, Equatable {
    case missing
    case number(Double)
    case bool(Bool)
    case text(String)
    case date(CalendarDate)
    case duration(Duration)
    case period(FiscalQuarter)
    case entity(EntityType, Int32)
    case list([Value])
    /// A list of entities of one type held as indices, so `a.activities` costs no allocation.
    case entities(EntityType, EntityList)

    public var isMissing: Bool { if case .missing = self { true } else { false } }

    package var number: Double? { if case .number(let v) = self { v } else { nil } }
    package var bool: Bool? { if case .bool(let v) = self { v } else { nil } }
    package var text: String? { if case .text(let v) = self { v } else { nil } }
    package var date: CalendarDate? { if case .date(let v) = self { v } else { nil } }
    /// The elements of a list (entity lists materialised), or nil when this is not a list.
    package var elements: [Value]? {
        switch self {
        case .list(let values): values
        case .entities(let type, let list): list.indices.map { .entity(type, $0) }
        default: nil
        }
    }

    /// The number of elements of a list, without materialising entity lists.
    package var elementCount: Int? {
        switch self {
        case .list(let values): values.count
        case .entities(_, let list): list.count
        default: nil
        }
    }
    package var entityIndex: Int32? { if case .entity(_, let i) = self { i } else { nil } }

    /// True only for `true`: a missing condition does not hold.
    package var isTrue: Bool { if case .bool(true) = self { true } else { false } }
}

extension CalendarDate {
    /// The date `duration` later (calendar months first, clamped to the month's last day, then
    /// days), or nil when it falls outside 0001-01-01…9999-12-31.
    public func adding(_ duration: Duration) -> CalendarDate? {
        CalendarDate(checkedDayNumber: shiftedDayNumber(duration))
    }

    /// The date `duration` earlier, or nil outside 0001-01-01…9999-12-31.
    public func subtracting(_ duration: Duration) -> CalendarDate? {
        CalendarDate(checkedDayNumber: shiftedDayNumber(Duration(months: -duration.months, days: -duration.days)))
    }

    /// The day number `duration` later on the proleptic calendar, unchecked: durations are
    /// bounded (``Duration/maxYears``), so it cannot overflow.
    package func shiftedDayNumber(_ duration: Duration) -> Int {
        var day = Int(dayNumber)
        if duration.months != 0 {
            let (year, month, dayOfMonth) = components
            let total = year * 12 + (month - 1) + duration.months
            let newYear = total >= 0 ? total / 12 : (total - 11) / 12
            let newMonth = total - newYear * 12 + 1
            let newDay = min(dayOfMonth, CalendarDate.daysIn(month: newMonth, year: newYear))
            day = CalendarDate.civilDayNumber(year: newYear, month: newMonth, day: newDay)
        }
        return day + duration.days
    }
}

extension Duration {
    /// The longest duration Rapport represents, in years: longer than any two dates apart.
    public static let maxYears = 10_000
    /// ``maxYears`` in months.
    public static let maxMonths = maxYears * 12
    /// ``maxYears`` in days (of 365.2425).
    public static let maxDays = 3_652_425

    /// A duration of `months` and `days`, or nil when either is longer than ``maxYears``.
    public static func checked(months: Int, days: Int) -> Duration? {
        guard abs(months) <= maxMonths, abs(days) <= maxDays else { return nil }
        return Duration(months: months, days: days)
    }

    /// Length in days, calendar months measured back from `reference` (so durations of months
    /// and of days compare the way a calendar would on that day).
    public func days(before reference: CalendarDate) -> Int {
        Int(reference.dayNumber) - reference.shiftedDayNumber(Duration(months: -months, days: -days))
    }
}

/// Entity indices: a contiguous range (an account's contacts) or a run of an index array (a
/// rep's accounts, a filtered list). Sixteen bytes, so a ``Value`` stays small (memo rows hold
/// one per entity).
public struct EntityList: Sendable, Equatable {
    private let lower: Int32
    private let upper: Int32
    /// Nil: the entities `lower..<upper` themselves; otherwise positions `lower..<upper` of it.
    private let items: [Int32]?

    /// The entities `range`.
    package init(range: Range<Int>) {
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
        items = nil
    }

    /// The entities at positions `range` of `items`.
    package init(_ items: [Int32], _ range: Range<Int>) {
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
        self.items = items
    }

    package init(_ items: [Int32]) { self.init(items, 0..<items.count) }

    package var count: Int { Int(upper - lower) }

    /// The indices, in order.
    package var indices: [Int32] { items.map { Array($0[Int(lower)..<Int(upper)]) } ?? Array(lower..<upper) }

    /// Calls `body` with each index in order until it returns false.
    @inline(__always)
    package func forEach(_ body: (Int32) -> Bool) {
        // Checked once per traversal and every 1,024 elements: nested loops over small lists
        // stop as quickly as one long loop.
        if Cancellation.isRequested { return }
        var position = lower
        if let items {
            while position < upper {
                if (position - lower) & 1023 == 1023 && Cancellation.isRequested { return }
                if !body(items[Int(position)]) { return }
                position += 1
            }
        } else {
            while position < upper {
                if position & 1023 == 1023 && Cancellation.isRequested { return }
                if !body(position) { return }
                position += 1
            }
        }
    }

    public static func == (lhs: EntityList, rhs: EntityList) -> Bool { lhs.indices == rhs.indices }
}

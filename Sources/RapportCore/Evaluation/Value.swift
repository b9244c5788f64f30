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

    var number: Double? { if case .number(let v) = self { v } else { nil } }
    var bool: Bool? { if case .bool(let v) = self { v } else { nil } }
    var text: String? { if case .text(let v) = self { v } else { nil } }
    var date: CalendarDate? { if case .date(let v) = self { v } else { nil } }
    /// The elements of a list (entity lists materialised), or nil when this is not a list.
    var elements: [Value]? {
        switch self {
        case .list(let values): values
        case .entities(let type, let list): list.indices.map { .entity(type, $0) }
        default: nil
        }
    }

    /// The number of elements of a list, without materialising entity lists.
    var elementCount: Int? {
        switch self {
        case .list(let values): values.count
        case .entities(_, let list): list.count
        default: nil
        }
    }
    var entityIndex: Int32? { if case .entity(_, let i) = self { i } else { nil } }

    /// True only for `true`: a missing condition does not hold.
    var isTrue: Bool { if case .bool(true) = self { true } else { false } }
}

extension CalendarDate {
    /// The date `duration` later (calendar months first, clamped to the month's last day, then days).
    public func adding(_ duration: Duration) -> CalendarDate {
        var date = self
        if duration.months != 0 {
            let (year, month, day) = components
            let total = year * 12 + (month - 1) + duration.months
            let newYear = total / 12
            let newMonth = total % 12 + 1
            let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
            date = CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
        }
        return CalendarDate(dayNumber: date.dayNumber + Int32(duration.days))
    }

    /// The date `duration` earlier.
    public func subtracting(_ duration: Duration) -> CalendarDate {
        adding(Duration(months: -duration.months, days: -duration.days))
    }
}

extension Duration {
    /// Length in days, calendar months measured back from `reference` (so durations of months
    /// and of days compare the way a calendar would on that day).
    public func days(before reference: CalendarDate) -> Int {
        Int(reference.dayNumber - reference.subtracting(self).dayNumber)
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
    init(range: Range<Int>) {
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
        items = nil
    }

    /// The entities at positions `range` of `items`.
    init(_ items: [Int32], _ range: Range<Int>) {
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
        self.items = items
    }

    init(_ items: [Int32]) { self.init(items, 0..<items.count) }

    var count: Int { Int(upper - lower) }

    /// The indices, in order.
    var indices: [Int32] { items.map { Array($0[Int(lower)..<Int(upper)]) } ?? Array(lower..<upper) }

    /// Calls `body` with each index in order until it returns false.
    @inline(__always)
    func forEach(_ body: (Int32) -> Bool) {
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

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

    public var isMissing: Bool { if case .missing = self { true } else { false } }

    var number: Double? { if case .number(let v) = self { v } else { nil } }
    var bool: Bool? { if case .bool(let v) = self { v } else { nil } }
    var text: String? { if case .text(let v) = self { v } else { nil } }
    var date: CalendarDate? { if case .date(let v) = self { v } else { nil } }
    var list: [Value]? { if case .list(let v) = self { v } else { nil } }
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

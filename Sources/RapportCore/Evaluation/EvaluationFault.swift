/// Why an expression could not be evaluated for one subject: a result outside what Rapport can
/// represent (a date past 9999-12-31, a number too large for a double, a duration of more than
/// ten thousand years). The compiled closure that meets it records it on the thread's ``Memo``
/// and yields `missing`; the engine then reports the rule for that subject as failed instead of
/// giving a finding (or silently none).
public struct EvaluationFault: Error, Sendable, Equatable {
    /// What went wrong, in a sentence ("the date is after 9999-12-31").
    public let reason: String
    /// The expression that failed.
    public let span: Span

    public init(_ reason: String, at span: Span) {
        self.reason = reason
        self.span = span
    }
}

extension Frame {
    /// `value` when it is finite; otherwise a fault and nil (the typed paths' numbers).
    @inline(__always)
    mutating func finite(_ value: Double, at span: Span) -> Double? {
        if value.isFinite { return value }
        _ = fail(CheckedArithmetic.numberTooLarge, at: span)
        return nil
    }

    /// `date` moved by `duration`, or a fault when that leaves 0001-01-01…9999-12-31.
    mutating func date(_ date: CalendarDate, shiftedBy duration: Duration, at span: Span) -> Value {
        let day = date.shiftedDayNumber(duration)
        if let result = CalendarDate(checkedDayNumber: day) { return .date(result) }
        return fail(day > Int(CalendarDate.latest.dayNumber) ? "the date would be after 9999-12-31"
                                                             : "the date would be before 0001-01-01", at: span)
    }

    /// `value` as a number, or a fault when it is infinite or not a number.
    @inline(__always)
    mutating func number(_ value: Double, at span: Span) -> Value {
        value.isFinite ? .number(value) : fail(CheckedArithmetic.numberTooLarge, at: span)
    }

    /// Records `fault` (the first one of the current subject wins) and returns `missing`.
    @inline(never)
    mutating func fail(_ reason: String, at span: Span) -> Value {
        memo.raise(EvaluationFault(reason, at: span))
        return .missing
    }
}

/// Checked arithmetic of the rule language. Each returns nil where the result is out of range.
enum CheckedArithmetic {
    /// A number result that is finite; nil for infinity or NaN.
    @inline(__always)
    static func number(_ value: Double) -> Double? { value.isFinite ? value : nil }

    static let numberTooLarge = "the result is too large for a number"
    static let durationTooLong = "the duration is longer than \(Duration.maxYears) years"

    /// `duration` times `factor`: whole months stay calendar months; anything else becomes days
    /// (measured back from `today`). Nil when the result is longer than ``Duration/maxYears``.
    static func scale(_ duration: Duration, by factor: Double, today: CalendarDate) -> Duration? {
        guard factor.isFinite else { return nil }
        let months = Double(duration.months) * factor
        if duration.days == 0, months.rounded() == months {
            guard abs(months) <= Double(Duration.maxMonths) else { return nil }
            return Duration(months: Int(months))
        }
        let days = (Double(duration.days(before: today)) * factor).rounded()
        guard abs(days) <= Double(Duration.maxDays) else { return nil }
        return Duration(days: Int(days))
    }

    /// The sum of two durations, nil when it is too long.
    static func add(_ x: Duration, _ y: Duration) -> Duration? {
        Duration.checked(months: x.months + y.months, days: x.days + y.days)
    }

    /// The difference of two durations, nil when it is too long.
    static func subtract(_ x: Duration, _ y: Duration) -> Duration? {
        Duration.checked(months: x.months - y.months, days: x.days - y.days)
    }

}

extension Diagnostic {
    /// A value that could not be computed, as an error at the expression (the REPL's answer).
    public static func evaluationFault(_ fault: EvaluationFault) -> Diagnostic {
        .error("eval.out_of_range", "this cannot be computed: \(fault.reason)", at: fault.span, label: "out of range")
    }
}

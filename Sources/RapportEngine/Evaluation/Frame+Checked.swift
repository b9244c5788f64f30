import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Checked steps of the compiled closures: a value out of range records a fault and yields `missing`.
extension Frame {
    /// `value` when it is finite; otherwise a fault and nil (the typed paths' numbers).
    @inline(__always)
    package mutating func finite(_ value: Double, at span: Span) -> Double? {
        if value.isFinite { return value }
        _ = fail(CheckedArithmetic.numberTooLarge, at: span)
        return nil
    }

    /// `date` moved by `duration`, or a fault when that leaves 0001-01-01…9999-12-31.
    package mutating func date(_ date: CalendarDate, shiftedBy duration: Duration, at span: Span) -> Value {
        let day = date.shiftedDayNumber(duration)
        if let result = CalendarDate(checkedDayNumber: day) { return .date(result) }
        return fail(day > Int(CalendarDate.latest.dayNumber) ? "the date would be after 9999-12-31"
                                                             : "the date would be before 0001-01-01", at: span)
    }

    /// `value` as a number, or a fault when it is infinite or not a number.
    @inline(__always)
    package mutating func number(_ value: Double, at span: Span) -> Value {
        value.isFinite ? .number(value) : fail(CheckedArithmetic.numberTooLarge, at: span)
    }

    /// Records `fault` (the first one of the current subject wins) and returns `missing`.
    @inline(never)
    package mutating func fail(_ reason: String, at span: Span) -> Value {
        memo.raise(EvaluationFault(reason, at: span))
        return .missing
    }
}

import RapportBase
import RapportSyntax
import RapportModel

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

/// Checked arithmetic of the rule language. Each returns nil where the result is out of range.
package enum CheckedArithmetic {
    /// A number result that is finite; nil for infinity or NaN.
    @inline(__always)
    package static func number(_ value: Double) -> Double? { value.isFinite ? value : nil }

    package static let numberTooLarge = "the result is too large for a number"
    package static let durationTooLong = "the duration is longer than \(Duration.maxYears) years"

    /// `duration` times `factor`: whole months stay calendar months; anything else becomes days
    /// (measured back from `today`). Nil when the result is longer than ``Duration/maxYears``.
    package static func scale(_ duration: Duration, by factor: Double, today: CalendarDate) -> Duration? {
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
    package static func add(_ x: Duration, _ y: Duration) -> Duration? {
        Duration.checked(months: x.months + y.months, days: x.days + y.days)
    }

    /// The difference of two durations, nil when it is too long.
    package static func subtract(_ x: Duration, _ y: Duration) -> Duration? {
        Duration.checked(months: x.months - y.months, days: x.days - y.days)
    }

}

extension Diagnostic {
    /// A value that could not be computed, as an error at the expression (the REPL's answer).
    public static func evaluationFault(_ fault: EvaluationFault) -> Diagnostic {
        .error("eval.out_of_range", "this cannot be computed: \(fault.reason)", at: fault.span, label: "out of range")
    }
}

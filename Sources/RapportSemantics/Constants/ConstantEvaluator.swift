import RapportBase
import RapportSyntax
import RapportModel

/// Evaluates a param's value: a constant expression such as `-5`, `80%` or `2 * 30 days`.
package enum ConstantEvaluator {
    /// The value of `expr`; a fault when a result is out of range (a number too large, a
    /// duration of more than ``Duration/maxYears`` years).
    package static func evaluate(_ expr: TExpr) throws(EvaluationFault) -> Value {
        switch expr.kind {
        case .literal(let literal): return Value(literal)
        case .negate(let inner):
            switch try evaluate(inner) {
            case .number(let n): return .number(-n)
            case .duration(let d): return .duration(Duration(months: -d.months, days: -d.days))
            default: return .missing
            }
        case .arithmetic(let op, let l, let r):
            let (left, right) = (try evaluate(l), try evaluate(r))
            func number(_ value: Double) throws(EvaluationFault) -> Value {
                guard value.isFinite else { throw EvaluationFault(CheckedArithmetic.numberTooLarge, at: expr.span) }
                return .number(value)
            }
            func duration(_ value: Duration?) throws(EvaluationFault) -> Value {
                guard let value else { throw EvaluationFault(CheckedArithmetic.durationTooLong, at: expr.span) }
                return .duration(value)
            }
            switch (op, left, right) {
            case (.add, .number(let a), .number(let b)): return try number(a + b)
            case (.subtract, .number(let a), .number(let b)): return try number(a - b)
            case (.multiply, .number(let a), .number(let b)): return try number(a * b)
            case (.divide, .number(let a), .number(let b)): return b == 0 ? .missing : try number(a / b)
            case (.add, .duration(let a), .duration(let b)): return try duration(CheckedArithmetic.add(a, b))
            case (.subtract, .duration(let a), .duration(let b)): return try duration(CheckedArithmetic.subtract(a, b))
            case (.multiply, .duration(let d), .number(let n)), (.multiply, .number(let n), .duration(let d)):
                // Months and days scaled apart (no `today` to turn months into days).
                let (months, days) = (Double(d.months) * n, Double(d.days) * n)
                guard abs(months) <= Double(Duration.maxMonths), abs(days) <= Double(Duration.maxDays) else {
                    return try duration(nil)
                }
                return .duration(Duration(months: Int(months), days: Int(days)))
            default: return .missing
            }
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        default: return .missing
        }
    }
}

extension Value {
    package init(_ literal: Literal) {
        switch literal {
        case .number(let n): self = .number(n)
        case .text(let t): self = .text(t)
        case .boolean(let b): self = .bool(b)
        case .date(let d): self = .date(d)
        case .duration(let d): self = .duration(d)
        case .period(let p): self = .period(p)
        }
    }
}

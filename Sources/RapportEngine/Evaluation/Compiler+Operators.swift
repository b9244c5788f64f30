import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension Compiler {
    package func arithmetic(_ op: BinaryOperator, _ l: @escaping Eval, _ r: @escaping Eval, at span: Span) -> Eval {
        let today = runtime.today
        return { frame in
            // A missing left side decides the result: the right side is not evaluated (as on the
            // typed paths, so a fault in it is reported by neither).
            let a = l(&frame)
            if a.isMissing { return .missing }
            let b = r(&frame)
            switch (op, a, b) {
            case (.add, .number(let x), .number(let y)): return frame.number(x + y, at: span)
            case (.subtract, .number(let x), .number(let y)): return frame.number(x - y, at: span)
            case (.multiply, .number(let x), .number(let y)): return frame.number(x * y, at: span)
            case (.divide, .number(let x), .number(let y)): return y == 0 ? .missing : frame.number(x / y, at: span)
            case (.add, .date(let d), .duration(let s)), (.add, .duration(let s), .date(let d)):
                return frame.date(d, shiftedBy: s, at: span)
            case (.subtract, .date(let d), .duration(let s)):
                return frame.date(d, shiftedBy: Duration(months: -s.months, days: -s.days), at: span)
            case (.subtract, .date(let x), .date(let y)): return .duration(Duration(days: Int(x.dayNumber) - Int(y.dayNumber)))
            case (.add, .duration(let x), .duration(let y)):
                guard let sum = CheckedArithmetic.add(x, y) else { return frame.fail(CheckedArithmetic.durationTooLong, at: span) }
                return .duration(sum)
            case (.subtract, .duration(let x), .duration(let y)):
                guard let difference = CheckedArithmetic.subtract(x, y) else { return frame.fail(CheckedArithmetic.durationTooLong, at: span) }
                return .duration(difference)
            case (.multiply, .duration(let s), .number(let n)), (.multiply, .number(let n), .duration(let s)):
                guard let scaled = CheckedArithmetic.scale(s, by: n, today: today) else { return frame.fail(CheckedArithmetic.durationTooLong, at: span) }
                return .duration(scaled)
            case (.divide, .duration(let s), .number(let n)):
                if n == 0 { return .missing }
                guard let scaled = CheckedArithmetic.scale(s, by: 1 / n, today: today) else { return frame.fail(CheckedArithmetic.durationTooLong, at: span) }
                return .duration(scaled)
            case (.add, .text(let x), .text(let y)): return .text(x + y)
            default: return .missing
            }
        }
    }

    package func comparison(_ op: BinaryOperator, _ l: @escaping Eval, _ r: @escaping Eval) -> Eval {
        let today = runtime.today
        return { frame in
            // Any comparison with a missing value is false (and `!=` too: nothing is known); a
            // missing left side decides it before the right side is evaluated.
            let a = l(&frame)
            if a.isMissing { return .bool(false) }
            let b = r(&frame)
            if b.isMissing { return .bool(false) }
            switch op {
            case .equal: return .bool(Compiler.equal(a, b, today: today))
            case .notEqual: return .bool(!Compiler.equal(a, b, today: today))
            default:
                guard let order = Compiler.order(a, b, today: today) else { return .bool(false) }
                switch op {
                case .less: return .bool(order < 0)
                case .lessEqual: return .bool(order <= 0)
                case .greater: return .bool(order > 0)
                default: return .bool(order >= 0)
                }
            }
        }
    }

    package static func equal(_ a: Value, _ b: Value, today: CalendarDate) -> Bool {
        switch (a, b) {
        case let (.duration(x), .duration(y)): return x.days(before: today) == y.days(before: today)
        case let (.list(x), .list(y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1, today: today) }
        case (.entities, _), (_, .entities):
            guard let x = a.elements, let y = b.elements else { return false }
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1, today: today) }
        default: return a == b
        }
    }

    /// -1, 0 or 1; nil when the values cannot be ordered.
    package static func order(_ a: Value, _ b: Value, today: CalendarDate) -> Int? {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        switch (a, b) {
        case let (.number(x), .number(y)): return cmp(x, y)
        case let (.text(x), .text(y)): return cmp(x, y)
        case let (.date(x), .date(y)): return cmp(x, y)
        case let (.period(x), .period(y)): return cmp(x, y)
        case let (.duration(x), .duration(y)): return cmp(x.days(before: today), y.days(before: today))
        case let (.bool(x), .bool(y)): return cmp(x ? 1 : 0, y ? 1 : 0)
        default: return nil
        }
    }

    /// Kleene logic: `and` is false when any part is false, missing when any part is missing and
    /// none false, otherwise true (`or` likewise). Evaluation stops at the first deciding part.
    package func logical(_ op: LogicalOperator, _ parts: [StoredEval]) -> Eval {
        { frame in
            var sawMissing = false
            for part in parts {
                switch part.eval(&frame) {
                case .bool(let value):
                    if op == .and && !value { return .bool(false) }
                    if op == .or && value { return .bool(true) }
                default: sawMissing = true
                }
            }
            return sawMissing ? .missing : .bool(op == .and)
        }
    }
}

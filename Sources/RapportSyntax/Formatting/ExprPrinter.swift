import RapportBase

/// Prints expressions in canonical spacing with the fewest parentheses that keep their meaning.
/// Literals and text are printed exactly as written (so `250_000` and escapes survive).
package struct ExprPrinter {
    package let source: SourceFile

    /// A literal as written (its span includes any parentheses around it, which are dropped).
    package func literal(_ expr: Expr) -> String {
        var text = Substring(source.text(of: expr.span))
        while text.hasPrefix("("), text.hasSuffix(")") {
            text = text.dropFirst().dropLast()
            while text.first?.isWhitespace == true { text = text.dropFirst() }
            while text.last?.isWhitespace == true { text = text.dropLast() }
        }
        return String(text)
    }

    /// Binding strength of an expression's outermost operator (higher binds tighter).
    package static func level(_ expr: Expr) -> Int {
        switch expr.kind {
        case .conditional, .quantified: 1
        case .logical(.or, _): 2
        case .logical(.and, _): 3
        case .not: 4
        case .binary(let op, _, _):
            switch op {
            case .coalesce: 6
            case .add, .subtract: 7
            case .multiply, .divide: 8
            default: 5
            }
        case .isMissing, .within: 5
        case .negate: 9
        case .member, .call, .filter, .sort: 10
        default: 11
        }
    }

    /// `expr` printed; parenthesised when it binds looser than `minimum`, or when it is an
    /// open-ended form (`if`, quantifier) that something follows, or a `where`/`by` inside the
    /// operand of another `where`/`by`.
    package func print(_ expr: Expr, minimum: Int = 0, closed: Bool = false, inFilterOperand: Bool = false) -> String {
        let text = bare(expr, inFilterOperand: inFilterOperand)
        let level = ExprPrinter.level(expr)
        // An open-ended form (`if`, a quantifier) needs no parentheses when nothing follows it.
        var wrap = (level < minimum && !(level == 1 && !closed)) || (closed && level == 1)
        if inFilterOperand, case .filter = expr.kind { wrap = true }
        if inFilterOperand, case .sort = expr.kind { wrap = true }
        return wrap ? "(\(text))" : text
    }

    private func bare(_ expr: Expr, inFilterOperand: Bool) -> String {
        let f = inFilterOperand
        switch expr.kind {
        case .number, .percent, .text, .template, .boolean, .date, .period, .duration, .error:
            return literal(expr)
        case .name(let name): return name
        case .member(let base, let name):
            // `(xs where c).f`: without parentheses `.f` would belong to the condition.
            switch base.kind {
            case .filter, .sort: return "(\(bare(base, inFilterOperand: false)))." + name.text
            default: return print(base, minimum: 10, closed: true, inFilterOperand: f) + "." + name.text
            }
        case .call(let name, let args): return name.text + "(" + args.map { print($0) }.joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map { print($0) }.joined(separator: ", ") + "]"
        case .negate(let inner): return "-" + print(inner, minimum: 9, closed: true, inFilterOperand: f)
        case .not(let inner):
            // `not (a == b)` reads better than `not a == b`, though both mean the same.
            return "not " + print(inner, minimum: ExprPrinter.level(inner) == 5 ? 6 : 4, closed: true, inFilterOperand: f)
        case .binary(let op, let l, let r):
            let level = ExprPrinter.level(expr)
            // Left-associative: the right side must bind tighter; comparisons do not chain.
            let left = print(l, minimum: level == 5 ? 6 : level, closed: true, inFilterOperand: f)
            let right = print(r, minimum: level + 1, closed: true, inFilterOperand: f)
            return "\(left) \(op.rawValue) \(right)"
        case .logical(let op, let items):
            // `and` inside `or` keeps its parentheses for the reader, though `and` binds tighter.
            let minimum = op == .or ? 4 : 4
            return items.enumerated().map { index, item in
                print(item, minimum: minimum, closed: index < items.count - 1, inFilterOperand: f)
            }.joined(separator: " \(op.rawValue) ")
        case .isMissing(let inner, let present):
            return print(inner, minimum: 6, closed: true, inFilterOperand: f) + (present ? " is present" : " is missing")
        case .within(let d, let future, let amount):
            return print(d, minimum: 6, closed: true, inFilterOperand: f) + " within \(future ? "next" : "last") "
                + print(amount, minimum: 6, closed: true, inFilterOperand: f)
        case .filter(let list, let condition):
            return print(list, minimum: 10, closed: true, inFilterOperand: f) + " where " + print(condition, inFilterOperand: true)
        case .sort(let list, let key, let descending):
            return print(list, minimum: 10, closed: true, inFilterOperand: f) + " by " + print(key, inFilterOperand: true)
                + (descending ? " desc" : "")
        case .quantified(let q, let binder, let list, let body):
            return "\(q.rawValue) \(binder.text) in " + print(list, minimum: 6, closed: true) + ": " + print(body, inFilterOperand: f)
        case .conditional(let c, let t, let e):
            return "if " + print(c, closed: true) + " then " + print(t, closed: true) + " else " + print(e, inFilterOperand: f)
        }
    }
}

import RapportBase

extension Expr {
    /// A fully parenthesised rendering that shows how the expression was grouped,
    /// e.g. `(and (== a.tier "key") (is-missing a.growth_plan))`. Used by tests and `--dump-ast`.
    public var sExpression: String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        func template(_ template: Template) -> String {
            "(template" + template.parts.map { part in
                switch part {
                case .text(let text, _): " \"\(text)\""
                case .hole(let expr, let format, _): " {\(expr.sExpression)\(format.map { " as \($0.text)" } ?? "")}"
                }
            }.joined() + ")"
        }
        switch kind {
        case .number(let value): return number(value)
        case .percent(let value): return number(value * 100) + "%"
        case .text(let text): return "\"\(text)\""
        case .template(let t): return template(t)
        case .boolean(let value): return String(value)
        case .date(let date): return date.description
        case .period(let year, let quarter): return "\(year)-Q\(quarter)"
        case .duration(let amount, let unit): return "\(number(amount)) \(unit.rawValue)"
        case .name(let name): return name
        case .member(let base, let name): return "\(base.sExpression).\(name.text)"
        case .call(let name, let args): return "(\(name.text)\(args.map { " " + $0.sExpression }.joined()))"
        case .list(let items): return "[\(items.map(\.sExpression).joined(separator: " "))]"
        case .negate(let e): return "(- \(e.sExpression))"
        case .not(let e): return "(not \(e.sExpression))"
        case .binary(let op, let l, let r): return "(\(op.rawValue) \(l.sExpression) \(r.sExpression))"
        case .logical(let op, let items): return "(\(op.rawValue)\(items.map { " " + $0.sExpression }.joined()))"
        case .isMissing(let e, let present): return "(\(present ? "is-present" : "is-missing") \(e.sExpression))"
        case .within(let d, let future, let span): return "(within-\(future ? "next" : "last") \(d.sExpression) \(span.sExpression))"
        case .filter(let xs, let cond): return "(where \(xs.sExpression) \(cond.sExpression))"
        case .sort(let xs, let key, let desc): return "(by\(desc ? "-desc" : "") \(xs.sExpression) \(key.sExpression))"
        case .quantified(let q, let binder, let xs, let body):
            return "(\(q.rawValue) \(binder.text) \(xs.sExpression) \(body.sExpression))"
        case .conditional(let c, let t, let e): return "(if \(c.sExpression) \(t.sExpression) \(e.sExpression))"
        case .error: return "<error>"
        }
    }
}

import RapportBase
import RapportSyntax
import RapportModel

extension Checker {
    /// Types `expr` and resolves its names.
    package mutating func checkExpression(_ expr: Expr) -> TExpr {
        let span = expr.span
        switch expr.kind {
        case .number(let value): return TExpr(.literal(.number(value)), .number, span, freeSlots: 0)
        case .percent(let value): return TExpr(.literal(.number(value)), .number, span, freeSlots: 0)
        case .text(let text): return TExpr(.literal(.text(text)), .text, span, freeSlots: 0)
        case .boolean(let value): return TExpr(.literal(.boolean(value)), .boolean, span, freeSlots: 0)
        case .date(let date): return TExpr(.literal(.date(date)), .date, span, freeSlots: 0)
        case .period(let year, let quarter):
            guard let period = FiscalQuarter(year: year, quarter: quarter) else { return errorExpr(span) }
            return TExpr(.literal(.period(period)), .period, span, freeSlots: 0)
        case .duration(let amount, let unit):
            guard let duration = Checker.duration(amount, unit) else {
                error("type.out_of_range", "a duration may be at most \(Duration.maxYears) years long", at: span,
                      label: "too long", notes: ["that is \(Duration.maxMonths) months, or \(Duration.maxDays) days"])
                return errorExpr(span)
            }
            return TExpr(.literal(.duration(duration)), .duration, span, freeSlots: 0)
        case .template(let template):
            let checked = checkTemplate(template)
            let free = checked.parts.reduce(UInt64(0)) { result, part in
                if case .hole(let e, _) = part { return result | e.freeSlots }
                return result
            }
            return TExpr(.template(checked), .text, span, freeSlots: free)
        case .name(let name): return resolveName(name, at: span)
        case .member(let base, let name): return checkMember(base, name, span: span)
        case .call(let name, let arguments): return checkCall(name, arguments, span: span)
        case .list(let items):
            let checked = items.map { checkExpression($0) }
            var element: ValueType?
            for item in checked {
                guard let current = element else { element = item.type; continue }
                if !current.compatible(with: item.type) {
                    error("type.mismatch", "a list holds values of one type: \(current) and \(item.type) are mixed", at: item.span,
                          label: "\(item.type)")
                    element = .error
                } else {
                    element = current.unified(with: item.type)
                }
            }
            let type: ValueType = element.map { .list($0) } ?? .emptyList
            return TExpr(.list(checked), type, span, freeSlots: checked.reduce(0) { $0 | $1.freeSlots })
        case .negate(let inner):
            let operand = checkExpression(inner)
            guard operand.type.compatible(with: .number) || operand.type.compatible(with: .duration) else {
                error("type.operator", "`-` needs a number or a duration, found \(operand.type)", at: operand.span)
                return errorExpr(span)
            }
            return TExpr(.negate(operand), operand.type, span, freeSlots: operand.freeSlots)
        case .not(let inner):
            let operand = checkExpression(inner)
            requireBoolean(operand, "`not` needs something true or false")
            return TExpr(.not(operand), .boolean, span, freeSlots: operand.freeSlots)
        case .binary(let op, let left, let right):
            return checkBinary(op, checkExpression(left), checkExpression(right), span: span)
        case .logical(let op, let items):
            let checked = items.map { checkExpression($0) }
            for item in checked { requireBoolean(item, "`\(op.rawValue)` combines conditions that are true or false") }
            return TExpr(.logical(op, checked), .boolean, span, freeSlots: checked.reduce(0) { $0 | $1.freeSlots })
        case .isMissing(let inner, let present):
            let operand = checkExpression(inner)
            return TExpr(.isMissing(operand, present: present), .boolean, span, freeSlots: operand.freeSlots)
        case .within(let date, let future, let amount):
            let d = checkExpression(date)
            let a = checkExpression(amount)
            if !d.type.compatible(with: .date) {
                error("type.mismatch", "`within` needs a date on its left, found \(d.type)", at: d.span, label: "not a date")
            }
            if !a.type.compatible(with: .duration) {
                error("type.mismatch", "`within \(future ? "next" : "last")` needs a duration such as `90 days`, found \(a.type)",
                      at: a.span, label: "not a duration")
            }
            return TExpr(.within(d, future: future, a), .boolean, span, freeSlots: d.freeSlots | a.freeSlots)
        case .filter(let base, let condition):
            let list = checkExpression(base)
            guard let element = requireList(list, "`where` filters a list") else { return errorExpr(span) }
            let (slot, cond) = withElement(element) { checker in checker.checkExpression(condition) }
            requireBoolean(cond, "`where` needs a condition that is true or false")
            warnMissingDropped(cond)
            return TExpr(.filter(list, slot: slot, cond), list.type, span, freeSlots: list.freeSlots | (cond.freeSlots & ~TExpr.bit(slot)))
        case .sort(let base, let key, let descending):
            let list = checkExpression(base)
            guard let element = requireList(list, "`by` sorts a list") else { return errorExpr(span) }
            let (slot, checkedKey) = withElement(element) { checker in checker.checkExpression(key) }
            if !checkedKey.type.isOrdered {
                error("type.not_ordered", "`by` needs something that can be ordered (a number, text, date, duration or quarter), found \(checkedKey.type)",
                      at: checkedKey.span)
            }
            return TExpr(.sort(list, slot: slot, key: checkedKey, descending: descending), list.type, span,
                         freeSlots: list.freeSlots | (checkedKey.freeSlots & ~TExpr.bit(slot)))
        case .quantified(let quantifier, let binder, let collection, let body):
            let list = checkExpression(collection)
            let element = requireList(list, "`\(quantifier.rawValue) \(binder.text) in …` needs a list") ?? .error
            let slot = frame.allocate()
            frame.scopes.append(Scope(names: [binder.text: (slot, element)]))
            frame.declared[slot] = binder.span
            record(binder.span, .local(binder.span), element)
            frame.uses[slot] = 1
            let checkedBody = checkExpression(body)
            frame.scopes.removeLast()
            requireBoolean(checkedBody, "the condition after `:` must be true or false")
            return TExpr(.quantified(quantifier, slot: slot, list, checkedBody), .boolean, span,
                         freeSlots: list.freeSlots | (checkedBody.freeSlots & ~TExpr.bit(slot)))
        case .conditional(let condition, let then, let otherwise):
            let c = checkExpression(condition)
            requireBoolean(c, "`if` needs a condition that is true or false")
            let t = checkExpression(then)
            let e = checkExpression(otherwise)
            var type = t.type.unified(with: e.type)
            if !t.type.compatible(with: e.type) {
                error("type.mismatch", "the two branches of `if` give different types: \(t.type) and \(e.type)", at: e.span,
                      label: "\(e.type)")
                type = .error
            }
            return TExpr(.conditional(c, t, e), type, span, freeSlots: c.freeSlots | t.freeSlots | e.freeSlots)
        case .error:
            return errorExpr(span)
        }
    }

    /// The duration `amount` `unit`s, or nil when it is longer than ``Duration/maxYears``.
    package static func duration(_ amount: Double, _ unit: DurationUnit) -> Duration? {
        let (days, months): (Double, Double) = switch unit {
        case .day: (amount.rounded(), 0)
        case .week: ((amount * 7).rounded(), 0)
        case .month: (0, amount.rounded())
        case .quarter: (0, amount.rounded() * 3)
        case .year: (0, amount.rounded() * 12)
        }
        guard abs(days) <= Double(Duration.maxDays), abs(months) <= Double(Duration.maxMonths) else { return nil }
        return Duration(months: Int(months), days: Int(days))
    }

    /// The element type of a list, or nil after reporting that `expr` is not one.
    package mutating func requireList(_ expr: TExpr, _ what: String) -> ValueType? {
        if let element = expr.type.element { return element }
        error("type.not_list", "\(what), but this is \(expr.type)", at: expr.span, label: "not a list")
        return nil
    }

    /// Checks `body` with a new element in scope (its fields by name, and `it`).
    package mutating func withElement(_ element: ValueType, _ body: (inout Checker) -> TExpr) -> (Int, TExpr) {
        let slot = frame.allocate()
        frame.scopes.append(Scope(element: (slot, element)))
        let checked = body(&self)
        frame.scopes.removeLast()
        return (slot, checked)
    }

    package mutating func checkBinary(_ op: BinaryOperator, _ l: TExpr, _ r: TExpr, span: Span) -> TExpr {
        let free = l.freeSlots | r.freeSlots
        if case .error = l.type { return TExpr(.arithmetic(op, l, r), .error, span, freeSlots: free) }
        if case .error = r.type { return TExpr(.arithmetic(op, l, r), .error, span, freeSlots: free) }
        switch op {
        case .add, .subtract, .multiply, .divide:
            guard let type = Checker.arithmeticType(op, l.type, r.type) else {
                error("type.operator", "cannot \(Checker.verb(op)) \(l.type) \(Checker.preposition(op)) \(r.type)", at: span,
                      help: Checker.arithmeticHelp(op, l.type, r.type))
                return errorExpr(span)
            }
            return TExpr(.arithmetic(op, l, r), type, span, freeSlots: free)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard l.type.compatible(with: r.type) else {
                // `owner == "Jonas Berg"`: an entity compared with text means its name.
                for (entity, text) in [(l, r), (r, l)] {
                    guard case .entity(let type) = entity.type, text.type.isText, Schema.field("name", of: type) != nil else { continue }
                    let end = Span(file: entity.span.file, start: entity.span.end, end: entity.span.end)
                    error("type.mismatch", "cannot compare \(l.type) with \(r.type)", at: span,
                          help: ["compare its name: add `.name` after it"], fixes: [FixIt(span: end, replacement: ".name")])
                    return errorExpr(span)
                }
                error("type.mismatch", "cannot compare \(l.type) with \(r.type)", at: span,
                      help: Checker.comparisonHelp(l.type, r.type))
                return errorExpr(span)
            }
            if op != .equal && op != .notEqual && !l.type.isOrdered {
                error("type.not_ordered", "\(l.type) cannot be ordered with `\(op.rawValue)`", at: span)
                return errorExpr(span)
            }
            checkEnumLiteral(l, r)
            checkEnumLiteral(r, l)
            return TExpr(.compare(op, l, r), .boolean, span, freeSlots: free)
        case .in, .notIn:
            guard let element = r.type.element else {
                error("type.not_list", "`\(op.rawValue)` needs a list on its right, found \(r.type)", at: r.span,
                      label: "not a list", help: ["write the values in brackets: `x in [\"a\", \"b\"]`"])
                return errorExpr(span)
            }
            guard l.type.compatible(with: element) else {
                error("type.mismatch", "cannot look for \(l.type) in \(r.type)", at: span)
                return errorExpr(span)
            }
            if case .list(let items) = r.kind { for item in items { checkEnumLiteral(l, item) } }
            return TExpr(.membership(negated: op == .notIn, l, r), .boolean, span, freeSlots: free)
        case .coalesce:
            guard l.type.compatible(with: r.type) else {
                error("type.mismatch", "`??` gives a fallback of the same type: \(l.type) and \(r.type) differ", at: r.span,
                      label: "\(r.type)")
                return errorExpr(span)
            }
            return TExpr(.coalesce(l, r), l.type.unified(with: r.type), span, freeSlots: free)
        case .before, .after:
            guard l.type.compatible(with: .date), r.type.compatible(with: .date) else {
                error("type.mismatch", "`\(op.rawValue)` compares two dates, found \(l.type) and \(r.type)", at: span)
                return errorExpr(span)
            }
            return TExpr(.compare(op == .before ? .less : .greater, l, r), .boolean, span, freeSlots: free)
        }
    }

    /// `a.tier == "kye"`: a text literal compared with an enumerated field must be one of its values.
    package mutating func checkEnumLiteral(_ field: TExpr, _ other: TExpr) {
        guard case .enumeration(let kind) = field.type, case .literal(.text(let value)) = other.kind,
              !kind.values.contains(value) else { return }
        error("type.unknown_enum_value", "`\(value)` is not \(ValueType.enumeration(kind))", at: other.span,
              label: "expected one of \(kind.values.joined(separator: ", "))",
              suggestion: NameSuggester.suggest(value, from: kind.values).map { "\"\($0)\"" })
    }

    package static func arithmeticType(_ op: BinaryOperator, _ l: ValueType, _ r: ValueType) -> ValueType? {
        switch (op, l, r) {
        case (_, .number, .number): .number
        case (.add, .date, .duration), (.subtract, .date, .duration), (.add, .duration, .date): .date
        case (.subtract, .date, .date): .duration
        case (.add, .duration, .duration), (.subtract, .duration, .duration): .duration
        case (.multiply, .duration, .number), (.multiply, .number, .duration), (.divide, .duration, .number): .duration
        case (.add, .text, .text), (.add, .enumeration, .text), (.add, .text, .enumeration): .text
        default: nil
        }
    }

    package static func verb(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        default: "divide"
        }
    }

    package static func preposition(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "and"
        case .subtract: "and"
        case .multiply: "by"
        default: "by"
        }
    }

    package static func arithmeticHelp(_ op: BinaryOperator, _ l: ValueType, _ r: ValueType) -> [String] {
        switch (l, r) {
        case (.date, .number), (.number, .date): ["to move a date, add a duration: `d + 30 days`"]
        case (.duration, .number), (.number, .duration): ["compare durations with durations (`90 days`), or use `days(d)` to get a number"]
        default: []
        }
    }

    package static func comparisonHelp(_ l: ValueType, _ r: ValueType) -> [String] {
        switch (l, r) {
        case (.duration, .number), (.number, .duration): ["write the number with a unit, as in `30 days`, or use `days(…)`"]
        case (.date, .text), (.text, .date): ["dates are written without quotes: `2026-11-27`"]
        default: []
        }
    }
}

import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Typed evaluation: expressions whose checked type is a number, a truth value, a date, text or
/// one entity are compiled into closures that return that type directly (nil for missing), so
/// the hot paths of the pack (`a.is_key and …`, `count(xs where …)`, `sum(revenue.amount)`) do
/// not wrap, copy and unwrap a ``Value`` at every node, nor build lists only to reduce them.
///
/// Each typed form computes exactly what ``Compiler/compileTree(_:)`` computes for the same
/// expression; it handles a subset of forms and leaves the rest to it. Tests run the pack both
/// ways over generated portfolios and compare the findings.
package typealias BoolEval = @Sendable (inout Frame) -> Bool?
package typealias NumberEval = @Sendable (inout Frame) -> Double?
package typealias DateEval = @Sendable (inout Frame) -> CalendarDate?
package typealias TextEval = @Sendable (inout Frame) -> String?
package typealias DurationEval = @Sendable (inout Frame) -> Duration?
/// One entity of a type the checker knows, by index.
package typealias IndexEval = @Sendable (inout Frame) -> Int32?

extension Compiler {
    /// A typed compilation of `expr` wrapped back into a ``Value``, or nil when `expr` is of a
    /// form only the general compiler handles.
    package func typedEval(_ expr: TExpr) -> Eval? {
        switch expr.type {
        case .boolean:
            guard let eval = nativeBool(expr) else { return nil }
            return { frame in eval(&frame).map(Value.bool) ?? .missing }
        case .number:
            guard let eval = nativeNumber(expr) else { return nil }
            return { frame in eval(&frame).map(Value.number) ?? .missing }
        case .date:
            guard let eval = nativeDate(expr) else { return nil }
            return { frame in eval(&frame).map(Value.date) ?? .missing }
        case .list(.entity):
            return nativeFilter(expr)
        default:
            return nil
        }
    }

    // MARK: Typed readers of any expression

    package func bool(_ expr: TExpr) -> BoolEval {
        if let value = folded(expr) { let b = value.bool; return { _ in b } }
        if let eval = nativeBool(expr) { return eval }
        let eval = compileTree(expr)
        return { frame in eval(&frame).bool }
    }

    package func number(_ expr: TExpr) -> NumberEval {
        if let value = folded(expr) { let n = value.number; return { _ in n } }
        if let eval = nativeNumber(expr) { return eval }
        let eval = compileTree(expr)
        return { frame in eval(&frame).number }
    }

    package func date(_ expr: TExpr) -> DateEval {
        if let value = folded(expr) { let d = value.date; return { _ in d } }
        if let eval = nativeDate(expr) { return eval }
        let eval = compileTree(expr)
        return { frame in eval(&frame).date }
    }

    package func text(_ expr: TExpr) -> TextEval {
        if let value = folded(expr) { let t = value.text; return { _ in t } }
        switch expr.kind {
        case .field(let base, let entity, let name, mapped: false, _):
            switch fieldReader(entity, name) {
            case .text(let read):
                let index = entityIndex(base)
                return { frame in index(&frame).flatMap(read) }
            case .choice(let values, let read):
                let index = entityIndex(base)
                return { frame in index(&frame).flatMap(read).map { values[$0] } }
            default: break
            }
        case .coalesce(let l, let r):
            let first = text(l)
            let fallback = text(r)
            return { frame in first(&frame) ?? fallback(&frame) }
        default: break
        }
        let eval = compile(expr)
        return { frame in eval(&frame).text }
    }

    package func duration(_ expr: TExpr) -> DurationEval {
        if let value = folded(expr) {
            let d: Duration? = if case .duration(let d) = value { d } else { nil }
            return { _ in d }
        }
        if case .arithmetic(.subtract, let l, let r) = expr.kind, l.type == .date, r.type == .date {
            let later = date(l)
            let earlier = date(r)
            return { frame in
                guard let x = later(&frame), let y = earlier(&frame) else { return nil }
                return Duration(days: Int(x.dayNumber) - Int(y.dayNumber))
            }
        }
        let eval = compile(expr)
        return { frame in if case .duration(let d) = eval(&frame) { d } else { nil } }
    }

    /// An enumerated field read as the position of its value among `values` (nil for anything
    /// else), so `kind in ["meeting", "qbr"]` compares small numbers, not texts.
    private func choice(_ expr: TExpr) -> (values: [String], code: @Sendable (inout Frame) -> Int?)? {
        guard case .field(let base, let entity, let name, mapped: false, _) = expr.kind,
              case .choice(let values, let read) = fieldReader(entity, name) else { return nil }
        let index = entityIndex(base)
        return (values, { frame in index(&frame).flatMap(read) })
    }

    /// The entity `expr` evaluates to (its type is known to the checker).
    package func entityIndex(_ expr: TExpr) -> IndexEval {
        switch expr.kind {
        case .local(let slot) where lazyLets[slot] == nil:
            return { frame in if case .entity(_, let index) = frame.slots[slot] { index } else { nil } }
        case .field(let base, let entity, let name, mapped: false, _):
            if case .entity(_, let read) = fieldReader(entity, name) {
                let index = entityIndex(base)
                return { frame in index(&frame).flatMap(read) }
            }
        default: break
        }
        let eval = compile(expr)
        return { frame in eval(&frame).entityIndex }
    }

    // MARK: Truth values

    private func nativeBool(_ expr: TExpr) -> BoolEval? {
        switch expr.kind {
        case .logical(let op, let items):
            // Folded pairwise into locals, not mapped into an array (see ``StoredEval``).
            guard let head = items.first else { return nil }
            var combined = bool(head)
            for item in items.dropFirst() {
                let part = bool(item)
                combined = op == .and ? Compiler.and(combined, part) : Compiler.or(combined, part)
            }
            return combined
        case .not(let inner):
            let operand = bool(inner)
            return { frame in operand(&frame).map { !$0 } }
        case .isMissing(let inner, let present):
            let missing = isMissing(inner)
            return { frame in missing(&frame) != present }
        case .compare(let op, let l, let r):
            return typedComparison(op, l, r)
        case .membership(let negated, let l, let r):
            return typedMembership(negated, l, r)
        case .within(let d, let future, let amount):
            guard let span = folded(amount), case .duration(let duration) = span else { return nil }
            let day = date(d)
            let today = runtime.today
            // Day numbers, unchecked: a window reaching past 9999 holds every later date.
            let now = Int(today.dayNumber)
            let (from, to) = future ? (now, today.shiftedDayNumber(duration))
                                    : (today.shiftedDayNumber(Duration(months: -duration.months, days: -duration.days)), now)
            return { frame in
                guard let value = day(&frame) else { return false }
                return from <= Int(value.dayNumber) && Int(value.dayNumber) <= to
            }
        case .quantified(let quantifier, let slot, let list, let body):
            guard case .list(.entity) = list.type else { return nil }
            let items = compile(list)
            let test = bool(body)
            return { frame in
                let value = items(&frame)
                guard case .entities(let type, let entities) = value else {
                    return Compiler.quantify(quantifier, value, slot, test, &frame)
                }
                var decided: Bool?
                entities.forEach { index in
                    frame.slots[slot] = .entity(type, index)
                    decided = quantifier.verdict(holds: test(&frame) == true)
                    return decided == nil
                }
                return decided ?? (quantifier != .any)
            }
        case .builtin(let id, let args) where id == .exists || id == .empty:
            guard case .filter(let list, let slot, let condition) = args[0].kind, case .list(.entity) = list.type else { return nil }
            let count = countWhere(list, slot, condition, stopAtFirst: true)
            let wantEmpty = id == .empty
            return { frame in (count(&frame) == 0) == wantEmpty }
        case .field(let base, let entity, let name, mapped: false, _):
            guard case .bool(let read) = fieldReader(entity, name) else { return nil }
            let index = entityIndex(base)
            return { frame in index(&frame).flatMap(read) }
        case .computed(let base, let ref, mapped: false, _):
            let read = computed(base, ref)
            return { frame in read(&frame)?.bool }
        case .conditional(let c, let t, let e):
            let condition = bool(c)
            let then = bool(t)
            let otherwise = bool(e)
            return { frame in condition(&frame) == true ? then(&frame) : otherwise(&frame) }
        default:
            return nil
        }
    }

    /// Kleene `and` of two parts, stopping at the first false.
    private static func and(_ a: @escaping BoolEval, _ b: @escaping BoolEval) -> BoolEval {
        { frame in
            let x = a(&frame)
            if x == false { return false }
            let y = b(&frame)
            if y == false { return false }
            return x == nil || y == nil ? nil : true
        }
    }

    /// Kleene `or` of two parts, stopping at the first true.
    private static func or(_ a: @escaping BoolEval, _ b: @escaping BoolEval) -> BoolEval {
        { frame in
            let x = a(&frame)
            if x == true { return true }
            let y = b(&frame)
            if y == true { return true }
            return x == nil || y == nil ? nil : false
        }
    }

    /// A quantifier over a list of values (the rare case of the typed path).
    private static func quantify(_ quantifier: Quantifier, _ items: Value, _ slot: Int, _ test: BoolEval, _ frame: inout Frame) -> Bool {
        guard case .list(let elements) = items else { return quantifier != .any }
        for element in elements {
            frame.slots[slot] = element
            if let decided = quantifier.verdict(holds: test(&frame) == true) { return decided }
        }
        return quantifier != .any
    }

    /// True when `expr` is missing, read through its typed form where it has one.
    private func isMissing(_ expr: TExpr) -> BoolEval {
        switch expr.type {
        case .number: let n = number(expr); return { frame in n(&frame) == nil }
        case .date: let d = date(expr); return { frame in d(&frame) == nil }
        case .boolean: let b = bool(expr); return { frame in b(&frame) == nil }
        case .text, .enumeration: let t = text(expr); return { frame in t(&frame) == nil }
        case .entity: let e = entityIndex(expr); return { frame in e(&frame) == nil }
        default: let v = compile(expr); return { frame in v(&frame).isMissing }
        }
    }

    /// A comparison of two numbers, dates, durations, texts or truth values (false when either
    /// is missing, as in the general path); nil for other types.
    private func typedComparison(_ op: BinaryOperator, _ l: TExpr, _ r: TExpr) -> BoolEval? {
        switch (l.type, r.type) {
        case (.text, .text), (.text, .enumeration), (.enumeration, .text), (.enumeration, .enumeration):
            if op == .equal || op == .notEqual, let compare = choiceEquality(op == .notEqual, l, r) ?? choiceEquality(op == .notEqual, r, l) {
                return compare
            }
            let (a, b) = (text(l), text(r))
            switch op {
            case .equal: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x == y }
            case .notEqual: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x != y }
            case .less: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x < y }
            case .lessEqual: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x <= y }
            case .greater: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x > y }
            default: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x >= y }
            }
        default:
            guard l.type == r.type, let a = ordinal(l), let b = ordinal(r) else { return nil }
            switch op {
            case .equal: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x == y }
            case .notEqual: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x != y }
            case .less: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x < y }
            case .lessEqual: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x <= y }
            case .greater: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x > y }
            default: return { frame in guard let x = a(&frame), let y = b(&frame) else { return false }; return x >= y }
            }
        }
    }

    /// `field == "text"` (or `!=`) for an enumerated field and a constant: false when the field
    /// is missing, as any comparison with a missing value.
    private func choiceEquality(_ negated: Bool, _ field: TExpr, _ constant: TExpr) -> BoolEval? {
        // The field first: folding the other side evaluates it, for nothing if this is no choice.
        guard let (values, code) = choice(field), case .text(let text)? = literalValue(constant) ?? folded(constant) else { return nil }
        let wanted = values.firstIndex(of: text) ?? -1
        return { frame in
            guard let value = code(&frame) else { return false }
            return (value == wanted) != negated
        }
    }

    /// The value of a literal expression.
    private func literalValue(_ expr: TExpr) -> Value? {
        if case .literal(let literal) = expr.kind { return Value(literal) }
        return nil
    }

    /// Numbers, dates (day numbers), durations (days before today) and truth values (0, 1) as
    /// numbers that compare as the general path compares them; nil for other types. (One
    /// closure type for all, rather than generic code, which would call through thunks.)
    private func ordinal(_ expr: TExpr) -> NumberEval? {
        switch expr.type {
        case .number: return number(expr)
        case .date:
            let d = date(expr)
            return { frame in d(&frame).map { Double($0.dayNumber) } }
        case .duration:
            let today = runtime.today
            let d = duration(expr)
            return { frame in d(&frame).map { Double($0.days(before: today)) } }
        case .boolean:
            let b = bool(expr)
            return { frame in b(&frame).map { $0 ? 1 : 0 } }
        default:
            return nil
        }
    }

    /// `x in [...]` against a constant list of texts or numbers (false when `x` is missing).
    private func typedMembership(_ negated: Bool, _ l: TExpr, _ r: TExpr) -> BoolEval? {
        guard let list = folded(r), case .list(let items) = list else { return nil }
        switch l.type {
        case .text, .enumeration:
            let texts = items.compactMap(\.text)
            guard texts.count == items.count else { return nil }
            if let (values, code) = choice(l), values.count <= 64 {
                let mask = texts.reduce(UInt64(0)) { mask, text in
                    values.firstIndex(of: text).map { mask | 1 << UInt64($0) } ?? mask
                }
                return { frame in
                    guard let value = code(&frame) else { return false }
                    return (mask >> UInt64(value) & 1 == 1) != negated
                }
            }
            let needle = text(l)
            return { frame in
                guard let value = needle(&frame) else { return false }
                return texts.contains(value) != negated
            }
        case .number:
            let numbers = items.compactMap(\.number)
            guard numbers.count == items.count else { return nil }
            let needle = number(l)
            return { frame in
                guard let value = needle(&frame) else { return false }
                return numbers.contains(value) != negated
            }
        default:
            return nil
        }
    }

    // MARK: Numbers and dates

    private func nativeNumber(_ expr: TExpr) -> NumberEval? {
        switch expr.kind {
        case .field(let base, let entity, let name, mapped: false, _):
            guard case .number(let read) = fieldReader(entity, name) else { return nil }
            let index = entityIndex(base)
            return { frame in index(&frame).flatMap(read) }
        case .computed(let base, let ref, mapped: false, _):
            let read = computed(base, ref)
            return { frame in read(&frame)?.number }
        case .arithmetic(let op, let l, let r) where l.type == .number && r.type == .number:
            let (a, b) = (number(l), number(r))
            let span = expr.span
            switch op {
            case .add: return { frame in guard let x = a(&frame), let y = b(&frame) else { return nil }; return frame.finite(x + y, at: span) }
            case .subtract: return { frame in guard let x = a(&frame), let y = b(&frame) else { return nil }; return frame.finite(x - y, at: span) }
            case .multiply: return { frame in guard let x = a(&frame), let y = b(&frame) else { return nil }; return frame.finite(x * y, at: span) }
            case .divide:
                return { frame in guard let x = a(&frame), let y = b(&frame), y != 0 else { return nil }; return frame.finite(x / y, at: span) }
            default: return nil
            }
        case .negate(let inner) where inner.type == .number:
            let operand = number(inner)
            return { frame in operand(&frame).map { -$0 } }
        case .coalesce(let l, let r) where l.type == .number && r.type == .number:
            let (first, fallback) = (number(l), number(r))
            return { frame in first(&frame) ?? fallback(&frame) }
        case .conditional(let c, let t, let e):
            let condition = bool(c)
            let (then, otherwise) = (number(t), number(e))
            return { frame in condition(&frame) == true ? then(&frame) : otherwise(&frame) }
        case .builtin(.count, let args):
            if case .filter(let list, let slot, let condition) = args[0].kind, case .list(.entity) = list.type {
                let count = countWhere(list, slot, condition, stopAtFirst: false)
                return { frame in Double(count(&frame)) }
            }
            let items = compile(args[0])
            return { frame in Double(items(&frame).elementCount ?? 0) }
        case .builtin(let id, let args) where [.sum, .avg, .min, .max].contains(id):
            guard let each = mappedOrdinals(args[0], { $0.number }) else { return nil }
            switch id {
            case .sum:
                let span = expr.span
                return { frame in
                    var total = 0.0
                    each(&frame) { total += $0 }
                    return frame.finite(total, at: span)
                }
            case .avg:
                let span = expr.span
                return { frame in
                    var (total, count) = (0.0, 0)
                    each(&frame) { total += $0; count += 1 }
                    return count == 0 ? nil : frame.finite(total / Double(count), at: span)
                }
            default:
                return Compiler.extreme(each, max: id == .max)
            }
        default:
            return nil
        }
    }

    private func nativeDate(_ expr: TExpr) -> DateEval? {
        switch expr.kind {
        case .field(let base, let entity, let name, mapped: false, _):
            guard case .date(let read) = fieldReader(entity, name) else { return nil }
            let index = entityIndex(base)
            return { frame in index(&frame).flatMap(read) }
        case .computed(let base, let ref, mapped: false, _):
            let read = computed(base, ref)
            return { frame in read(&frame)?.date }
        case .coalesce(let l, let r) where l.type == .date && r.type == .date:
            let (first, fallback) = (date(l), date(r))
            return { frame in first(&frame) ?? fallback(&frame) }
        case .builtin(let id, let args) where id == .min || id == .max:
            // Dates as day numbers: the order is the same, and one loop serves both types.
            guard let each = mappedOrdinals(args[0], { $0.date.map { Double($0.dayNumber) } }) else { return nil }
            let best = Compiler.extreme(each, max: id == .max)
            return { frame in best(&frame).map { CalendarDate(dayNumber: Int32($0)) } }
        default:
            return nil
        }
    }

    // MARK: Lists

    /// `xs where c` over entities, testing `c` in its typed form.
    private func nativeFilter(_ expr: TExpr) -> Eval? {
        guard case .filter(let list, let slot, let condition) = expr.kind else { return nil }
        let items = compile(list)
        let test = bool(condition)
        return { frame in
            let value = items(&frame)
            guard case .entities(let type, let entities) = value else {
                guard case .list(let elements) = value else { return .missing }
                var kept: [Value] = []
                for element in elements {
                    frame.slots[slot] = element
                    if test(&frame) == true { kept.append(element) }
                }
                return .list(kept)
            }
            var kept: [Int32] = []
            entities.forEach { index in
                frame.slots[slot] = .entity(type, index)
                if test(&frame) == true { kept.append(index) }
                return true
            }
            return .entities(type, EntityList(kept))
        }
    }

    /// How many elements of the entity list `list` satisfy `condition` (bound to `slot`),
    /// stopping at the first when only existence matters.
    private func countWhere(_ list: TExpr, _ slot: Int, _ condition: TExpr, stopAtFirst: Bool) -> @Sendable (inout Frame) -> Int {
        let items = compile(list)
        let test = bool(condition)
        return { frame in
            var matches = 0
            switch items(&frame) {
            case .entities(let type, let entities):
                entities.forEach { index in
                    frame.slots[slot] = .entity(type, index)
                    guard test(&frame) == true else { return true }
                    matches += 1
                    return !stopAtFirst
                }
            case .list(let elements):
                for element in elements {
                    frame.slots[slot] = element
                    guard test(&frame) == true else { continue }
                    matches += 1
                    if stopAtFirst { break }
                }
            default: break
            }
            return matches
        }
    }

    /// A visitor of each present value of a mapped field (`revenue.amount`,
    /// `keys.meetings_recently`, `(activities where …).date`) as a number, in order, without
    /// building the list; nil for other lists.
    private func mappedOrdinals(_ expr: TExpr, _ ordinal: @escaping @Sendable (Value) -> Double?)
        -> (@Sendable (inout Frame, (Double) -> Void) -> Void)? {
        guard let (base, read) = mappedReader(expr) else { return nil }
        return { frame, visit in
            let memo = frame.memo
            Compiler.forEachEntity(base(&frame)) { index in
                if let value = ordinal(read(index, memo)) { visit(value) }
            }
        }
    }

    /// The least or greatest of what `each` visits (the first of equals); nil when none.
    private static func extreme(_ each: @escaping @Sendable (inout Frame, (Double) -> Void) -> Void, max wantMax: Bool) -> NumberEval {
        { frame in
            var best: Double?
            each(&frame) { value in
                guard let current = best else { best = value; return }
                if wantMax ? value > current : value < current { best = value }
            }
            return best
        }
    }

    /// The list and the per-entity reader of a mapped built-in or computed field.
    private func mappedReader(_ expr: TExpr) -> (Eval, Reader)? {
        switch expr.kind {
        case .field(let base, let entity, let name, mapped: true, flatten: false):
            guard let read = fieldAccessor(entity, name) else { return nil }
            return (compile(base), { index, _ in read(index) })
        case .computed(let base, let ref, mapped: true, flatten: false):
            ensureDefinition(ref.index)
            return (compile(base), computedAccessor(ref.index))
        default:
            return nil
        }
    }

    /// Each entity of a list value, in order (entity lists and lists of links alike).
    private static func forEachEntity(_ items: Value, _ body: (Int32) -> Void) {
        switch items {
        case .entities(_, let list): list.forEach { body($0); return true }
        case .list(let elements): for case .entity(_, let index) in elements { body(index) }
        default: break
        }
    }

    /// A computed field of one entity (memoised per thread).
    private func computed(_ base: TExpr, _ ref: DefinitionRef) -> @Sendable (inout Frame) -> Value? {
        ensureDefinition(ref.index)
        let index = entityIndex(base)
        let read = computedAccessor(ref.index)
        return { frame in index(&frame).map { read($0, frame.memo) } }
    }
}

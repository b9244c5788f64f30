import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Compiles checked expressions into closures over frame slots, once per run.
///
/// Expressions that do not depend on the subject (`percentile(accounts.lifetime, 90%)`) are
/// evaluated here, once, and become constants.
package final class Compiler {
    package let runtime: Runtime
    package let checked: CheckedRuleSet
    /// Computed-field values found while evaluating constants; each evaluating thread starts
    /// from a copy.
    package let memo: Memo
    private var compiling: Set<Int> = []
    /// The `let`s of the rule being compiled, by slot: reads of these slots evaluate on demand.
    package var lazyLets: [Int: StoredEval] = [:]
    /// Where folded constants come from or go to when a portfolio is read in pieces.
    package let constants: Constants
    /// Compiles numbers, truth values, dates and filters into typed closures
    /// (``typedEval(_:)``); off only to compare against the general path in tests.
    package let typed: Bool
    /// Folding may use both cores (``warmComputedFields(for:)``): only for a compiler whose
    /// run owns them (not one per part of a streamed lint, whose parts already share them).
    package let parallel: Bool
    /// Values already folded, by expression: the typed paths may ask for one more than once.
    private var foldedValues: [ObjectIdentifier: Value] = [:]
    /// Invariant expressions whose evaluation failed (not folded, not tried again).
    private var unfoldable: Set<ObjectIdentifier> = []

    /// What happens to expressions that do not depend on the subject.
    package enum Constants {
        /// Evaluated over this compiler's portfolio.
        case evaluate
        /// Evaluated here and kept (by canonical form) for compilers over parts of the portfolio.
        case record(ConstantTable)
        /// Taken from a table recorded over the whole portfolio: this compiler sees only a part.
        case replay(ConstantTable)
    }

    /// `memo` carries computed-field values from an earlier compilation of the same rules over
    /// the same portfolio, date and params (the REPL's queries).
    package init(runtime: Runtime, checked: CheckedRuleSet, memo: Memo? = nil, constants: Constants = .evaluate, typed: Bool = true,
         parallel: Bool = false) {
        self.typed = typed
        self.parallel = parallel
        self.runtime = runtime
        self.checked = checked
        self.memo = memo ?? Memo(definitions: checked.definitions.count)
        self.constants = constants
    }

    /// Compiles `expr`, folding it to a constant when it does not depend on any local.
    package func compile(_ expr: TExpr) -> Eval {
        if let value = folded(expr) { return { _ in value } }
        if typed, let eval = typedEval(expr) { return eval }
        return compileTree(expr)
    }

    /// The value of `expr` computed now, once, when it does not depend on any local (nil for
    /// literals and for everything that does).
    package func folded(_ expr: TExpr) -> Value? {
        guard expr.isInvariant && !isLiteral(expr) else { return nil }
        if let value = foldedValues[ObjectIdentifier(expr)] { return value }
        if unfoldable.contains(ObjectIdentifier(expr)) { return nil }
        if case .replay(let table) = constants, let value = table.value(for: expr) { return value }
        warmComputedFields(for: expr)
        let eval = typed ? (typedEval(expr) ?? compileTree(expr)) : compileTree(expr)
        var frame = Frame(size: Compiler.slotsNeeded(expr), memo: memo)
        let outer = memo.takeFault()
        let value = eval(&frame)
        // A value that fails is not folded: each subject evaluating it reports the failure.
        let failed = memo.takeFault() != nil
        if let outer { memo.raise(outer) }
        if failed {
            unfoldable.insert(ObjectIdentifier(expr))
            return nil
        }
        if case .record(let table) = constants { table.record(expr, value) }
        foldedValues[ObjectIdentifier(expr)] = value
        return value
    }

    /// One more than the highest slot `expr` binds or reads.
    package static func slotsNeeded(_ expr: TExpr) -> Int {
        var highest = 0
        var stack = [expr]
        while let node = stack.popLast() {
            switch node.kind {
            case .local(let slot), .filter(_, let slot, _), .sort(_, let slot, _, _), .quantified(_, let slot, _, _):
                highest = max(highest, slot + 1)
            default: break
            }
            stack.append(contentsOf: node.kind.children)
        }
        return highest
    }

    private func isLiteral(_ expr: TExpr) -> Bool {
        if case .literal = expr.kind { return true }
        return false
    }

    /// A read of frame slot `slot` (lazy when it holds a `let`).
    package func compileLocal(_ slot: Int) -> Eval {
        compileTree(TExpr(.local(slot), .error, Span(file: FileID(0), start: 0, end: 0), freeSlots: TExpr.bit(slot)))
    }

    /// Makes sure definition `index` is compiled (definitions cannot be recursive).
    package func ensureDefinition(_ index: Int) {
        guard runtime.definitions.body(index) == nil, !compiling.contains(index) else { return }
        compiling.insert(index)
        // A definition has its own frame: the rule's lazy `let` slots mean nothing there.
        let savedLets = lazyLets
        lazyLets = [:]
        let definition = checked.definitions[index]
        runtime.definitions.set(index, body: compile(definition.body), frameSize: definition.frameSize)
        lazyLets = savedLets
        compiling.remove(index)
    }

    package func compileTree(_ expr: TExpr) -> Eval {
        switch expr.kind {
        case .literal(let literal):
            let value: Value = switch literal {
            case .number(let n): .number(n)
            case .text(let t): .text(t)
            case .boolean(let b): .bool(b)
            case .date(let d): .date(d)
            case .duration(let d): .duration(d)
            case .period(let p): .period(p)
            }
            return { _ in value }
        case .list(let items):
            let compiled = items.map { StoredEval(compile($0)) }
            return { frame in .list(compiled.map { $0.eval(&frame) }) }
        case .local(let slot):
            if let eval = lazyLets[slot]?.eval, slot < 64 {
                let bit: UInt64 = 1 << UInt64(slot)
                return { frame in
                    if frame.ready & bit == 0 {
                        frame.slots[slot] = eval(&frame)
                        frame.ready |= bit
                    }
                    return frame.slots[slot]
                }
            }
            return { frame in frame.slots[slot] }
        case .param(let name):
            let value = runtime.params[name] ?? .missing
            return { _ in value }
        case .collection(let entity):
            let count = runtime.portfolio.count(of: entity)
            if entity == .team { return { _ in .entity(.team, 0) } }
            let all = Value.entities(entity, EntityList(range: 0..<count))
            return { _ in all }
        case .today:
            let today = Value.date(runtime.today)
            return { _ in today }
        case .thisQuarter:
            let quarter = Value.period(runtime.thisQuarter)
            return { _ in quarter }
        case .lastQuarter:
            guard let last = runtime.thisQuarter.advanced(by: -1) else {
                let span = expr.span
                return { frame in frame.fail("there is no quarter before 0001-Q1", at: span) }
            }
            let quarter = Value.period(last)
            return { _ in quarter }
        case .field(let base, let entity, let name, let mapped, let flatten):
            guard let read = fieldAccessor(entity, name) else {
                let span = expr.span
                return { frame in frame.fail("Rapport cannot read `\(entity.rawValue).\(name)` (an internal error)", at: span) }
            }
            return member(compile(base), { index, _ in read(index) }, mapped: mapped, flatten: flatten)
        case .custom(let base, let name, let type, let mapped):
            let read = customAccessor(name, type)
            return member(compile(base), { index, _ in read(index) }, mapped: mapped, flatten: false)
        case .computed(let base, let ref, let mapped, let flatten):
            ensureDefinition(ref.index)
            return member(compile(base), computedAccessor(ref.index), mapped: mapped, flatten: flatten)
        case .builtin(let id, let args):
            if [.count, .exists, .empty].contains(id), case .filter(let list, let slot, let condition) = args[0].kind {
                return fusedFilter(id, compile(list), slot, compile(condition))
            }
            return builtin(id, args.map { StoredEval(compile($0)) }, args.map(\.type), at: expr.span)
        case .function(let ref, let args):
            ensureDefinition(ref.index)
            let compiled = args.map { StoredEval(compile($0)) }
            let definitions = runtime.definitions
            let index = ref.index
            return { frame in
                var inner = Frame(size: definitions.frameSize(index), memo: frame.memo)
                for (slot, arg) in compiled.enumerated() { inner.slots[slot] = arg.eval(&frame) }
                return definitions.body(index)!(&inner)
            }
        case .negate(let inner):
            let operand = compile(inner)
            return { frame in
                switch operand(&frame) {
                case .number(let n): .number(-n)
                case .duration(let d): .duration(Duration(months: -d.months, days: -d.days))
                default: .missing
                }
            }
        case .not(let inner):
            let operand = compile(inner)
            return { frame in
                if case .bool(let b) = operand(&frame) { return .bool(!b) }
                return .missing
            }
        case .arithmetic(let op, let l, let r):
            return arithmetic(op, compile(l), compile(r), at: expr.span)
        case .compare(let op, let l, let r):
            return comparison(op, compile(l), compile(r))
        case .membership(let negated, let l, let r):
            let needle = compile(l)
            let haystack = compile(r)
            let today = runtime.today
            return { frame in
                let value = needle(&frame)
                guard !value.isMissing, let items = haystack(&frame).elements else { return .bool(false) }
                let found = items.contains { Compiler.equal(value, $0, today: today) }
                return .bool(negated ? !found : found)
            }
        case .coalesce(let l, let r):
            let first = compile(l)
            let fallback = compile(r)
            return { frame in
                let value = first(&frame)
                return value.isMissing ? fallback(&frame) : value
            }
        case .logical(let op, let items):
            return logical(op, items.map { StoredEval(compile($0)) })
        case .isMissing(let inner, let present):
            let operand = compile(inner)
            return { frame in .bool(operand(&frame).isMissing != present) }
        case .within(let d, let future, let amount):
            let date = compile(d)
            let span = compile(amount)
            let today = runtime.today
            return { frame in
                guard case .date(let value) = date(&frame), case .duration(let duration) = span(&frame) else { return .bool(false) }
                // Day numbers, unchecked: a window reaching past 9999 holds every later date.
                let day = Int(value.dayNumber), now = Int(today.dayNumber)
                return .bool(future ? (now <= day && day <= today.shiftedDayNumber(duration))
                                    : (today.shiftedDayNumber(Duration(months: -duration.months, days: -duration.days)) <= day
                                       && day <= now))
            }
        case .filter(let list, let slot, let condition):
            let items = compile(list)
            let test = compile(condition)
            return { frame in
                switch items(&frame) {
                case .entities(let type, let list):
                    var kept: [Int32] = []
                    list.forEach { index in
                        frame.slots[slot] = .entity(type, index)
                        if test(&frame).isTrue { kept.append(index) }
                        return true
                    }
                    return .entities(type, EntityList(kept))
                case .list(let elements):
                    var kept: [Value] = []
                    for element in elements {
                        frame.slots[slot] = element
                        if test(&frame).isTrue { kept.append(element) }
                    }
                    return .list(kept)
                default:
                    return .missing
                }
            }
        case .sort(let list, let slot, let key, let descending):
            let items = compile(list)
            let keyOf = compile(key)
            let today = runtime.today
            return { frame in
                guard let elements = items(&frame).elements else { return .missing }
                var keyed: [(Value, Int, Value)] = []
                for (position, element) in elements.enumerated() {
                    frame.slots[slot] = element
                    keyed.append((keyOf(&frame), position, element))
                }
                keyed.sort { a, b in
                    // Missing keys go last; equal keys keep their order (stable).
                    switch (a.0.isMissing, b.0.isMissing) {
                    case (true, false): return false
                    case (false, true): return true
                    case (true, true): return a.1 < b.1
                    default:
                        let order = Compiler.order(a.0, b.0, today: today) ?? 0
                        if order == 0 { return a.1 < b.1 }
                        return descending ? order > 0 : order < 0
                    }
                }
                return .list(keyed.map(\.2))
            }
        case .quantified(let quantifier, let slot, let list, let body):
            let items = compile(list)
            let test = compile(body)
            return { frame in
                // Stops at the first element that decides the answer.
                var decided: Bool?
                func visit(_ element: Value, _ frame: inout Frame) -> Bool {
                    frame.slots[slot] = element
                    decided = quantifier.verdict(holds: test(&frame).isTrue)
                    return decided == nil
                }
                switch items(&frame) {
                case .entities(let type, let list): list.forEach { visit(.entity(type, $0), &frame) }
                case .list(let elements): for element in elements where !visit(element, &frame) { break }
                default: return .bool(quantifier != .any)
                }
                return .bool(decided ?? (quantifier != .any))
            }
        case .conditional(let c, let t, let e):
            let condition = compile(c)
            let then = compile(t)
            let otherwise = compile(e)
            return { frame in condition(&frame).isTrue ? then(&frame) : otherwise(&frame) }
        case .template(let template):
            let render = compileTemplate(template)
            return { frame in .text(render(&frame)) }
        }
    }

    /// Field access on one entity, or mapped over a list (flattening list-valued fields).
    private func member(_ base: @escaping Eval, _ read: @escaping Reader, mapped: Bool, flatten: Bool) -> Eval {
        if !mapped {
            return { frame in
                guard case .entity(_, let index) = base(&frame) else { return .missing }
                return read(index, frame.memo)
            }
        }
        return { frame in
            let memo = frame.memo
            var out: [Value] = []
            var flattenedType: EntityType?
            var flattenedIndices: [Int32] = []
            func add(_ index: Int32) {
                let value = read(index, memo)
                guard flatten else { return out.append(value) }
                switch value {
                case .entities(let type, let inner):
                    flattenedType = type
                    flattenedIndices += inner.indices
                case .list(let inner): out.append(contentsOf: inner)
                default: out.append(value)
                }
            }
            switch base(&frame) {
            case .entities(_, let list):
                out.reserveCapacity(list.count)
                list.forEach { add($0); return true }
            case .list(let elements):
                for case .entity(_, let index) in elements { add(index) }
            default:
                return .missing
            }
            if let flattenedType, out.isEmpty { return .entities(flattenedType, EntityList(flattenedIndices)) }
            return .list(out)
        }
    }

    /// `count(xs where c)`, `exists(…)`, `empty(…)` without building the filtered list.
    private func fusedFilter(_ id: Builtin, _ items: @escaping Eval, _ slot: Int, _ test: @escaping Eval) -> Eval {
        let stopAtFirst = id != .count
        let wantEmpty = id == .empty
        return { frame in
            var matches = 0
            func visit(_ element: Value, _ frame: inout Frame) -> Bool {
                frame.slots[slot] = element
                guard test(&frame).isTrue else { return true }
                matches += 1
                return !stopAtFirst
            }
            switch items(&frame) {
            case .entities(let type, let list): list.forEach { visit(.entity(type, $0), &frame) }
            case .list(let elements): for element in elements where !visit(element, &frame) { break }
            default: return id == .count ? .number(0) : .bool(wantEmpty)
            }
            switch id {
            case .count: return .number(Double(matches))
            case .exists: return .bool(matches > 0)
            default: return .bool(matches == 0)
            }
        }
    }

    /// Reads a field of entity `index`, with the evaluating thread's memo at hand.
    package typealias Reader = @Sendable (Int32, Memo) -> Value

    /// A computed field, evaluated at most once per entity and thread.
    package func computedAccessor(_ index: Int) -> Reader {
        let definitions = runtime.definitions
        let entity = checked.definitions[index].entity ?? .account
        let size = runtime.portfolio.count(of: entity)
        let frameSize = definitions.frameSize(index)
        // Compiled before this accessor (definitions are not recursive); read once here.
        let compiledBody = definitions.body(index)
        return { entityIndex, memo in
            if let cached = memo.get(index, Int(entityIndex)) { return cached }
            var frame = Frame(slots: memo.takeSlots(index, size: frameSize), memo: memo)
            frame.slots[0] = .entity(entity, entityIndex)
            let outer = memo.takeFault()
            let value = (compiledBody ?? definitions.body(index)!)(&frame)
            memo.returnSlots(index, frame.slots)
            // A value that failed is not kept: every subject that reads it fails the same way.
            if let fault = memo.takeFault() {
                memo.raise(outer ?? fault)
                return value
            }
            if let outer { memo.raise(outer) }
            memo.set(index, Int(entityIndex), value, size: size)
            return value
        }
    }
}

extension Quantifier {
    /// The answer an element that does (or does not) hold decides, or nil to look further:
    /// `any` is decided by the first that holds, `all` and `no` by the first that breaks them.
    package func verdict(holds: Bool) -> Bool? {
        switch self {
        case .any: holds ? true : nil
        case .all: holds ? nil : false
        case .no: holds ? false : nil
        }
    }
}

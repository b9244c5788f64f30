import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Why a rule fired or not for one subject: each part of its condition with its value.
/// Serves `rapport explain` (and the REPL's `:why`).
public struct Explanation: Sendable {
    /// One line: a part of the condition, how deep it is nested, its value, and what decided it.
    public struct Step: Sendable {
        public let depth: Int
        public let source: String
        public let value: String
        public let detail: String?
    }

    public let rule: String
    public let location: String
    public let subject: Finding.Subject
    public let fired: Bool
    public let lets: [(name: String, value: String)]
    public let steps: [Step]
    /// The advice, when the rule fired.
    public let advice: String?
    /// Why the rule could not be evaluated for the subject, when it failed.
    public var error: EvaluationError?

    /// The explanation as text for people.
    public func render() -> String {
        var out = "\(rule) (\(location)) on \(subject.type.rawValue) \(subject.id) \(subject.name): \(fired ? "fires" : error == nil ? "does not fire" : "could not be evaluated")\n"
        for (name, value) in lets { out += "  let \(name) = \(value)\n" }
        for step in steps {
            out += String(repeating: "  ", count: step.depth + 1) + "\(step.source) → \(step.value)"
            out += step.detail.map { "  (\($0))" } ?? ""
            out += "\n"
        }
        if let advice { out += "  advice: \(advice)\n" }
        if let error { out += "  error: \(error.location.file):\(error.location.line):\(error.location.column): \(error.reason)\n" }
        return out
    }
}

/// Builds ``Explanation``s by evaluating each part of a rule's condition for one subject.
public enum Explainer {
    /// Why rule `ruleID` did or did not fire for the subject `subject` (its id, or its id or
    /// name in any case); nil with a diagnostic when the rule or the subject does not exist.
    public static func explain(rule ruleID: String, subject: String, rules: CheckResult, portfolio: Portfolio,
                               options: LintOptions = LintOptions(), what: String = "the portfolio") -> (Explanation?, Diagnostic?) {
        let (found, unknownRule) = Lookup.rule(ruleID, in: rules.checked)
        guard let rule = found else { return (nil, unknownRule) }
        let (subjectFound, unknownSubject) = Lookup.subject(subject, of: rule, in: portfolio, what: what)
        guard let index = subjectFound.map({ Int($0.index) }) else { return (nil, unknownSubject) }
        let runtime = Runtime(portfolio: portfolio, today: options.asOf ?? portfolio.asOf,
                              params: LintEngine.parameterValues(rules.checked, options: options),
                              definitionCount: rules.checked.definitions.count)
        defer { runtime.definitions.release() }
        let compiler = Compiler(runtime: runtime, checked: rules.checked)
        let compiled = CompiledRule(rule: rule, compiler: compiler, sources: rules.sources)
        let formatter = ValueFormatter(portfolio: portfolio)
        let memo = Memo(copying: compiler.memo)
        let outcome = compiled.evaluateOne(Int32(index), memo: memo, formatter: formatter)

        // Compile each part of the condition against the same lazy lets, then evaluate it.
        for item in rule.lets { compiler.lazyLets[item.slot] = StoredEval(compiler.compile(item.value)) }
        var frame = Frame(size: rule.frameSize, memo: memo)
        frame.slots[0] = .entity(rule.subjectType, Int32(index))
        var steps: [Explanation.Step] = []
        if let condition = rule.condition {
            walk(condition, depth: 0, into: &steps, frame: &frame, compiler: compiler, sources: rules.sources, formatter: formatter)
        } else {
            steps.append(.init(depth: 0, source: "(no when clause)", value: "true", detail: "the rule fires for every \(rule.subjectType.rawValue)"))
        }
        compiler.lazyLets = [:]
        let subject = Finding.Subject(type: rule.subjectType, id: formatter.id(of: rule.subjectType, Int32(index)),
                                      name: formatter.name(of: rule.subjectType, Int32(index)), index: Int32(index))
        let location = compiled.location
        var explanation = Explanation(rule: rule.id, location: "\(location.file):\(location.line)", subject: subject,
                                      fired: outcome.fired, lets: outcome.lets.map { ($0.0, show($0.1, formatter)) }, steps: steps,
                                      advice: outcome.finding?.message)
        explanation.error = outcome.error
        return (explanation, nil)
    }

    package static func subjectIndex(_ type: EntityType, _ id: String, _ portfolio: Portfolio) -> Int? {
        switch type {
        case .team: return 0
        case .account: return portfolio.index(of: .account, id: id)
        case .rep: return portfolio.index(of: .rep, id: id) ?? portfolio.reps.firstIndex { portfolio.text.equals($0.name, id) }
        case .lead: return portfolio.index(of: .lead, id: id)
        case .opportunity: return portfolio.index(of: .opportunity, id: id)
        case .contact: return portfolio.index(of: .contact, id: id)
        case .activity: return portfolio.index(of: .activity, id: id)
        default: return nil
        }
    }

    package static func isAggregate(_ expr: TExpr) -> Bool {
        guard case .builtin(let id, let args) = expr.kind, !args.isEmpty, args[0].type.isList else { return false }
        // Every builtin that reads a list folds it to one value, but `take`.
        return id != .take && Builtins.function(id).parameters.first?.kind.isList == true
    }

    package static func show(_ value: Value, _ formatter: ValueFormatter) -> String {
        switch value {
        case .bool(let b): b ? "true" : "false"
        case .missing: "missing"
        default: formatter.summary(value)
        }
    }

    package static func text(_ expr: TExpr, _ sources: SourceMap) -> String {
        guard expr.span.file.index < sources.files.count else { return "…" }
        return sources[expr.span.file].text(of: expr.span).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Adds a step for `expr`, then for the parts that decide it.
    package static func walk(_ expr: TExpr, depth: Int, into steps: inout [Explanation.Step], frame: inout Frame,
                     compiler: Compiler, sources: SourceMap, formatter: ValueFormatter) {
        let value = compiler.compile(expr)(&frame)
        var detail: String?
        var children: [TExpr] = []
        switch expr.kind {
        case .logical(_, let parts): children = parts
        case .not(let inner): children = [inner]
        case .conditional(let c, _, _): children = [c]
        case .compare(_, let l, let r), .within(let l, _, let r):
            detail = "\(show(compiler.compile(l)(&frame), formatter)) vs \(show(compiler.compile(r)(&frame), formatter))"
            children = [l, r].filter(Explainer.isAggregate)
        case .membership(_, let l, let r):
            detail = "\(show(compiler.compile(l)(&frame), formatter)) in \(show(compiler.compile(r)(&frame), formatter))"
        case .isMissing(let inner, _):
            detail = "value: \(show(compiler.compile(inner)(&frame), formatter))"
        case .quantified(let quantifier, let slot, let list, let body):
            let test = compiler.compile(body)
            let elements = compiler.compile(list)(&frame).elements ?? []
            let wanted = quantifier == .all ? false : true
            if let decider = elements.first(where: { element in
                frame.slots[slot] = element
                return test(&frame).isTrue == wanted
            }) {
                detail = "\(quantifier == .all ? "fails for" : "holds for") \(show(decider, formatter))"
            } else {
                detail = "\(elements.count) element\(elements.count == 1 ? "" : "s") checked, none \(quantifier == .all ? "fails" : "holds")"
            }
        case .builtin(_, let args) where Explainer.isAggregate(expr):
            // The elements the aggregate saw.
            let elements = compiler.compile(args[0])(&frame).elements ?? []
            detail = elements.isEmpty ? "over no elements" : "over \(formatter.summary(.list(elements)))"
        default: break
        }
        // A part that failed says so rather than showing `missing`.
        let shown = frame.memo.takeFault().map { "cannot be computed: \($0.reason)" } ?? show(value, formatter)
        steps.append(.init(depth: depth, source: text(expr, sources), value: shown, detail: detail))
        for child in children {
            walk(child, depth: depth + 1, into: &steps, frame: &frame, compiler: compiler, sources: sources, formatter: formatter)
        }
    }
}

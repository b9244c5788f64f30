import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// A rule compiled for one run: closures for its `let`s, condition and templates.
package struct CompiledRule: Sendable {
    /// A `let`: its name and a reader of its slot (evaluated when first read).
    package struct Let: Sendable {
        package let name: String
        package let slot: Int
        package let eval: Eval
    }

    package let rule: CheckedRule
    package let lets: [Let]
    package let condition: Eval?
    package let title: (@Sendable (inout Frame) -> String)?
    package let advice: @Sendable (inout Frame) -> String
    package let rationale: (@Sendable (inout Frame) -> String)?
    package let coached: Eval?
    package let priority: Eval?
    package let location: Finding.Location
    /// What the rule's findings share.
    package let origin: Finding.Origin
    package let portfolio: Portfolio
    /// Each rep as findings show it, built once per run.
    package let reps: [Finding.Rep]
    /// The rule files, to locate an expression that fails.
    package let sources: SourceMap

    package init(rule: CheckedRule, compiler: Compiler, sources: SourceMap) {
        self.rule = rule
        // Each `let` is compiled after the ones before it, which it may read; reads go through
        // `lazyLets`, so a value is computed only if the rule needs it for this subject.
        compiler.lazyLets = [:]
        var readers: [Let] = []
        for item in rule.lets {
            compiler.lazyLets[item.slot] = StoredEval(compiler.compile(item.value))
            readers.append(Let(name: item.name, slot: item.slot, eval: compiler.compileLocal(item.slot)))
        }
        lets = readers
        condition = rule.condition.map(compiler.compile)
        title = rule.title.map(compiler.compileTemplate)
        advice = compiler.compileTemplate(rule.advice)
        rationale = rule.rationale.map(compiler.compileTemplate)
        coached = rule.coached.map(compiler.compile)
        priority = rule.priority.map(compiler.compile)
        portfolio = compiler.runtime.portfolio
        reps = compiler.runtime.findingReps
        compiler.lazyLets = [:]
        location = Finding.Location(of: rule, in: sources)
        self.sources = sources
        origin = Finding.Origin(of: rule, at: location)
    }

    /// Findings for the subjects `range` (indices into the portfolio's array of the subject type).
    /// A subject whose evaluation fails gives no finding: its error goes to `memo.errors`.
    package func evaluate(_ range: Range<Int>, memo: Memo, formatter: ValueFormatter, onlyRep: Int32? = nil) -> [Finding] {
        var findings: [Finding] = []
        var frame = Frame(size: rule.frameSize, memo: memo)
        let type = rule.subjectType
        let condition = self.condition
        for index in range {
            if index & 1023 == 1023 && Cancellation.isRequested { break }
            frame.slots[0] = .entity(type, Int32(index))
            frame.ready = 0
            if let onlyRep {
                let rep = coachedRep(Int32(index), frame: &frame)
                if memo.fault != nil {
                    memo.errors.append(error(for: Int32(index), memo: memo, formatter: formatter))
                    continue
                }
                if rep != onlyRep { continue }
            }
            if let condition, !condition(&frame).isTrue {
                if memo.fault != nil { memo.errors.append(error(for: Int32(index), memo: memo, formatter: formatter)) }
                continue
            }
            let found = finding(for: Int32(index), frame: &frame, formatter: formatter)
            if memo.fault != nil {
                memo.errors.append(error(for: Int32(index), memo: memo, formatter: formatter))
            } else {
                findings.append(found)
            }
        }
        return findings
    }

    /// Evaluates the rule for one subject: nil when it does not fire; `error` when it failed.
    package func evaluateOne(_ index: Int32, memo: Memo, formatter: ValueFormatter)
        -> (fired: Bool, lets: [(String, Value)], finding: Finding?, error: EvaluationError?) {
        var frame = Frame(size: rule.frameSize, memo: memo)
        frame.slots[0] = .entity(rule.subjectType, index)
        let values = lets.map { ($0.name, $0.eval(&frame)) }
        if let condition, !condition(&frame).isTrue {
            return (false, values, nil, memo.fault == nil ? nil : error(for: index, memo: memo, formatter: formatter))
        }
        let found = finding(for: index, frame: &frame, formatter: formatter)
        if memo.fault != nil { return (false, values, nil, error(for: index, memo: memo, formatter: formatter)) }
        return (true, values, found, nil)
    }

    /// The error of the subject `index`, whose fault is taken from `memo`.
    private func error(for index: Int32, memo: Memo, formatter: ValueFormatter) -> EvaluationError {
        let fault = memo.takeFault()!
        let type = rule.subjectType
        let location: Finding.Location
        if fault.span.file.index < sources.files.count {
            let position = sources.location(of: fault.span)
            location = Finding.Location(file: sources[fault.span.file].path, line: position.line, column: position.column)
        } else {
            location = self.location
        }
        return EvaluationError(rule: rule.id, severity: rule.severity,
                               subject: Finding.Subject(type: type, id: formatter.id(of: type, index),
                                                        name: formatter.name(of: type, index), index: index),
                               rep: CompiledRule.defaultRep(type, index, portfolio).map { reps[Int($0)] },
                               location: location, reason: fault.reason)
    }

    /// The subjects whose findings coach rep `rep`, in order, when the rule coaches the default
    /// rep (found from the portfolio's grouping by rep, without evaluating anything); nil when
    /// the rule names whom it coaches, so every subject must be asked.
    package func subjects(coaching rep: Int32) -> [Int]? {
        guard coached == nil else { return nil }
        let p = portfolio
        let r = Int(rep)
        guard p.reps.indices.contains(r) else { return [] }
        func run(_ group: (items: [Int32], range: Range<Int>)) -> [Int] { group.items[group.range].map(Int.init).sorted() }
        switch rule.subjectType {
        case .account: return run(p.byRep.accountRun(of: r))
        case .lead: return run(p.byRep.leadRun(of: r))
        case .opportunity: return run(p.byRep.opportunityRun(of: r))
        case .activity: return run(p.byRep.activityRun(of: r))
        case .contact: return run(p.byRep.accountRun(of: r)).flatMap { Array(p.accounts[$0].contacts.range) }.sorted()
        case .rep: return [r]
        case .team, .growthPlan, .proposal, .revenue, .action: return []
        }
    }

    /// The rep the finding for subject `index` would coach (slot 0 of `frame` holds the subject).
    private func coachedRep(_ index: Int32, frame: inout Frame) -> Int32? {
        if let coached {
            if case .entity(.rep, let rep) = coached(&frame) { return rep }
            return nil
        }
        return CompiledRule.defaultRep(rule.subjectType, index, portfolio)
    }

    private func finding(for index: Int32, frame: inout Frame, formatter: ValueFormatter) -> Finding {
        let type = rule.subjectType
        let coachedRep = self.coachedRep(index, frame: &frame)
        var priorityValue = 0.0
        if let priority, case .number(let n) = priority(&frame) { priorityValue = n }
        return Finding(
            origin: origin, title: title?(&frame) ?? rule.defaultTitle, message: advice(&frame), rationale: rationale?(&frame),
            subject: Finding.Subject(type: type, id: formatter.id(of: type, index), name: formatter.name(of: type, index), index: index),
            rep: coachedRep.map { reps[Int($0)] },
            evidence: lets.map { formatter.summary($0.eval(&frame)) },
            priority: priorityValue)
    }

}

extension Finding.Origin {
    /// What the findings of `rule`, written at `location`, share.
    package convenience init(of rule: CheckedRule, at location: Finding.Location) {
        self.init(rule: rule.id, severity: rule.severity, title: rule.title.flatMap(CompiledRule.constant) ?? rule.defaultTitle,
                  tags: rule.tags, rationale: rule.rationale.flatMap(CompiledRule.constant), location: location,
                  evidenceNames: rule.lets.map(\.name))
    }
}

extension CompiledRule {
    /// The text of a template without holes.
    package static func constant(_ template: TTemplate) -> String? {
        var text = ""
        for part in template.parts {
            guard case .text(let piece) = part else { return nil }
            text += piece
        }
        return text
    }

    /// The rep coached by default: the owner of an account, lead or opportunity (or of a
    /// contact's account), the rep of an activity, the rep itself; none for the team.
    package static func defaultRep(_ type: EntityType, _ index: Int32, _ p: Portfolio) -> Int32? {
        let i = Int(index)
        let rep: Int32? = switch type {
        case .account: p.accounts[i].owner
        case .lead: p.leads[i].owner
        case .opportunity: p.opportunities[i].owner
        case .rep: index
        case .contact: p.accounts[Int(p.contacts[i].account)].owner
        case .activity: p.activities[i].rep
        default: nil
        }
        return rep.flatMap { $0 >= 0 ? $0 : nil }
    }
}

extension ValueFormatter {
    /// A value for evidence lines: long lists are cut to five items and a count.
    public func summary(_ value: Value) -> String {
        if let items = value.elements, items.count > 5 {
            return items.prefix(5).map { format($0) }.joined(separator: ", ") + " and \(items.count - 5) more"
        }
        return format(value)
    }
}

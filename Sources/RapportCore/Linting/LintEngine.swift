import Foundation

/// Runs a checked rule set over a portfolio: rules × subjects → findings, in a deterministic
/// order (rule order, then subject order), using both cores on large portfolios.
public enum LintEngine {
    /// Subjects per thread below which one thread is faster than two (rep rules are few but heavy,
    /// so the bar is low).
    static let parallelThreshold = 256

    /// All findings of `rules` on `portfolio`.
    public static func run(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap,
                           options: LintOptions = LintOptions()) -> [Finding] {
        let runtime = Runtime(portfolio: portfolio, today: options.asOf ?? portfolio.asOf,
                              params: parameterValues(rules, options: options),
                              definitionCount: rules.definitions.count)
        defer { runtime.definitions.release() }
        let compiler = Compiler(runtime: runtime, checked: rules, typed: options.typedEvaluation)
        let compiled = selected(rules, options).map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
        return evaluate(compiled, runtime: runtime, memo: compiler.memo, parallel: options.parallel).flatMap { $0 }
    }

    /// The rules of `rules` a run with `options` evaluates, in order.
    static func selected(_ rules: CheckedRuleSet, _ options: LintOptions) -> [CheckedRule] {
        rules.rules.filter { options.includes($0) && $0.severity >= options.minSeverity }
    }

    /// Each selected rule's evaluation time (seconds, wall clock) and finding count in one run
    /// of the whole selection, in rule order: what the benchmark prints to show where the time
    /// goes. Rules share computed-field values as in ``run(_:on:sources:options:)``, so a rule
    /// that first computes a shared field (`is_key`) carries its cost.
    public static func profile(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap,
                               options: LintOptions = LintOptions()) -> [(rule: String, seconds: Double, findings: Int)] {
        let runtime = Runtime(portfolio: portfolio, today: options.asOf ?? portfolio.asOf,
                              params: parameterValues(rules, options: options),
                              definitionCount: rules.definitions.count)
        defer { runtime.definitions.release() }
        let compiler = Compiler(runtime: runtime, checked: rules)
        var times: [(rule: String, seconds: Double, findings: Int)] = []
        var start = DispatchTime.now().uptimeNanoseconds
        let compiled = selected(rules, options).map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
        times.append(("(compile and constants)", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, 0))
        start = DispatchTime.now().uptimeNanoseconds
        _ = evaluate(compiled, runtime: runtime, memo: compiler.memo, parallel: options.parallel) { rule, findings in
            let end = DispatchTime.now().uptimeNanoseconds
            times.append((rule.rule.id, Double(end - start) / 1e9, findings))
            start = end
        }
        return times
    }

    /// The findings of each of `compiled` over all its subjects, rule by rule; `finished` is told
    /// of each rule as it completes.
    static func evaluate(_ compiled: [CompiledRule], runtime: Runtime, memo: Memo, parallel: Bool,
                         finished: (CompiledRule, Int) -> Void = { _, _ in }) -> [[Finding]] {
        let formatter = ValueFormatter(portfolio: runtime.portfolio)
        // One memo per worker, kept across rules, so a computed field (`is_key`) is evaluated
        // once per entity for the whole run rather than once per rule.
        let memos = ThreadMemos((0..<(parallel ? 2 : 1)).map { _ in Memo(copying: memo) })
        return compiled.map { rule in
            let count = runtime.count(of: rule.rule.subjectType)
            let threads = parallel && count >= 2 * parallelThreshold ? 2 : 1
            let findings: [Finding]
            if threads == 1 {
                findings = rule.evaluate(0..<count, memo: memos.memos[0], formatter: formatter)
            } else {
                let chunks = split(count, into: threads)
                let results = ChunkResults(count: chunks.count)
                DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                    results.set(chunk, rule.evaluate(chunks[chunk], memo: memos.memos[chunk], formatter: formatter))
                }
                findings = results.all
            }
            finished(rule, findings.count)
            return findings
        }
    }

    static func split(_ count: Int, into parts: Int) -> [Range<Int>] {
        let size = (count + parts - 1) / parts
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// The value of each param: from the command line, or its default.
    static func parameterValues(_ rules: CheckedRuleSet, options: LintOptions) -> [String: Value] {
        var values: [String: Value] = [:]
        for param in rules.params {
            if let given = options.params[param.name] {
                values[param.name] = given
            } else if case .literal(let literal) = param.defaultValue.kind {
                values[param.name] = Value(literal)
            } else {
                values[param.name] = ConstantEvaluator.evaluate(param.defaultValue)
            }
        }
        return values
    }
}

/// One memo per worker; each worker touches only its own.
final class ThreadMemos: @unchecked Sendable {
    let memos: [Memo]
    init(_ memos: [Memo]) { self.memos = memos }
}

/// Results written by concurrent workers into their own slots.
final class ChunkResults: @unchecked Sendable {
    private var parts: [[Finding]]
    private let lock = NSLock()

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ index: Int, _ findings: [Finding]) {
        lock.lock()
        parts[index] = findings
        lock.unlock()
    }

    var all: [Finding] { parts.flatMap { $0 } }
}

extension Value {
    init(_ literal: Literal) {
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

/// Evaluates a param's default (a constant expression such as `-5` or `2 * 30 days`).
enum ConstantEvaluator {
    static func evaluate(_ expr: TExpr) -> Value {
        switch expr.kind {
        case .literal(let literal): return Value(literal)
        case .negate(let inner):
            switch evaluate(inner) {
            case .number(let n): return .number(-n)
            case .duration(let d): return .duration(Duration(months: -d.months, days: -d.days))
            default: return .missing
            }
        case .arithmetic(let op, let l, let r):
            switch (op, evaluate(l), evaluate(r)) {
            case (.add, .number(let a), .number(let b)): return .number(a + b)
            case (.subtract, .number(let a), .number(let b)): return .number(a - b)
            case (.multiply, .number(let a), .number(let b)): return .number(a * b)
            case (.divide, .number(let a), .number(let b)): return b == 0 ? .missing : .number(a / b)
            case (.add, .duration(let a), .duration(let b)): return .duration(Duration(months: a.months + b.months, days: a.days + b.days))
            case (.multiply, .duration(let d), .number(let n)), (.multiply, .number(let n), .duration(let d)):
                return .duration(Duration(months: Int(Double(d.months) * n), days: Int(Double(d.days) * n)))
            default: return .missing
            }
        case .list(let items): return .list(items.map(evaluate))
        default: return .missing
        }
    }
}

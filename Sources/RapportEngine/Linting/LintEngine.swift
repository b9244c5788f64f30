import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Runs a checked rule set over a portfolio: rules × subjects → findings, in a deterministic
/// order (rule order, then subject order), using both cores on large portfolios.
public enum LintEngine {
    /// Subjects per thread below which one thread is faster than two (rep rules are few but heavy,
    /// so the bar is low).
    package static let parallelThreshold = 256

    /// All findings of `rules` on `portfolio`, and the subjects whose evaluation failed.
    public static func lint(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap,
                            options: LintOptions = LintOptions()) -> LintOutcome {
        lint(rules, on: portfolio, sources: sources, options: options, memo: nil)
    }

    /// ``lint(_:on:sources:options:)`` reading and keeping computed values (`lifetime`, the
    /// team's percentiles) in `memo`, as the REPL does between questions.
    package static func lint(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap, options: LintOptions,
                             memo: Memo?) -> LintOutcome {
        let (runtime, compiler) = prepare(rules, on: portfolio, options: options, memo: memo)
        defer { runtime.definitions.release() }
        let applicability = applicability(rules, options, coverage: DataCoverage(portfolio))
        let skipped = applicability.ruleIDs
        let compiled = selected(rules, options).filter { !skipped.contains($0.id) }
            .map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
        let (findings, errors) = evaluate(compiled, runtime: runtime, memo: compiler.memo, parallel: options.parallel,
                                          onlyRep: options.onlyRep)
        return LintOutcome(findings: concatenated(findings), errors: errors, applicability: applicability)
    }

    /// Which selected rules can judge a portfolio holding `coverage` (all of them when
    /// `options.judgeWithoutData`).
    package static func applicability(_ rules: CheckedRuleSet, _ options: LintOptions, coverage: DataCoverage) -> Applicability {
        Applicability(selected(rules, options), in: rules,
                      coverage: options.judgeWithoutData ? DataCoverage(present: Set(DataSet.allCases)) : coverage)
    }

    /// The findings of ``lint(_:on:sources:options:)``, for callers that have checked the rules
    /// cannot fail (tests and benchmarks of the shipped pack); a failed subject gives no finding.
    public static func run(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap,
                           options: LintOptions = LintOptions()) -> [Finding] {
        lint(rules, on: portfolio, sources: sources, options: options).findings
    }

    /// The runtime and compiler of a run of `rules` on the whole of `portfolio` (the caller
    /// releases the runtime's definitions when the run is over).
    private static func prepare(_ rules: CheckedRuleSet, on portfolio: Portfolio, options: LintOptions,
                                memo: Memo? = nil) -> (Runtime, Compiler) {
        let runtime = Runtime(portfolio: portfolio, today: options.asOf ?? portfolio.asOf,
                              params: parameterValues(rules, options: options),
                              definitionCount: rules.definitions.count)
        return (runtime, Compiler(runtime: runtime, checked: rules, memo: memo, typed: options.typedEvaluation, parallel: options.parallel))
    }

    /// The arrays one after the other, moving the first rather than copying its findings.
    package static func concatenated(_ parts: consuming [[Finding]]) -> [Finding] {
        guard !parts.isEmpty else { return [] }
        var all = parts.removeFirst()
        all.reserveCapacity(parts.reduce(all.count) { $0 + $1.count })
        for index in parts.indices {
            all.append(contentsOf: parts[index])
            parts[index] = []
        }
        return all
    }

    /// The rules of `rules` a run with `options` evaluates, in order.
    package static func selected(_ rules: CheckedRuleSet, _ options: LintOptions) -> [CheckedRule] {
        rules.rules.filter { options.includes($0) && $0.severity >= options.minSeverity }
    }

    /// Each selected rule's evaluation time (seconds, wall clock) and finding count in one run
    /// of the whole selection, in rule order: what the benchmark prints to show where the time
    /// goes. Rules share computed-field values as in ``run(_:on:sources:options:)``, so a rule
    /// that first computes a shared field (`is_key`) carries its cost.
    public static func profile(_ rules: CheckedRuleSet, on portfolio: Portfolio, sources: SourceMap,
                               options: LintOptions = LintOptions()) -> [(rule: String, seconds: Double, findings: Int)] {
        let (runtime, compiler) = prepare(rules, on: portfolio, options: options)
        defer { runtime.definitions.release() }
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

    /// The findings of each of `compiled` over all its subjects, rule by rule. With `finished`,
    /// rules run one after the other and it is told of each as it completes; without, all rules
    /// are cut into chunks of subjects that both workers take in turn (no wait between rules).
    package static func evaluate(_ compiled: [CompiledRule], runtime: Runtime, memo: Memo, parallel: Bool, onlyRep: Int32? = nil,
                         finished: ((CompiledRule, Int) -> Void)? = nil) -> (findings: [[Finding]], errors: [EvaluationError]) {
        let formatter = ValueFormatter(portfolio: runtime.portfolio)
        let workers = parallel ? 2 : 1
        // One memo per worker, kept across rules, so a computed field (`is_key`) is evaluated
        // once per entity and worker for the whole run rather than once per rule. One rep's
        // agenda runs on one thread in `memo` itself: copying the values of every entity to
        // set those of a few hundred would cost more than the agenda, and what it computes is
        // kept for the next question.
        let memos = ThreadMemos(onlyRep != nil ? [memo] : (0..<workers).map { _ in Memo(copying: memo) })
        let earlierErrors = onlyRep != nil ? memo.errors : []
        if onlyRep != nil { memo.errors = [] }
        defer { if onlyRep != nil { memo.errors = earlierErrors } }
        let findings: [[Finding]]
        if let finished {
            findings = compiled.map { rule in
                let found = run([rule], runtime: runtime, memos: memos, formatter: formatter, onlyRep: onlyRep)[0]
                finished(rule, found.count)
                return found
            }
        } else {
            findings = run(compiled, runtime: runtime, memos: memos, formatter: formatter, onlyRep: onlyRep)
        }
        return (findings, orderedErrors(memos.memos.flatMap(\.errors), compiled))
    }

    /// `errors` in rule order, then subject order (workers meet them in any order).
    package static func orderedErrors(_ errors: [EvaluationError], _ compiled: [CompiledRule]) -> [EvaluationError] {
        guard !errors.isEmpty else { return [] }
        let position = Dictionary(compiled.enumerated().map { ($1.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
        return errors.sorted { (position[$0.rule] ?? 0, $0.subject.index) < (position[$1.rule] ?? 0, $1.subject.index) }
    }

    /// Evaluates `compiled` with one worker per memo. Each rule's subjects are cut into chunks;
    /// each worker takes, in rule order, the chunks of its own half of every rule's subjects (so
    /// a computed field of an entity is mostly computed by one worker), then helps with the
    /// other's remaining chunks.
    private static func run(_ compiled: [CompiledRule], runtime: Runtime, memos: ThreadMemos,
                            formatter: ValueFormatter, onlyRep: Int32?) -> [[Finding]] {
        if let onlyRep {
            // One rep's agenda: the rep's own subjects, a few hundred, on one thread.
            return compiled.map { rule in
                guard let subjects = rule.subjects(coaching: onlyRep) else {
                    return rule.evaluate(0..<runtime.portfolio.count(of: rule.rule.subjectType), memo: memos.memos[0],
                                         formatter: formatter, onlyRep: onlyRep)
                }
                return subjects.flatMap { rule.evaluate($0..<($0 + 1), memo: memos.memos[0], formatter: formatter, onlyRep: onlyRep) }
            }
        }
        let workers = memos.memos.count
        var tasks: [(rule: Int, subjects: Range<Int>)] = []
        var owners: [Int] = []
        for (index, rule) in compiled.enumerated() {
            let count = runtime.portfolio.count(of: rule.rule.subjectType)
            let size = workers == 1 ? max(count, 1) : max(parallelThreshold, count / (workers * 8))
            let chunks = split(count, size: size)
            for (position, chunk) in chunks.enumerated() {
                tasks.append((index, chunk))
                owners.append(position * workers / max(chunks.count, 1))
            }
        }
        let results = ConcurrentSlots<[Finding]>(count: tasks.count, empty: [])
        let queue = TaskQueue(owners: owners, workers: workers)
        let plan = tasks
        let work: @Sendable (Int) -> Void = { worker in
            while let task = queue.next(for: worker) {
                let (rule, subjects) = plan[task]
                results.set(task, compiled[rule].evaluate(subjects, memo: memos.memos[worker], formatter: formatter, onlyRep: onlyRep))
            }
        }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
        var byRule = Array(repeating: [[Finding]](), count: compiled.count)
        for (task, findings) in results.takeAll().enumerated() { byRule[tasks[task].rule].append(findings) }
        return byRule.map { concatenated($0) }
    }

    package static func split(_ count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: max(size, 1)).map { $0..<min(count, $0 + size) }
    }

    package static func split(_ count: Int, into parts: Int) -> [Range<Int>] {
        let size = (count + parts - 1) / parts
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// The value of each param: from the command line, or its default.
    package static func parameterValues(_ rules: CheckedRuleSet, options: LintOptions) -> [String: Value] {
        var values: [String: Value] = [:]
        for param in rules.params {
            if let given = options.params[param.name] {
                values[param.name] = given
            } else if case .literal(let literal) = param.defaultValue.kind {
                values[param.name] = Value(literal)
            } else {
                // The checker refused a default that cannot be computed.
                values[param.name] = (try? ConstantEvaluator.evaluate(param.defaultValue)) ?? .missing
            }
        }
        return values
    }
}

/// One memo per worker; each worker touches only its own.
package final class ThreadMemos: @unchecked Sendable {
    package let memos: [Memo]
    package init(_ memos: [Memo]) { self.memos = memos }
}

/// Hands out task indices: each worker's own tasks first, in order, then the other workers'
/// from their end.
package final class TaskQueue: @unchecked Sendable {
    private var queues: [[Int]]
    private var heads: [Int]
    private let lock = NSLock()

    package init(owners: [Int], workers: Int) {
        var queues = Array(repeating: [Int](), count: workers)
        for (task, owner) in owners.enumerated() { queues[min(owner, workers - 1)].append(task) }
        self.queues = queues
        heads = Array(repeating: 0, count: workers)
    }

    package func next(for worker: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if heads[worker] < queues[worker].count {
            heads[worker] += 1
            return queues[worker][heads[worker] - 1]
        }
        for other in queues.indices where heads[other] < queues[other].count {
            return queues[other].removeLast()
        }
        return nil
    }
}

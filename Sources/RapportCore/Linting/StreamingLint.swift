import Foundation

/// Lints a JSON portfolio without holding it: the file is read in parts of whole accounts,
/// twice, on both cores.
///
/// The first pass checks every part and keeps, in one assembled portfolio, only the texts that
/// the *whole* rules (reps, leads, the team, and anything that looks across accounts) and the
/// subject-independent values (`percentile(accounts.lifetime, 90%)`) read; those run on it. The
/// second pass reads each part again and runs the *per-part* rules on it, with the values of
/// the first pass (see ``PassPlan``). Findings come out in the same order and with the same
/// content as ``LintEngine/run(_:on:sources:options:)`` on the whole file.
public enum StreamingLint {
    /// The outcome of a streamed run.
    public struct Result: Sendable {
        public let findings: [Finding]
        /// The team's name.
        public let team: String
        /// The portfolio's `as_of`.
        public let asOf: CalendarDate
        /// How the rules were split.
        public let plan: PassPlan
        /// Number of parts the file was read in.
        public let parts: Int
    }

    /// Default size of a part: small enough that two parts in flight cost little memory, large
    /// enough that compiling the rules once per part is negligible.
    public static let partBytes = 8 << 20

    /// The findings of `rules` on the JSON portfolio at `path`, or nil when the file must be read
    /// whole instead: it has an error (reading it whole reports every one, located) or its
    /// layout cannot be followed.
    public static func run(path: String, rules: CheckedRuleSet, sources: SourceMap, options: LintOptions = LintOptions(),
                           partBytes: Int = partBytes) -> Result? {
        guard let parts = PortfolioParts(path: path, partBytes: partBytes) else { return nil }
        let selected = LintEngine.selected(rules, options)
        let plan = PassPlan(selected, in: rules)
        let today = options.asOf ?? parts.outline.asOf
        let params = LintEngine.parameterValues(rules, options: options)
        let firstAccounts = parts.layout.accountCounts.reduce(into: [0]) { $0.append($0.last! + $1) }

        // Pass 1: check every part and assemble what the whole rules need.
        guard let assembled = assemble(parts, firstAccounts: firstAccounts, keep: KeptTexts(plan)) else { return nil }
        let runtime = Runtime(portfolio: assembled.portfolio, today: today, params: params, definitionCount: rules.definitions.count)
        let constants = ConstantTable()
        let compiler = Compiler(runtime: runtime, checked: rules, constants: .record(constants))
        let compiled = selected.map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
        let whole = compiled.filter { !plan.perPart.contains($0.rule.id) }
        var wholeFindings = LintEngine.evaluate(whole, runtime: runtime, memo: compiler.memo, parallel: options.parallel)
            .makeIterator()
        let reps = runtime.findingReps
        let team = assembled.portfolio.string(assembled.portfolio.team.name)

        // Pass 2: the per-part rules, part by part.
        let local = selected.filter { plan.perPart.contains($0.id) }
        let results = PartResults(count: parts.count)
        if !local.isEmpty {
            let workers = options.parallel ? min(2, parts.count) : 1
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = results.claim() {
                    guard let (part, _) = parts.read(part: index, firstAccount: firstAccounts[index]) else {
                        results.fail()
                        continue
                    }
                    let partRuntime = Runtime(portfolio: part, today: today, params: params,
                                              definitionCount: rules.definitions.count, findingReps: reps)
                    let partCompiler = Compiler(runtime: partRuntime, checked: rules, constants: .replay(constants))
                    let partRules = local.map { CompiledRule(rule: $0, compiler: partCompiler, sources: sources) }
                    let bases = assembled.bases[index]
                    let found = LintEngine.evaluate(partRules, runtime: partRuntime, memo: partCompiler.memo, parallel: false)
                        .map { findings in findings.map { bases.moving($0) } }
                    results.set(index, found)
                }
            }
            if results.failed { return nil }
        }
        var findings: [Finding] = []
        var localIndex = 0
        for rule in selected {
            if plan.perPart.contains(rule.id) {
                for part in results.all { findings += part[localIndex] }
                localIndex += 1
            } else {
                findings += wholeFindings.next() ?? []
            }
        }
        return Result(findings: findings, team: team, asOf: today, plan: plan, parts: parts.count)
    }

    /// Where a part's entities start in the whole portfolio.
    struct Bases: Sendable {
        var account: Int32 = 0, contact: Int32 = 0, activity: Int32 = 0, opportunity: Int32 = 0

        /// `finding` with its subject numbered as in the whole portfolio.
        func moving(_ finding: Finding) -> Finding {
            var moved = finding
            switch finding.subject.type {
            case .account: moved.subject.index += account
            case .contact: moved.subject.index += contact
            case .activity: moved.subject.index += activity
            case .opportunity: moved.subject.index += opportunity
            default: break
            }
            return moved
        }
    }

    /// Reads every part on both cores and appends them, in file order, to one portfolio. Nil
    /// when a part has an error or an id repeats across parts.
    static func assemble(_ parts: PortfolioParts, firstAccounts: [Int], keep: KeptTexts)
        -> (portfolio: Portfolio, bases: [Bases])? {
        let assembly = Assembly(PortfolioAccumulator(outline: parts.outline, keep: keep), count: parts.count)
        DispatchQueue.concurrentPerform(iterations: min(2, max(1, parts.count))) { _ in
            while let index = assembly.claim() {
                assembly.deliver(index, parts.read(part: index, firstAccount: firstAccounts[index]))
            }
        }
        guard !assembly.failed, !assembly.idsRepeat else { return nil }
        return (assembly.accumulator.finish(), assembly.bases)
    }
}

/// Parts read on several threads, appended in file order as they become ready.
private final class Assembly: @unchecked Sendable {
    private let lock = NSLock()
    var accumulator: PortfolioAccumulator
    private var waiting: [Int: (Portfolio, [[UInt64]])] = [:]
    private var next = 0, claimed = 0
    private let count: Int
    private(set) var failed = false
    private(set) var bases: [StreamingLint.Bases] = []
    private var running = StreamingLint.Bases()
    /// Id hashes of accounts, contacts, activities and opportunities, to find repeats.
    private var idHashes: [[UInt64]] = [[], [], [], []]

    init(_ accumulator: PortfolioAccumulator, count: Int) {
        self.accumulator = accumulator
        self.count = count
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed, claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }

    func deliver(_ index: Int, _ part: (portfolio: Portfolio, idHashes: [[UInt64]])?) {
        lock.lock()
        defer { lock.unlock() }
        guard let part else {
            failed = true
            return
        }
        waiting[index] = part
        while let (portfolio, hashes) = waiting.removeValue(forKey: next) {
            bases.append(running)
            running.account += Int32(portfolio.accounts.count)
            running.contact += Int32(portfolio.contacts.count)
            running.activity += Int32(portfolio.activities.count)
            running.opportunity += Int32(portfolio.opportunities.count)
            accumulator.append(portfolio)
            for kind in hashes.indices { idHashes[kind] += hashes[kind] }
            next += 1
        }
    }

    /// True when two ids of one kind hash alike (a repeat, or very rarely a collision: either
    /// way the whole-file reader decides).
    var idsRepeat: Bool {
        idHashes.contains { hashes in
            let sorted = hashes.sorted()
            return zip(sorted, sorted.dropFirst()).contains { $0 == $1 }
        }
    }
}

/// Findings of each part, written by the workers of the second pass.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[[Finding]]]
    private var next = 0
    private(set) var failed = false

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed, next < parts.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ findings: [[Finding]]) {
        lock.lock()
        parts[index] = findings
        lock.unlock()
    }

    func fail() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    var all: [[[Finding]]] { parts }
}

extension KeptTexts {
    /// The texts `plan`'s whole rules and first-pass values read.
    init(_ plan: PassPlan) {
        func kept(_ entity: EntityType, _ field: String) -> Bool { plan.keptText.contains(PassPlan.FieldKey(entity, field)) }
        self.init(accountID: kept(.account, "id"), accountName: kept(.account, "name"), accountIndustry: kept(.account, "industry"),
                  contactID: kept(.contact, "id"), contactName: kept(.contact, "name"), contactTitle: kept(.contact, "title"),
                  contactDepartment: kept(.contact, "department"), activityID: kept(.activity, "id"),
                  activitySummary: kept(.activity, "summary"), opportunityID: kept(.opportunity, "id"),
                  opportunityName: kept(.opportunity, "name"), objectives: kept(.growthPlan, "objectives"),
                  actionWhat: kept(.action, "what"), customFields: plan.keepsCustomFields)
    }
}

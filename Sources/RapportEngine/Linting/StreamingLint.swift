import Foundation
import Synchronization
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Lints a JSON portfolio without holding it: the file is read in parts of whole accounts, on
/// both cores.
///
/// ``PassPlan`` splits the rules. When a per-part rule uses a value over all accounts
/// (`percentile(accounts.lifetime, 90%)`), a *values pass* first reads each part, passing over
/// the lists those values do not need, and computes them. The *full pass* then reads and checks
/// each part, runs the per-part rules on it with those values, and appends to one assembled
/// portfolio only the texts the *whole* rules (reps, leads, the team, anything that looks across
/// accounts) read; they run on it at the end. Findings come out in the same order and with the
/// same content as ``LintEngine/run(_:on:sources:options:)`` on the whole file.
public enum StreamingLint {
    /// The outcome of a streamed run.
    public struct Result: Sendable {
        public let findings: [Finding]
        /// The team's name.
        public let team: String
        /// The portfolio's `as_of`, or the date given instead.
        public let asOf: CalendarDate
        /// How the rules were split.
        public let plan: PassPlan
        /// Number of parts the file was read in.
        public let parts: Int
        /// The rules that could not judge: the portfolio lacks data they read (their findings
        /// are left out, as in a whole run).
        public let applicability: Applicability
    }

    /// Default size of a part: small enough that two parts in flight cost little memory, large
    /// enough that compiling the rules once per part is negligible.
    public static let partBytes = 8 << 20

    /// The findings of `rules` on the JSON portfolio at `path`, or nil when the file must be read
    /// whole instead: it has an error (reading it whole reports every one, located) or its
    /// layout cannot be followed. `phase` is told when each step ends (for benchmarks).
    public static func run(path: String, rules: CheckedRuleSet, sources: SourceMap, options: LintOptions = LintOptions(),
                           partBytes: Int = partBytes, phase: ((String) -> Void)? = nil) -> Result? {
        guard let parts = PortfolioParts(path: path, partBytes: partBytes) else { return nil }
        phase?("outline's head")
        let selected = LintEngine.selected(rules, options)
        let plan = PassPlan(selected, in: rules)
        let local = selected.filter { plan.perPart.contains($0.id) }
        let whole = selected.filter { !plan.perPart.contains($0.id) }
        // Per-part findings wait in a temporary file until they are merged.
        guard let spool = FindingSpool() else { return nil }
        let context = Context(parts: parts, rules: rules, sources: sources, today: options.asOf ?? parts.head.asOf,
                              params: LintEngine.parameterValues(rules, options: options), parallel: options.parallel,
                              spool: spool)

        // The values pass: subject-independent values of the per-part rules, over all accounts.
        let constants = ConstantTable()
        if !local.isEmpty, let needs = plan.values {
            guard let assembled = context.assemble(keep: KeptTexts(needs), skips: AccountFields.unread(by: needs), evaluate: nil)
            else { return nil }
            let runtime = Runtime(portfolio: assembled.portfolio, today: context.today, params: context.params,
                                  definitionCount: rules.definitions.count)
            defer { runtime.definitions.release() }
            let compiler = Compiler(runtime: runtime, checked: rules, constants: .record(constants), parallel: options.parallel)
            _ = local.map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
            phase?("values pass: \(constants.count) values from \(parts.feed.count) parts")
        }

        // The full pass: check every part, run the per-part rules, assemble for the whole rules.
        let reps = Runtime.findingReps(of: parts.head)
        // Every part is looked at for what data it holds, also when no rule runs per part.
        let evaluate: @Sendable (Portfolio) -> [[Finding]] = { [context] part in
            context.coverage.add(DataCoverage(part))
            return local.isEmpty ? [] : context.evaluate(local, on: part, constants: constants, reps: reps)
        }
        guard var assembled = context.assemble(keep: whole.isEmpty ? nil : KeptTexts(plan.whole), skips: [],
                                               evaluate: evaluate),
              !context.failures.isSet else { return nil }
        phase?("full pass: \(local.count) rules per part")

        var wholeFindings: [[Finding]] = []
        if !whole.isEmpty {
            let runtime = Runtime(portfolio: assembled.portfolio, today: context.today, params: context.params,
                                  definitionCount: rules.definitions.count, findingReps: reps)
            defer { runtime.definitions.release() }
            let compiler = Compiler(runtime: runtime, checked: rules, parallel: options.parallel)
            let compiled = whole.map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
            let evaluated = LintEngine.evaluate(compiled, runtime: runtime, memo: compiler.memo, parallel: options.parallel)
            // A subject that fails is reported by the whole-file run, as for a file with an error.
            guard evaluated.errors.isEmpty else { return nil }
            wholeFindings = evaluated.findings
            phase?("\(whole.count) whole rules")
        }
        let team = assembled.portfolio.string(assembled.portfolio.team.name)
        // The parts hold the accounts; the assembled outline holds the leads.
        context.coverage.add(DataCoverage(present: DataCoverage(assembled.portfolio).present.intersection([.leads, .leadTouches])))
        // The assembled portfolio is let go before the spooled findings are read back.
        assembled.portfolio = parts.head
        var findings: [Finding] = []
        findings.reserveCapacity(assembled.findings.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
                                 + wholeFindings.reduce(0) { $0 + $1.count })
        let applicability = LintEngine.applicability(rules, options, coverage: context.coverage.total)
        let skipped = applicability.ruleIDs
        var localIndex = 0, wholeIndex = 0
        for rule in selected {
            defer {
                if plan.perPart.contains(rule.id) { localIndex += 1 } else { wholeIndex += 1 }
            }
            if skipped.contains(rule.id) {
                if !plan.perPart.contains(rule.id) { wholeFindings[wholeIndex] = [] }
                continue
            }
            if plan.perPart.contains(rule.id) {
                let origin = Finding.Origin(of: rule, at: Finding.Location(of: rule, in: sources))
                for part in assembled.findings.indices {
                    guard let found = spool.read(assembled.findings[part][localIndex], origin: origin, reps: reps) else { return nil }
                    findings += found
                }
            } else {
                findings += wholeFindings[wholeIndex]
                wholeFindings[wholeIndex] = []
            }
        }
        return Result(findings: findings, team: team, asOf: context.today, plan: plan, parts: parts.feed.count,
                      applicability: applicability)
    }

    /// Where a part's entities start in the whole portfolio.
    package struct Bases: Sendable {
        package var account: Int32 = 0, contact: Int32 = 0, activity: Int32 = 0, opportunity: Int32 = 0

        /// What to add to the index of a subject of `type` to number it as in the whole portfolio.
        package func offset(of type: EntityType) -> Int32 {
            switch type {
            case .account: account
            case .contact: contact
            case .activity: activity
            case .opportunity: opportunity
            default: 0
            }
        }

        package mutating func advance(past part: Portfolio) {
            account += Int32(part.accounts.count)
            contact += Int32(part.contacts.count)
            activity += Int32(part.activities.count)
            opportunity += Int32(part.opportunities.count)
        }
    }

    /// What every step of one streamed run shares.
    package struct Context: Sendable {
        package let parts: PortfolioParts
        package let rules: CheckedRuleSet
        package let sources: SourceMap
        package let today: CalendarDate
        package let params: [String: Value]
        package let parallel: Bool
        package let spool: FindingSpool
        /// Set when a subject of a part failed to evaluate: the run is then redone whole.
        package let failures = FailureFlag()
        /// What data the parts hold, gathered as they are read.
        package let coverage = CoverageAccumulator()

        /// Per-part findings of `rules` on `part`, rule by rule, numbered within the part.
        package func evaluate(_ rules: [CheckedRule], on part: Portfolio, constants: ConstantTable, reps: [Finding.Rep]) -> [[Finding]] {
            let runtime = Runtime(portfolio: part, today: today, params: params, definitionCount: self.rules.definitions.count,
                                  findingReps: reps)
            defer { runtime.definitions.release() }
            let compiler = Compiler(runtime: runtime, checked: self.rules, constants: .replay(constants))
            let compiled = rules.map { CompiledRule(rule: $0, compiler: compiler, sources: sources) }
            let evaluated = LintEngine.evaluate(compiled, runtime: runtime, memo: compiler.memo, parallel: false)
            if !evaluated.errors.isEmpty { failures.record() }
            return evaluated.findings
        }

        /// Reads every part (passing over `skips`) on both cores; each part is given to
        /// `evaluate` and, in file order, appended to one portfolio keeping the texts of `keep`
        /// (only the outline when `keep` is nil). Nil when the file cannot be read in parts: a
        /// part has an error, an id repeats, or the outline is wrong.
        package func assemble(keep: KeptTexts?, skips: AccountFields, evaluate: (@Sendable (Portfolio) -> [[Finding]])?)
            -> (portfolio: Portfolio, findings: [[FindingSpool.Extent]])? {
            let assembly = Assembly(keep.map { PortfolioAccumulator(keep: $0) }, checksIDs: skips.isEmpty, spool: spool,
                                    scale: parts.scale)
            DispatchQueue.concurrentPerform(iterations: parallel ? 2 : 1) { _ in
                while let index = assembly.claim() {
                    switch parts.read(part: index, skips: skips) {
                    case .end: assembly.end(at: index)
                    case .failed: assembly.fail()
                    case .part(let part, let hashes): assembly.deliver(index, (part, hashes), findings: evaluate?(part) ?? [])
                    }
                }
            }
            guard !assembly.failed, !assembly.idsRepeat, spool.healthy, let outline = parts.completeOutline() else {
                parts.feed.cancel()
                return nil
            }
            return (assembly.accumulator?.finish(outline: outline) ?? outline, assembly.findings)
        }
    }
}

/// Parts read on several threads: their findings renumbered, their data appended in file order.
private final class Assembly: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var accumulator: PortfolioAccumulator?
    private var waiting: [Int: (Portfolio, [[UInt64]], [[Finding]])] = [:]
    private var next = 0, claimed = 0
    /// The number of parts, once a reader has found there are no more.
    private var total: Int?
    private let checksIDs: Bool
    private(set) var failed = false
    /// Where the findings of each part appended so far (numbered as in the whole portfolio) are
    /// spooled, rule by rule.
    private(set) var findings: [[FindingSpool.Extent]] = []
    private let spool: FindingSpool
    private var bases = StreamingLint.Bases()
    /// Id hashes of accounts, contacts, activities and opportunities, to find repeats.
    private var idHashes: [[UInt64]] = [[], [], [], []]

    /// How many times the first part the file is (to reserve the assembled arrays), if known.
    private let scale: Double?

    package init(_ accumulator: PortfolioAccumulator?, checksIDs: Bool, spool: FindingSpool, scale: Double?) {
        self.accumulator = accumulator
        self.checksIDs = checksIDs
        self.spool = spool
        self.scale = scale
    }

    package func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed, total.map({ claimed < $0 }) ?? true else { return nil }
        claimed += 1
        return claimed - 1
    }

    package func fail() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    /// There is no part `index`: the file has `index` parts.
    package func end(at index: Int) {
        lock.lock()
        total = min(total ?? index, index)
        lock.unlock()
    }

    /// Takes part `index`; appends every part that is next in file order.
    package func deliver(_ index: Int, _ part: (portfolio: Portfolio, idHashes: [[UInt64]]), findings partFindings: [[Finding]]) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = (part.portfolio, part.idHashes, partFindings)
        while let (portfolio, hashes, found) = waiting.removeValue(forKey: next) {
            findings.append(found.map { rule in spool.write(rule, bases: bases) })
            if next == 0, let scale { accumulator?.reserve(like: portfolio, times: scale) }
            bases.advance(past: portfolio)
            accumulator?.append(portfolio)
            if checksIDs { for kind in hashes.indices { idHashes[kind] += hashes[kind] } }
            next += 1
        }
    }

    /// True when two ids of one kind hash alike (a repeat, or very rarely a collision: either
    /// way the whole-file reader decides).
    package var idsRepeat: Bool {
        lock.lock()
        // Each kind's hashes are handed to the worker that sorts them, so they are sorted in
        // place and let go as soon as they are checked.
        let lists = ConcurrentSlots<[UInt64]>(count: idHashes.count, empty: [])
        for kind in idHashes.indices { lists.set(kind, idHashes[kind]) }
        let kinds = idHashes.count
        idHashes = []
        lock.unlock()
        // Millions of hashes per kind: the kinds are sorted on both cores.
        let repeats = ConcurrentSlots<Bool>(count: kinds, empty: false)
        DispatchQueue.concurrentPerform(iterations: kinds) { kind in
            var hashes = lists.take(kind, leaving: [])
            RadixSort.sort(&hashes)
            repeats.set(kind, zip(hashes, hashes.dropFirst()).contains { $0 == $1 })
        }
        return repeats.takeAll().contains(true)
    }
}

extension KeptTexts {
    /// The texts `needs` reads.
    package init(_ needs: PassPlan.Needs) {
        func kept(_ entity: EntityType, _ field: String) -> Bool { needs.text.contains(PassPlan.FieldKey(entity, field)) }
        self.init(accountID: kept(.account, "id"), accountName: kept(.account, "name"), accountIndustry: kept(.account, "industry"),
                  contactID: kept(.contact, "id"), contactName: kept(.contact, "name"), contactTitle: kept(.contact, "title"),
                  contactDepartment: kept(.contact, "department"), activityID: kept(.activity, "id"),
                  activitySummary: kept(.activity, "summary"), opportunityID: kept(.opportunity, "id"),
                  opportunityName: kept(.opportunity, "name"), objectives: kept(.growthPlan, "objectives"),
                  actionWhat: kept(.action, "what"), customFields: needs.customFields)
    }
}

extension AccountFields {
    /// The fields of an account that nothing in `needs` reads.
    package static func unread(by needs: PassPlan.Needs) -> AccountFields {
        let read = needs.entities
        var skips: AccountFields = []
        if !read.contains(.revenue) { skips.insert(.revenue) }
        if read.isDisjoint(with: [.growthPlan, .action]) { skips.insert(.growthPlan) }
        // Activities and opportunities name contacts: contacts are read whenever they are.
        if read.isDisjoint(with: [.contact, .activity, .opportunity, .proposal]) { skips.insert(.contacts) }
        if !read.contains(.activity) { skips.insert(.activities) }
        if read.isDisjoint(with: [.opportunity, .proposal]) { skips.insert(.opportunities) }
        if !needs.customFields { skips.insert(.fields) }
        for (position, declared) in Schema.stored(.account).enumerated() where declared.format?.isScalar == true
            && !needs.text.contains(PassPlan.FieldKey(.account, declared.name)) {
            guard let field = PortfolioKeys.AccountField(rawValue: position) else { continue }
            // The owner is also where a deal's owner and an activity's rep default to, and what
            // groups accounts, activities and deals by rep.
            if field == .owner, !read.isDisjoint(with: [.rep, .team, .lead, .activity, .opportunity, .proposal]) { continue }
            skips.insert(AccountFields(field))
        }
        return skips
    }
}

/// A flag any thread may set once and the run reads at the end.
package final class FailureFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    package func record() { flag.store(true, ordering: .relaxed) }
    package var isSet: Bool { flag.load(ordering: .relaxed) }
}

/// The union of the parts' ``DataCoverage``, added from any thread.
package final class CoverageAccumulator: @unchecked Sendable {
    private let lock = NSLock()
    private var coverage = DataCoverage(present: [])

    package func add(_ part: DataCoverage) {
        lock.lock()
        coverage = coverage.union(part)
        lock.unlock()
    }

    package var total: DataCoverage {
        lock.lock()
        defer { lock.unlock() }
        return coverage
    }
}

import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension Compiler {
    /// A reader for a built-in field, chosen once at compile time so evaluation does no
    /// string matching.
    package func fieldAccessor(_ entity: EntityType, _ name: String) -> (@Sendable (Int32) -> Value)? {
        fieldReader(entity, name)?.value
    }

    /// A built-in field's reader, typed: the evaluator's typed paths read numbers, dates, text
    /// and links without wrapping them in a ``Value``. Nil for a field the ``Schema`` does not
    /// declare (the checker lets none through; `FieldReaderTests` checks that every declared
    /// field has a reader of its type).
    package func fieldReader(_ entity: EntityType, _ name: String) -> FieldReader? {
        let p = runtime.portfolio
        @Sendable func text(_ ref: TextRef?) -> String? { ref.map { p.string($0) } }
        @Sendable func list(_ type: EntityType, _ indices: Range<Int>) -> Value { .entities(type, EntityList(range: indices)) }
        @Sendable func list32(_ type: EntityType, _ run: (items: [Int32], range: Range<Int>)) -> Value {
            .entities(type, EntityList(run.items, run.range))
        }
        @Sendable func ref(_ index: Int32) -> Int32? { index >= 0 ? index : nil }

        switch (entity, name) {
        case (.account, "id"): return .text({ text(p.accounts[Int($0)].id) })
        case (.account, "name"): return .text({ text(p.accounts[Int($0)].name) })
        case (.account, "owner"): return .entity(.rep, { ref(p.accounts[Int($0)].owner) })
        case (.account, "industry"): return .text({ text(p.accounts[Int($0)].industry) })
        case (.account, "tier"): return .choice(Tier.allowedValues, { p.accounts[Int($0)].tier?.code })
        case (.account, "since"): return .date({ p.accounts[Int($0)].since })
        case (.account, "employees"): return .number({ p.accounts[Int($0)].employees })
        case (.account, "potential"): return .number({ p.accounts[Int($0)].potential })
        case (.account, "revenue"): return .value({ list(.revenue, p.accounts[Int($0)].revenue.range) })
        case (.account, "growth_plan"): return .entity(.growthPlan, { ref(p.accounts[Int($0)].growthPlan) })
        case (.account, "contacts"): return .value({ list(.contact, p.accounts[Int($0)].contacts.range) })
        case (.account, "activities"): return .value({ list(.activity, p.accounts[Int($0)].activities.range) })
        case (.account, "opportunities"): return .value({ list(.opportunity, p.accounts[Int($0)].opportunities.range) })

        case (.rep, "id"): return .text({ text(p.reps[Int($0)].id) })
        case (.rep, "name"): return .text({ text(p.reps[Int($0)].name) })
        case (.rep, "email"): return .text({ text(p.reps[Int($0)].email) })
        case (.rep, "region"): return .text({ text(p.reps[Int($0)].region) })
        case (.rep, "quota"): return .number({ p.reps[Int($0)].quota })
        case (.rep, "hired"): return .date({ p.reps[Int($0)].hired })
        case (.rep, "accounts"): return .value({ list32(.account, p.byRep.accountRun(of: Int($0))) })
        case (.rep, "leads"): return .value({ list32(.lead, p.byRep.leadRun(of: Int($0))) })
        case (.rep, "activities"): return .value({ list32(.activity, p.byRep.activityRun(of: Int($0))) })
        case (.rep, "opportunities"): return .value({ list32(.opportunity, p.byRep.opportunityRun(of: Int($0))) })

        case (.lead, "id"): return .text({ text(p.leads[Int($0)].id) })
        case (.lead, "name"): return .text({ text(p.leads[Int($0)].name) })
        case (.lead, "company"): return .text({ text(p.leads[Int($0)].company) })
        case (.lead, "source"): return .text({ text(p.leads[Int($0)].source) })
        case (.lead, "owner"): return .entity(.rep, { ref(p.leads[Int($0)].owner) })
        case (.lead, "created"): return .date({ p.leads[Int($0)].created })
        case (.lead, "status"): return .choice(LeadStatus.allowedValues, { p.leads[Int($0)].status.code })
        case (.lead, "touches"): return .value({ .list(p.dates[p.leads[Int($0)].touches.range].map { .date($0) }) })
        case (.lead, "converted"): return .date({ p.leads[Int($0)].converted })

        case (.opportunity, "id"): return .text({ text(p.opportunities[Int($0)].id) })
        case (.opportunity, "name"): return .text({ text(p.opportunities[Int($0)].name) })
        case (.opportunity, "kind"): return .choice(OpportunityKind.allowedValues, { p.opportunities[Int($0)].kind?.code })
        case (.opportunity, "owner"): return .entity(.rep, { ref(p.opportunities[Int($0)].owner) })
        case (.opportunity, "stage"): return .choice(OpportunityStage.allowedValues, { p.opportunities[Int($0)].stage.code })
        case (.opportunity, "stage_since"): return .date({ p.opportunities[Int($0)].stageSince })
        case (.opportunity, "amount"): return .number({ p.opportunities[Int($0)].amount })
        case (.opportunity, "slips"): return .number({ p.opportunities[Int($0)].slips })
        case (.opportunity, "contacts"): return .value({ list32(.contact, (p.contactLinks, p.opportunities[Int($0)].contacts.range)) })
        case (.opportunity, "created"): return .date({ p.opportunities[Int($0)].created })
        case (.opportunity, "close_date"): return .date({ p.opportunities[Int($0)].closeDate })
        case (.opportunity, "proposal"): return .value({ p.opportunities[Int($0)].proposal == nil ? .missing : .entity(.proposal, $0) })
        case (.opportunity, "account"): return .entity(.account, { p.opportunities[Int($0)].account })

        case (.contact, "id"): return .text({ text(p.contacts[Int($0)].id) })
        case (.contact, "name"): return .text({ text(p.contacts[Int($0)].name) })
        case (.contact, "title"): return .text({ text(p.contacts[Int($0)].title) })
        case (.contact, "department"): return .text({ text(p.contacts[Int($0)].department) })
        case (.contact, "level"): return .choice(ContactLevel.allowedValues, { p.contacts[Int($0)].level?.code })
        case (.contact, "role"): return .choice(ContactRole.allowedValues, { p.contacts[Int($0)].role?.code })
        case (.contact, "last_contact"): return .date({ p.contacts[Int($0)].lastContact })
        case (.contact, "account"): return .entity(.account, { p.contacts[Int($0)].account })

        case (.activity, "id"): return .text({ text(p.activities[Int($0)].id) })
        case (.activity, "date"): return .date({ p.activities[Int($0)].date })
        case (.activity, "kind"): return .choice(ActivityKind.allowedValues, { p.activities[Int($0)].kind.code })
        case (.activity, "rep"): return .entity(.rep, { ref(p.activities[Int($0)].rep) })
        case (.activity, "contacts"): return .value({ list32(.contact, (p.contactLinks, p.activities[Int($0)].contacts.range)) })
        case (.activity, "summary"): return .text({ text(p.activities[Int($0)].summary) })
        case (.activity, "account"): return .entity(.account, { p.activities[Int($0)].account })

        case (.team, "name"): return .text({ _ in text(p.team.name) })
        case (.team, "manager"): return .text({ _ in text(p.team.manager) })
        case (.team, "reps"): return .value({ _ in list(.rep, 0..<p.reps.count) })
        case (.team, "accounts"): return .value({ _ in list(.account, 0..<p.accounts.count) })
        case (.team, "leads"): return .value({ _ in list(.lead, 0..<p.leads.count) })

        case (.growthPlan, "status"): return .choice(GrowthPlanStatus.allowedValues, { p.growthPlans[Int($0)].status.code })
        case (.growthPlan, "updated"): return .date({ p.growthPlans[Int($0)].updated })
        case (.growthPlan, "next_review"): return .date({ p.growthPlans[Int($0)].nextReview })
        case (.growthPlan, "target"): return .number({ p.growthPlans[Int($0)].target })
        case (.growthPlan, "objectives"): return .value({ .list(p.texts[p.growthPlans[Int($0)].objectives.range].map { .text(p.string($0)) }) })
        case (.growthPlan, "actions"): return .value({ list(.action, p.growthPlans[Int($0)].actions.range) })
        case (.growthPlan, "account"): return .entity(.account, { p.growthPlans[Int($0)].account })

        case (.proposal, "sent"): return .date({ p.opportunities[Int($0)].proposal?.sent })
        case (.proposal, "co_created"): return .bool({ p.opportunities[Int($0)].proposal?.coCreated ?? false })
        case (.proposal, "opportunity"): return .entity(.opportunity, { $0 })

        case (.revenue, "period"): return .value({ .period(p.revenue[Int($0)].period) })
        case (.revenue, "amount"): return .number({ p.revenue[Int($0)].amount })
        case (.revenue, "account"): return .entity(.account, { p.revenue[Int($0)].account })

        case (.action, "what"): return .text({ text(p.planActions[Int($0)].what) })
        case (.action, "due"): return .date({ p.planActions[Int($0)].due })
        case (.action, "done"): return .bool({ p.planActions[Int($0)].done })
        case (.action, "plan"):
            return .entity(.growthPlan, { index in
                p.growthPlans.firstIndex { $0.actions.range.contains(Int(index)) }.map { Int32($0) }
            })
        default:
            return nil
        }
    }

    /// A reader for a custom field of an account, converted to its declared type.
    package func customAccessor(_ name: String, _ type: ValueType) -> @Sendable (Int32) -> Value {
        let p = runtime.portfolio
        return { index in
            guard let value = p.customField(name, ofAccount: Int(index)) else { return .missing }
            switch (type, value) {
            case (.number, .number(let n)): return .number(n)
            case (.boolean, .boolean(let b)): return .bool(b)
            case (.date, .text(let ref)): return CalendarDate.parseISO(p.text.bytes(ref)).map { .date($0) } ?? .missing
            case (.text, .text(let ref)): return .text(p.string(ref))
            case (.text, .number(let n)): return .text(JSONWriter.format(n))
            default: return .missing
            }
        }
    }
}

/// A field reader by the type it reads; nil is a missing value.
package enum FieldReader {
    case number(@Sendable (Int32) -> Double?)
    case text(@Sendable (Int32) -> String?)
    case date(@Sendable (Int32) -> CalendarDate?)
    case bool(@Sendable (Int32) -> Bool?)
    /// A link to one entity of the given type, by index.
    case entity(EntityType, @Sendable (Int32) -> Int32?)
    /// An enumerated field: the position of its value in `values` (read as that text).
    case choice([String], @Sendable (Int32) -> Int?)
    /// Anything else (lists, quarters), already a ``Value``.
    case value(@Sendable (Int32) -> Value)

    /// The reader wrapping what it reads in a ``Value``.
    package var value: @Sendable (Int32) -> Value {
        switch self {
        case .number(let read): return { read($0).map(Value.number) ?? .missing }
        case .text(let read): return { read($0).map(Value.text) ?? .missing }
        case .date(let read): return { read($0).map(Value.date) ?? .missing }
        case .bool(let read): return { read($0).map(Value.bool) ?? .missing }
        case .entity(let type, let read): return { read($0).map { .entity(type, $0) } ?? .missing }
        case .choice(let values, let read): return { read($0).map { .text(values[$0]) } ?? .missing }
        case .value(let read): return read
        }
    }
}

extension Compiler {
    /// A reader for a built-in field, chosen once at compile time so evaluation does no
    /// string matching.
    func fieldAccessor(_ entity: EntityType, _ name: String) -> @Sendable (Int32) -> Value {
        let p = runtime.portfolio
        @Sendable func text(_ ref: TextRef?) -> Value { ref.map { .text(p.string($0)) } ?? .missing }
        @Sendable func date(_ value: CalendarDate?) -> Value { value.map { .date($0) } ?? .missing }
        @Sendable func number(_ value: Double?) -> Value { value.map { .number($0) } ?? .missing }
        @Sendable func enumeration<E: PortfolioEnumeration>(_ value: E?) -> Value { value.map { .text($0.rawValue) } ?? .missing }
        @Sendable func list(_ type: EntityType, _ indices: Range<Int>) -> Value { .entities(type, EntityList(range: indices)) }
        @Sendable func list32(_ type: EntityType, _ indices: ArraySlice<Int32>) -> Value { .entities(type, EntityList(indices)) }
        @Sendable func ref(_ type: EntityType, _ index: Int32) -> Value { index >= 0 ? .entity(type, index) : .missing }

        switch (entity, name) {
        case (.account, "id"): return { text(p.accounts[Int($0)].id) }
        case (.account, "name"): return { text(p.accounts[Int($0)].name) }
        case (.account, "owner"): return { ref(.rep, p.accounts[Int($0)].owner) }
        case (.account, "industry"): return { text(p.accounts[Int($0)].industry) }
        case (.account, "tier"): return { enumeration(p.accounts[Int($0)].tier) }
        case (.account, "since"): return { date(p.accounts[Int($0)].since) }
        case (.account, "employees"): return { number(p.accounts[Int($0)].employees) }
        case (.account, "potential"): return { number(p.accounts[Int($0)].potential) }
        case (.account, "revenue"): return { list(.revenue, p.accounts[Int($0)].revenue.range) }
        case (.account, "growth_plan"): return { ref(.growthPlan, p.accounts[Int($0)].growthPlan) }
        case (.account, "contacts"): return { list(.contact, p.accounts[Int($0)].contacts.range) }
        case (.account, "activities"): return { list(.activity, p.accounts[Int($0)].activities.range) }
        case (.account, "opportunities"): return { list(.opportunity, p.accounts[Int($0)].opportunities.range) }

        case (.rep, "id"): return { text(p.reps[Int($0)].id) }
        case (.rep, "name"): return { text(p.reps[Int($0)].name) }
        case (.rep, "email"): return { text(p.reps[Int($0)].email) }
        case (.rep, "region"): return { text(p.reps[Int($0)].region) }
        case (.rep, "quota"): return { number(p.reps[Int($0)].quota) }
        case (.rep, "hired"): return { date(p.reps[Int($0)].hired) }
        case (.rep, "accounts"): return { list32(.account, p.byRep.accounts(of: Int($0))) }
        case (.rep, "leads"): return { list32(.lead, p.byRep.leads(of: Int($0))) }
        case (.rep, "activities"): return { list32(.activity, p.byRep.activities(of: Int($0))) }
        case (.rep, "opportunities"): return { list32(.opportunity, p.byRep.opportunities(of: Int($0))) }

        case (.lead, "id"): return { text(p.leads[Int($0)].id) }
        case (.lead, "name"): return { text(p.leads[Int($0)].name) }
        case (.lead, "company"): return { text(p.leads[Int($0)].company) }
        case (.lead, "source"): return { text(p.leads[Int($0)].source) }
        case (.lead, "owner"): return { ref(.rep, p.leads[Int($0)].owner) }
        case (.lead, "created"): return { date(p.leads[Int($0)].created) }
        case (.lead, "status"): return { enumeration(p.leads[Int($0)].status) }
        case (.lead, "touches"): return { .list(p.dates[p.leads[Int($0)].touches.range].map { .date($0) }) }
        case (.lead, "converted"): return { date(p.leads[Int($0)].converted) }

        case (.opportunity, "id"): return { text(p.opportunities[Int($0)].id) }
        case (.opportunity, "name"): return { text(p.opportunities[Int($0)].name) }
        case (.opportunity, "kind"): return { enumeration(p.opportunities[Int($0)].kind) }
        case (.opportunity, "owner"): return { ref(.rep, p.opportunities[Int($0)].owner) }
        case (.opportunity, "stage"): return { enumeration(p.opportunities[Int($0)].stage) }
        case (.opportunity, "stage_since"): return { date(p.opportunities[Int($0)].stageSince) }
        case (.opportunity, "amount"): return { number(p.opportunities[Int($0)].amount) }
        case (.opportunity, "slips"): return { .number(p.opportunities[Int($0)].slips) }
        case (.opportunity, "contacts"): return { list32(.contact, p.contacts(ofOpportunity: Int($0))) }
        case (.opportunity, "created"): return { date(p.opportunities[Int($0)].created) }
        case (.opportunity, "close_date"): return { date(p.opportunities[Int($0)].closeDate) }
        case (.opportunity, "proposal"): return { p.opportunities[Int($0)].proposal == nil ? .missing : .entity(.proposal, $0) }
        case (.opportunity, "account"): return { .entity(.account, p.opportunities[Int($0)].account) }

        case (.contact, "id"): return { text(p.contacts[Int($0)].id) }
        case (.contact, "name"): return { text(p.contacts[Int($0)].name) }
        case (.contact, "title"): return { text(p.contacts[Int($0)].title) }
        case (.contact, "department"): return { text(p.contacts[Int($0)].department) }
        case (.contact, "level"): return { enumeration(p.contacts[Int($0)].level) }
        case (.contact, "role"): return { enumeration(p.contacts[Int($0)].role) }
        case (.contact, "last_contact"): return { date(p.contacts[Int($0)].lastContact) }
        case (.contact, "account"): return { .entity(.account, p.contacts[Int($0)].account) }

        case (.activity, "id"): return { text(p.activities[Int($0)].id) }
        case (.activity, "date"): return { .date(p.activities[Int($0)].date) }
        case (.activity, "kind"): return { .text(p.activities[Int($0)].kind.rawValue) }
        case (.activity, "rep"): return { ref(.rep, p.activities[Int($0)].rep) }
        case (.activity, "contacts"): return { list32(.contact, p.contacts(ofActivity: Int($0))) }
        case (.activity, "summary"): return { text(p.activities[Int($0)].summary) }
        case (.activity, "account"): return { .entity(.account, p.activities[Int($0)].account) }

        case (.team, "name"): return { _ in text(p.team.name) }
        case (.team, "manager"): return { _ in text(p.team.manager) }
        case (.team, "reps"): return { _ in list(.rep, 0..<p.reps.count) }
        case (.team, "accounts"): return { _ in list(.account, 0..<p.accounts.count) }
        case (.team, "leads"): return { _ in list(.lead, 0..<p.leads.count) }

        case (.growthPlan, "status"): return { .text(p.growthPlans[Int($0)].status.rawValue) }
        case (.growthPlan, "updated"): return { .date(p.growthPlans[Int($0)].updated) }
        case (.growthPlan, "next_review"): return { date(p.growthPlans[Int($0)].nextReview) }
        case (.growthPlan, "target"): return { number(p.growthPlans[Int($0)].target) }
        case (.growthPlan, "objectives"): return { .list(p.texts[p.growthPlans[Int($0)].objectives.range].map { .text(p.string($0)) }) }
        case (.growthPlan, "actions"): return { list(.action, p.growthPlans[Int($0)].actions.range) }
        case (.growthPlan, "account"): return { .entity(.account, p.growthPlans[Int($0)].account) }

        case (.proposal, "sent"): return { date(p.opportunities[Int($0)].proposal?.sent) }
        case (.proposal, "co_created"): return { .bool(p.opportunities[Int($0)].proposal?.coCreated ?? false) }
        case (.proposal, "opportunity"): return { .entity(.opportunity, $0) }

        case (.revenue, "period"): return { .period(p.revenue[Int($0)].period) }
        case (.revenue, "amount"): return { .number(p.revenue[Int($0)].amount) }
        case (.revenue, "account"): return { .entity(.account, p.revenue[Int($0)].account) }

        case (.action, "what"): return { text(p.planActions[Int($0)].what) }
        case (.action, "due"): return { .date(p.planActions[Int($0)].due) }
        case (.action, "done"): return { .bool(p.planActions[Int($0)].done) }
        case (.action, "plan"):
            return { index in
                p.growthPlans.firstIndex { $0.actions.range.contains(Int(index)) }.map { .entity(.growthPlan, Int32($0)) } ?? .missing
            }
        default:
            return { _ in .missing }
        }
    }

    /// A reader for a custom field of an account, converted to its declared type.
    func customAccessor(_ name: String, _ type: ValueType) -> @Sendable (Int32) -> Value {
        let p = runtime.portfolio
        return { index in
            guard let value = p.customField(name, ofAccount: Int(index)) else { return .missing }
            switch (type, value) {
            case (.number, .number(let n)): return .number(n)
            case (.boolean, .boolean(let b)): return .bool(b)
            case (.date, .text(let ref)): return CalendarDate.parseISO(p.text.bytes(ref)).map { .date($0) } ?? .missing
            case (.text, .text(let ref)): return .text(p.string(ref))
            case (.text, .number(let n)): return .text(JSONValue.format(n))
            default: return .missing
            }
        }
    }
}

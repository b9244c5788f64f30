import RapportBase
import RapportSyntax

/// Which texts of account-side entities a portfolio assembled from parts keeps; the others are
/// dropped (empty or missing), since no rule that runs on the assembled portfolio reads them.
package struct KeptTexts: Sendable {
    package var accountID = false, accountName = false, accountIndustry = false
    package var contactID = false, contactName = false, contactTitle = false, contactDepartment = false
    package var activityID = false, activitySummary = false
    package var opportunityID = false, opportunityName = false
    package var objectives = false, actionWhat = false
    package var customFields = false

    package init(accountID: Bool = false, accountName: Bool = false, accountIndustry: Bool = false, contactID: Bool = false, contactName: Bool = false, contactTitle: Bool = false, contactDepartment: Bool = false, activityID: Bool = false, activitySummary: Bool = false, opportunityID: Bool = false, opportunityName: Bool = false, objectives: Bool = false, actionWhat: Bool = false, customFields: Bool = false) {
        self.accountID = accountID
        self.accountName = accountName
        self.accountIndustry = accountIndustry
        self.contactID = contactID
        self.contactName = contactName
        self.contactTitle = contactTitle
        self.contactDepartment = contactDepartment
        self.activityID = activityID
        self.activitySummary = activitySummary
        self.opportunityID = opportunityID
        self.opportunityName = opportunityName
        self.objectives = objectives
        self.actionWhat = actionWhat
        self.customFields = customFields
    }
}

/// Assembles one portfolio from parts read one after the other (``PortfolioParts``) and, at the
/// end, the outline (team, reps, leads), re-basing each part's indices and keeping only the
/// texts asked for.
package struct PortfolioAccumulator {
    private let keep: KeptTexts
    private var store = TextStore(source: [], extra: [])
    private var accounts: [Account] = []
    private var revenue: [RevenueEntry] = []
    private var growthPlans: [GrowthPlan] = []
    private var planActions: [PlanAction] = []
    private var texts: [TextRef] = []
    private var contacts: [Contact] = []
    private var activities: [Activity] = []
    private var opportunities: [Opportunity] = []
    private var contactLinks: [Int32] = []
    private var customFields: [CustomField] = []

    package init(keep: KeptTexts) { self.keep = keep }

    // Copied from the part's buffer in place: no array slice (and reference count) per text.
    private mutating func copy(_ ref: TextRef, from part: TextStore, _ kept: Bool) -> TextRef {
        kept && ref.length > 0 ? part.withBytes(ref) { store.append($0) } : .empty
    }

    private mutating func copy(_ ref: TextRef?, from part: TextStore, _ kept: Bool) -> TextRef? {
        guard kept, let ref else { return nil }
        return part.withBytes(ref) { store.append($0) }
    }

    /// Reserves room for `factor` times what `part` holds (the first part, scaled to the file),
    /// so the assembled arrays do not grow by copying. Room never touched is address space, not
    /// memory; a file less even than its first part only grows the arrays as usual.
    package mutating func reserve(like part: Portfolio, times factor: Double) {
        func room(_ count: Int) -> Int { Int(Double(count) * factor * 1.05) + 16 }
        accounts.reserveCapacity(room(part.accounts.count))
        revenue.reserveCapacity(room(part.revenue.count))
        contacts.reserveCapacity(room(part.contacts.count))
        activities.reserveCapacity(room(part.activities.count))
        opportunities.reserveCapacity(room(part.opportunities.count))
        contactLinks.reserveCapacity(room(part.contactLinks.count))
        growthPlans.reserveCapacity(room(part.growthPlans.count))
        planActions.reserveCapacity(room(part.planActions.count))
    }

    /// Appends the accounts of `part` (and everything that belongs to them).
    package mutating func append(_ part: Portfolio) {
        let text = part.text
        let base = (account: Int32(accounts.count), revenue: Int32(revenue.count), plan: Int32(growthPlans.count),
                    action: Int32(planActions.count), text: Int32(texts.count), contact: Int32(contacts.count),
                    activity: Int32(activities.count), opportunity: Int32(opportunities.count),
                    link: Int32(contactLinks.count), field: Int32(customFields.count))
        for var account in part.accounts {
            account.id = copy(account.id, from: text, keep.accountID)
            account.name = copy(account.name, from: text, keep.accountName)
            account.industry = copy(account.industry, from: text, keep.accountIndustry)
            account.revenue.start += base.revenue
            account.contacts.start += base.contact
            account.activities.start += base.activity
            account.opportunities.start += base.opportunity
            if keep.customFields { account.fields.start += base.field } else { account.fields = IndexRange() }
            if account.growthPlan >= 0 { account.growthPlan += base.plan }
            accounts.append(account)
        }
        revenue += part.revenue.map { entry in
            var entry = entry
            entry.account += base.account
            return entry
        }
        for var plan in part.growthPlans {
            plan.objectives.start += base.text
            plan.actions.start += base.action
            plan.account += base.account
            growthPlans.append(plan)
        }
        for var action in part.planActions {
            action.what = copy(action.what, from: text, keep.actionWhat)
            planActions.append(action)
        }
        for objective in part.texts { texts.append(copy(objective, from: text, keep.objectives)) }
        for var contact in part.contacts {
            contact.id = copy(contact.id, from: text, keep.contactID)
            contact.name = copy(contact.name, from: text, keep.contactName)
            contact.title = copy(contact.title, from: text, keep.contactTitle)
            contact.department = copy(contact.department, from: text, keep.contactDepartment)
            contact.account += base.account
            contacts.append(contact)
        }
        for var activity in part.activities {
            activity.id = copy(activity.id, from: text, keep.activityID)
            activity.summary = copy(activity.summary, from: text, keep.activitySummary)
            activity.contacts.start += base.link
            activity.account += base.account
            activities.append(activity)
        }
        for var opportunity in part.opportunities {
            opportunity.id = copy(opportunity.id, from: text, keep.opportunityID)
            opportunity.name = copy(opportunity.name, from: text, keep.opportunityName)
            opportunity.contacts.start += base.link
            opportunity.account += base.account
            opportunities.append(opportunity)
        }
        contactLinks += part.contactLinks.map { $0 + base.contact }
        if keep.customFields {
            for var field in part.customFields {
                field.key = copy(field.key, from: text, true)
                if case .text(let value) = field.value { field.value = .text(copy(value, from: text, true)) }
                customFields.append(field)
            }
        }
    }

    /// The assembled portfolio with `outline`'s team, reps and leads. The parts' texts come
    /// first in the text arena, the outline's own arena after them.
    package func finish(outline: Portfolio) -> Portfolio {
        let shift = store.extra.count
        func moved(_ ref: TextRef) -> TextRef {
            ref.isExtra ? TextRef(offset: ref.offset + shift, length: ref.length, extra: true) : ref
        }
        func moved(_ ref: TextRef?) -> TextRef? { ref.map(moved) }
        let team = Team(name: moved(outline.team.name), manager: moved(outline.team.manager))
        let reps = outline.reps.map { rep in
            Rep(id: moved(rep.id), name: moved(rep.name), email: moved(rep.email), region: moved(rep.region),
                quota: rep.quota, hired: rep.hired)
        }
        let leads = outline.leads.map { lead in
            var lead = lead
            lead.id = moved(lead.id)
            lead.name = moved(lead.name)
            lead.company = moved(lead.company)
            lead.source = moved(lead.source)
            return lead
        }
        return Portfolio(asOf: outline.asOf, currency: moved(outline.currency), fiscalYearStart: outline.fiscalYearStart,
                         team: team, reps: reps, accounts: accounts, revenue: revenue, growthPlans: growthPlans,
                         planActions: planActions, texts: texts, contacts: contacts, activities: activities,
                         opportunities: opportunities, contactLinks: contactLinks, leads: leads, dates: outline.dates,
                         customFields: customFields,
                         text: TextStore(source: outline.text.source, extra: store.extra + outline.text.extra))
    }
}

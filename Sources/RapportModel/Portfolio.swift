import RapportBase
import RapportSyntax

/// One sales team's book of business at one date: the input of every Rapport command.
///
/// Entities live in flat arrays and refer to each other by index, and text lives in a
/// ``TextStore``; so a loaded portfolio costs little more memory than its file, and navigating
/// (`account.owner`, `rep.accounts`, `activity.contacts`) is array indexing.
public struct Portfolio: Sendable {
    /// The day the data describes: `today` in rules.
    public var asOf: CalendarDate
    /// ISO currency code used when money is printed.
    public var currency: TextRef?
    /// Month (1–12) the fiscal year starts.
    public var fiscalYearStart: Int
    public var team: Team
    public var reps: [Rep]
    public var accounts: [Account]
    public var revenue: [RevenueEntry]
    public var growthPlans: [GrowthPlan]
    public var planActions: [PlanAction]
    /// Growth-plan objectives.
    public var texts: [TextRef]
    public var contacts: [Contact]
    public var activities: [Activity]
    public var opportunities: [Opportunity]
    /// Contact indices named by activities and opportunities.
    public var contactLinks: [Int32]
    public var leads: [Lead]
    /// Lead touches.
    public var dates: [CalendarDate]
    public var customFields: [CustomField]
    /// All text of the portfolio.
    public var text: TextStore
    /// Derived per-rep lists.
    public private(set) var byRep: RepIndex

    /// Assembles a portfolio and derives the per-rep navigation.
    public init(
        asOf: CalendarDate, currency: TextRef?, fiscalYearStart: Int, team: Team, reps: [Rep], accounts: [Account],
        revenue: [RevenueEntry], growthPlans: [GrowthPlan], planActions: [PlanAction], texts: [TextRef],
        contacts: [Contact], activities: [Activity], opportunities: [Opportunity], contactLinks: [Int32],
        leads: [Lead], dates: [CalendarDate], customFields: [CustomField], text: TextStore
    ) {
        self.asOf = asOf
        self.currency = currency
        self.fiscalYearStart = fiscalYearStart
        self.team = team
        self.reps = reps
        self.accounts = accounts
        self.revenue = revenue
        self.growthPlans = growthPlans
        self.planActions = planActions
        self.texts = texts
        self.contacts = contacts
        self.activities = activities
        self.opportunities = opportunities
        self.contactLinks = contactLinks
        self.leads = leads
        self.dates = dates
        self.customFields = customFields
        self.text = text
        self.byRep = RepIndex(reps: reps.count, accounts: accounts.map(\.owner), leads: leads.map(\.owner),
                              activities: activities.map(\.rep), opportunities: opportunities.map(\.owner))
    }

    /// The text of `ref`.
    public func string(_ ref: TextRef) -> String { text.string(ref) }
    /// The text of `ref`, or nil when missing.
    public func string(_ ref: TextRef?) -> String? { text.string(ref) }

    // MARK: Navigation

    /// The rep who owns account `index`.
    public func owner(ofAccount index: Int) -> Rep { reps[Int(accounts[index].owner)] }

    /// The growth plan of account `index`, if it has one.
    public func growthPlan(ofAccount index: Int) -> GrowthPlan? {
        let plan = accounts[index].growthPlan
        return plan >= 0 ? growthPlans[Int(plan)] : nil
    }

    /// Contacts (as indices into ``contacts``) named by activity `index`.
    public func contacts(ofActivity index: Int) -> ArraySlice<Int32> { contactLinks[activities[index].contacts.range] }

    /// Contacts (as indices into ``contacts``) named by opportunity `index`.
    public func contacts(ofOpportunity index: Int) -> ArraySlice<Int32> { contactLinks[opportunities[index].contacts.range] }

    /// The custom field `key` of account `index`.
    public func customField(_ key: String, ofAccount index: Int) -> FieldValue? {
        customFields[accounts[index].fields.range].first { text.equals($0.key, key) }?.value
    }

    /// The index of the entity of `type` whose id is `id`, by linear search (for tests, `explain`, the REPL).
    public func index(of type: EntityKind, id: String) -> Int? {
        switch type {
        case .rep: reps.firstIndex { text.equals($0.id, id) }
        case .account: accounts.firstIndex { text.equals($0.id, id) }
        case .contact: contacts.firstIndex { text.equals($0.id, id) }
        case .activity: activities.firstIndex { text.equals($0.id, id) }
        case .opportunity: opportunities.firstIndex { text.equals($0.id, id) }
        case .lead: leads.firstIndex { text.equals($0.id, id) }
        }
    }

    // MARK: Fiscal calendar

    /// The fiscal quarter `date` falls in.
    ///
    /// A fiscal year is named after the calendar year in which it ends: with a fiscal year
    /// starting in July, 2026-08-01 is in 2027-Q1. With the default (January) the fiscal and
    /// calendar years coincide.
    public func quarter(of date: CalendarDate) -> FiscalQuarter {
        let (year, month, _) = date.components
        let start = fiscalYearStart
        let fiscalYear = month >= start && start != 1 ? year + 1 : year
        let quarter = ((month - start + 12) % 12) / 3 + 1
        return FiscalQuarter(year: fiscalYear, quarter: quarter)!
    }

    /// The first day of fiscal quarter `period`.
    public func firstDay(of period: FiscalQuarter) -> CalendarDate {
        let baseYear = fiscalYearStart == 1 ? period.year : period.year - 1
        let months = (fiscalYearStart - 1) + (period.quarter - 1) * 3
        return CalendarDate(year: baseYear + months / 12, month: months % 12 + 1, day: 1)!
    }
}

/// The kinds of entity that have ids.
public enum EntityKind: String, Sendable, CaseIterable {
    case rep, account, contact, activity, opportunity, lead

    /// Position in `allCases`, for array-indexed tables.
    package var ordinal: Int {
        switch self {
        case .rep: 0
        case .account: 1
        case .contact: 2
        case .activity: 3
        case .opportunity: 4
        case .lead: 5
        }
    }
}

/// Per-rep lists of the entities a rep owns or did, in portfolio order (compressed rows).
public struct RepIndex: Sendable {
    private let accountOffsets: [Int32], accountItems: [Int32]
    private let leadOffsets: [Int32], leadItems: [Int32]
    private let activityOffsets: [Int32], activityItems: [Int32]
    private let opportunityOffsets: [Int32], opportunityItems: [Int32]

    package init(reps: Int, accounts: [Int32], leads: [Int32], activities: [Int32], opportunities: [Int32]) {
        (accountOffsets, accountItems) = RepIndex.group(accounts, reps)
        (leadOffsets, leadItems) = RepIndex.group(leads, reps)
        (activityOffsets, activityItems) = RepIndex.group(activities, reps)
        (opportunityOffsets, opportunityItems) = RepIndex.group(opportunities, reps)
    }

    /// Counting sort of entity indices by their rep.
    private static func group(_ owners: [Int32], _ reps: Int) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: reps + 1)
        for owner in owners where owner >= 0 && Int(owner) < reps { offsets[Int(owner) + 1] += 1 }
        for rep in 0..<reps { offsets[rep + 1] += offsets[rep] }
        var cursor = offsets
        var items = [Int32](repeating: 0, count: Int(offsets[reps]))
        for (index, owner) in owners.enumerated() where owner >= 0 && Int(owner) < reps {
            items[Int(cursor[Int(owner)])] = Int32(index)
            cursor[Int(owner)] += 1
        }
        return (offsets, items)
    }

    /// Accounts owned by rep `rep`.
    /// Accounts of rep `rep` as positions of an index array (no copy, no slice).
    package func accountRun(of rep: Int) -> (items: [Int32], range: Range<Int>) {
        (accountItems, Int(accountOffsets[rep])..<Int(accountOffsets[rep + 1]))
    }
    package func leadRun(of rep: Int) -> (items: [Int32], range: Range<Int>) {
        (leadItems, Int(leadOffsets[rep])..<Int(leadOffsets[rep + 1]))
    }
    package func activityRun(of rep: Int) -> (items: [Int32], range: Range<Int>) {
        (activityItems, Int(activityOffsets[rep])..<Int(activityOffsets[rep + 1]))
    }
    package func opportunityRun(of rep: Int) -> (items: [Int32], range: Range<Int>) {
        (opportunityItems, Int(opportunityOffsets[rep])..<Int(opportunityOffsets[rep + 1]))
    }

    public func accounts(of rep: Int) -> ArraySlice<Int32> { accountItems[Int(accountOffsets[rep])..<Int(accountOffsets[rep + 1])] }
    /// Leads owned by rep `rep`.
    public func leads(of rep: Int) -> ArraySlice<Int32> { leadItems[Int(leadOffsets[rep])..<Int(leadOffsets[rep + 1])] }
    /// Activities done by rep `rep`.
    public func activities(of rep: Int) -> ArraySlice<Int32> { activityItems[Int(activityOffsets[rep])..<Int(activityOffsets[rep + 1])] }
    /// Opportunities worked by rep `rep`.
    public func opportunities(of rep: Int) -> ArraySlice<Int32> {
        opportunityItems[Int(opportunityOffsets[rep])..<Int(opportunityOffsets[rep + 1])]
    }
}

import RapportBase
import RapportSyntax

/// A contiguous run of elements in one of the portfolio's flat arrays.
public struct IndexRange: Hashable, Sendable, Sequence {
    /// First index.
    public var start: Int32
    /// Number of elements.
    public var count: Int32

    /// Creates a range.
    public init(start: Int32 = 0, count: Int32 = 0) {
        self.start = start
        self.count = count
    }

    /// The indices as a Swift range.
    public var range: Range<Int> { Int(start)..<Int(start + count) }
    /// True when the run is empty.
    public var isEmpty: Bool { count == 0 }

    public func makeIterator() -> Range<Int>.Iterator { range.makeIterator() }
}

/// The sales team the portfolio belongs to.
public struct Team: Sendable, Equatable {
    /// The team's name.
    public var name: TextRef
    /// Its manager, by name.
    public var manager: TextRef?
}

/// A salesperson.
public struct Rep: Sendable, Equatable {
    public var id: TextRef
    public var name: TextRef
    public var email: TextRef?
    public var region: TextRef?
    /// Target for the current fiscal quarter.
    public var quota: Double?
    public var hired: CalendarDate?
}

/// A customer.
public struct Account: Sendable, Equatable {
    public var id: TextRef
    public var name: TextRef
    /// Index of the owning rep in ``Portfolio/reps``.
    public var owner: Int32
    public var industry: TextRef?
    public var tier: Tier?
    /// Customer since.
    public var since: CalendarDate?
    public var employees: Double?
    /// Estimated yearly spend available to us.
    public var potential: Double?
    /// Into ``Portfolio/revenue``.
    public var revenue = IndexRange()
    /// Index into ``Portfolio/growthPlans``, or -1 when the account has no plan.
    public var growthPlan: Int32 = -1
    /// Into ``Portfolio/contacts``.
    public var contacts = IndexRange()
    /// Into ``Portfolio/activities``.
    public var activities = IndexRange()
    /// Into ``Portfolio/opportunities``.
    public var opportunities = IndexRange()
    /// Into ``Portfolio/customFields``.
    public var fields = IndexRange()
}

/// Booked revenue of one fiscal quarter.
public struct RevenueEntry: Sendable, Equatable {
    public var period: FiscalQuarter
    public var amount: Double
    /// Index of the account.
    public var account: Int32
}

/// A plan, made with the customer, to grow an account.
public struct GrowthPlan: Sendable, Equatable {
    public var status: GrowthPlanStatus
    public var updated: CalendarDate
    public var nextReview: CalendarDate?
    /// Revenue the plan aims for over the next 12 months.
    public var target: Double?
    /// Into ``Portfolio/texts``.
    public var objectives = IndexRange()
    /// Into ``Portfolio/planActions``.
    public var actions = IndexRange()
    /// Index of the account.
    public var account: Int32
}

/// A dated next step of a growth plan.
public struct PlanAction: Sendable, Equatable {
    public var what: TextRef
    public var due: CalendarDate
    public var done: Bool
}

/// A person at a customer.
public struct Contact: Sendable, Equatable {
    public var id: TextRef
    public var name: TextRef
    public var title: TextRef?
    public var department: TextRef?
    public var level: ContactLevel?
    public var role: ContactRole?
    public var lastContact: CalendarDate?
    /// Index of the account.
    public var account: Int32
}

/// Something the team did with an account.
public struct Activity: Sendable, Equatable {
    public var id: TextRef
    public var date: CalendarDate
    public var kind: ActivityKind
    /// Who did it (the account owner when the data does not say).
    public var rep: Int32
    /// Into ``Portfolio/contactLinks``.
    public var contacts = IndexRange()
    public var summary: TextRef?
    /// Index of the account.
    public var account: Int32
}

/// A proposal sent for an opportunity.
public struct Proposal: Sendable, Equatable {
    public var sent: CalendarDate
    /// Written together with the customer.
    public var coCreated: Bool
}

/// A deal.
public struct Opportunity: Sendable, Equatable {
    public var id: TextRef
    public var name: TextRef
    public var kind: OpportunityKind?
    /// Who works the deal (the account owner when the data does not say).
    public var owner: Int32
    public var stage: OpportunityStage
    public var stageSince: CalendarDate?
    public var amount: Double?
    /// How many times the expected close date moved later.
    public var slips: Double
    /// Into ``Portfolio/contactLinks``.
    public var contacts = IndexRange()
    public var created: CalendarDate?
    public var closeDate: CalendarDate?
    public var proposal: Proposal?
    /// Index of the account.
    public var account: Int32
}

/// Someone who is not yet a customer.
public struct Lead: Sendable, Equatable {
    public var id: TextRef
    public var name: TextRef
    public var company: TextRef?
    public var source: TextRef?
    /// Index of the owning rep.
    public var owner: Int32
    public var created: CalendarDate
    public var status: LeadStatus
    /// Into ``Portfolio/dates``.
    public var touches = IndexRange()
    public var converted: CalendarDate?
}

/// A value of a team's custom field (`account.fields`).
public enum FieldValue: Sendable, Equatable {
    case text(TextRef)
    case number(Double)
    case boolean(Bool)
}

/// One custom field of an account.
public struct CustomField: Sendable, Equatable {
    public var key: TextRef
    public var value: FieldValue
}

import RapportBase
import RapportSyntax

/// A kind of data a portfolio may hold or lack as a whole: an export from a CRM often carries
/// deals but no contacts, no activities and no revenue history. A rule that reads a kind the
/// portfolio lacks entirely cannot judge anything (its "0 so far" or "since never" would be
/// invented from data that is not there): it is *not applicable* to that portfolio.
public enum DataSet: String, CaseIterable, Sendable, Comparable {
    case revenue, growthPlans = "growth_plans", planActions = "plan_actions", contacts, contactLevels = "contact_levels",
         contactRoles = "contact_roles", activities, opportunities, proposals, leads, leadTouches = "lead_touches"

    /// As a manager reads it after "the portfolio has no …".
    public var missingPhrase: String {
        switch self {
        case .revenue: "revenue history"
        case .growthPlans: "growth plans"
        case .planActions: "growth-plan actions"
        case .contacts: "contacts"
        case .contactLevels: "contact levels"
        case .contactRoles: "buying roles"
        case .activities: "activities"
        case .opportunities: "opportunities"
        case .proposals: "proposals"
        case .leads: "leads"
        case .leadTouches: "lead touches"
        }
    }

    /// The kind this one is part of: with no contacts, no contact has a level.
    package var partOf: DataSet? {
        switch self {
        case .planActions: .growthPlans
        case .contactLevels, .contactRoles: .contacts
        case .proposals: .opportunities
        case .leadTouches: .leads
        default: nil
        }
    }

    public static func < (lhs: DataSet, rhs: DataSet) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which kinds of data a portfolio holds at all (one entry anywhere is enough: a subject without
/// it is then a real absence, which rules report).
public struct DataCoverage: Sendable, Equatable {
    /// The kinds present.
    public private(set) var present: Set<DataSet>

    /// What `portfolio` holds.
    public init(_ portfolio: Portfolio) {
        var present: Set<DataSet> = []
        if !portfolio.revenue.isEmpty { present.insert(.revenue) }
        if !portfolio.growthPlans.isEmpty { present.insert(.growthPlans) }
        if !portfolio.planActions.isEmpty { present.insert(.planActions) }
        if !portfolio.contacts.isEmpty { present.insert(.contacts) }
        if portfolio.contacts.contains(where: { $0.level != nil }) { present.insert(.contactLevels) }
        if portfolio.contacts.contains(where: { $0.role != nil }) { present.insert(.contactRoles) }
        if !portfolio.activities.isEmpty { present.insert(.activities) }
        if !portfolio.opportunities.isEmpty { present.insert(.opportunities) }
        if portfolio.opportunities.contains(where: { $0.proposal != nil }) { present.insert(.proposals) }
        if !portfolio.leads.isEmpty { present.insert(.leads) }
        if !portfolio.dates.isEmpty { present.insert(.leadTouches) }
        self.present = present
    }

    /// Coverage with exactly `present`.
    public init(present: Set<DataSet>) { self.present = present }

    /// The kinds in either (the parts of a portfolio read in parts).
    public func union(_ other: DataCoverage) -> DataCoverage { DataCoverage(present: present.union(other.present)) }

    /// The kinds the portfolio lacks, in a stable order.
    public var missing: [DataSet] { DataSet.allCases.filter { !present.contains($0) } }
}

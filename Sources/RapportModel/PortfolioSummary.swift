import RapportBase
import RapportSyntax

/// What a portfolio holds, at a glance: what `rapport inspect` shows.
public struct PortfolioSummary: Sendable, Equatable {
    /// One rep's share of the portfolio.
    public struct RepLine: Sendable, Equatable {
        public let id: String
        public let name: String
        public let accounts: Int
        public let keyAccounts: Int
        public let leads: Int
        public let openOpportunities: Int
    }

    /// Which kinds of data the portfolio holds at all.
    public let coverage: DataCoverage
    public let team: String
    public let manager: String?
    public let asOf: CalendarDate
    public let currency: String?
    public let fiscalYearStart: Int
    public let thisQuarter: FiscalQuarter
    public let reps: Int
    public let accounts: Int
    /// Accounts per tier in tier order, then untiered.
    public let tiers: [(name: String, count: Int)]
    public let contacts: Int
    public let activities: Int
    public let firstActivity: CalendarDate?
    public let lastActivity: CalendarDate?
    public let opportunities: Int
    public let openOpportunities: Int
    public let growthPlans: Int
    public let leads: Int
    public let repLines: [RepLine]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.team == rhs.team && lhs.asOf == rhs.asOf && lhs.accounts == rhs.accounts && lhs.repLines == rhs.repLines
            && lhs.tiers.map(\.count) == rhs.tiers.map(\.count)
    }

    /// Summarises `portfolio`.
    public init(_ portfolio: Portfolio) {
        coverage = DataCoverage(portfolio)
        team = portfolio.string(portfolio.team.name)
        manager = portfolio.string(portfolio.team.manager)
        asOf = portfolio.asOf
        currency = portfolio.string(portfolio.currency)
        fiscalYearStart = portfolio.fiscalYearStart
        thisQuarter = portfolio.quarter(of: portfolio.asOf)
        reps = portfolio.reps.count
        accounts = portfolio.accounts.count
        var tierCounts = [Int](repeating: 0, count: Tier.allCases.count + 1)
        for account in portfolio.accounts {
            tierCounts[account.tier.map { Tier.allCases.firstIndex(of: $0)! } ?? Tier.allCases.count] += 1
        }
        tiers = Tier.allCases.enumerated().map { ($1.rawValue, tierCounts[$0]) } + [("untiered", tierCounts.last!)]
        contacts = portfolio.contacts.count
        activities = portfolio.activities.count
        firstActivity = portfolio.activities.map(\.date).min()
        lastActivity = portfolio.activities.map(\.date).max()
        opportunities = portfolio.opportunities.count
        openOpportunities = portfolio.opportunities.filter { !$0.stage.isClosed }.count
        growthPlans = portfolio.growthPlans.count
        leads = portfolio.leads.count
        repLines = portfolio.reps.indices.map { rep in
            let owned = portfolio.byRep.accounts(of: rep)
            return RepLine(
                id: portfolio.string(portfolio.reps[rep].id), name: portfolio.string(portfolio.reps[rep].name),
                accounts: owned.count,
                keyAccounts: owned.filter { portfolio.accounts[Int($0)].tier == .key }.count,
                leads: portfolio.byRep.leads(of: rep).count,
                openOpportunities: portfolio.byRep.opportunities(of: rep).filter { !portfolio.opportunities[Int($0)].stage.isClosed }.count)
        }
    }
}

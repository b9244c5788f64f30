extension Portfolio {
    /// How many entities of `type` the portfolio holds (a proposal is counted per opportunity,
    /// the team once).
    package func count(of type: EntityType) -> Int {
        switch type {
        case .account: accounts.count
        case .rep: reps.count
        case .lead: leads.count
        case .opportunity: opportunities.count
        case .contact: contacts.count
        case .activity: activities.count
        case .team: 1
        case .growthPlan: growthPlans.count
        case .proposal: opportunities.count
        case .revenue: revenue.count
        case .action: planActions.count
        }
    }
}

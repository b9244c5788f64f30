import RapportBase
import RapportSyntax

extension Portfolio {
    /// A portfolio of its own values and reps only, with no accounts, deals, leads or
    /// activities: what findings made elsewhere (on a warehouse) need to be named and grouped.
    /// `reps` are (id, name), in their order.
    public static func head(asOf: CalendarDate, currency: String?, fiscalYearStart: Int, team: String, manager: String?,
                            reps: [(id: String, name: String)]) -> Portfolio {
        var text = TextStore()
        let currencyRef = currency.map { text.intern($0) }
        let teamRef = Team(name: text.intern(team), manager: manager.map { text.intern($0) })
        let repRecords = reps.map { Rep(id: text.intern($0.id), name: text.intern($0.name), email: nil, region: nil, quota: nil, hired: nil) }
        return Portfolio(asOf: asOf, currency: currencyRef, fiscalYearStart: fiscalYearStart, team: teamRef, reps: repRecords,
                         accounts: [], revenue: [], growthPlans: [], planActions: [], texts: [], contacts: [], activities: [],
                         opportunities: [], contactLinks: [], leads: [], dates: [], customFields: [], text: text)
    }

    /// Each rep's index by id (the first, when two share an id): for findings and figures made
    /// elsewhere, which name their reps by id.
    package var repIndexByID: [String: Int32] {
        var indices: [String: Int32] = [:]
        for (index, rep) in reps.enumerated() where indices[string(rep.id)] == nil { indices[string(rep.id)] = Int32(index) }
        return indices
    }

    /// This portfolio's own values and reps, without the rest (``head(asOf:currency:fiscalYearStart:team:manager:reps:)``).
    public var head: Portfolio {
        Portfolio.head(asOf: asOf, currency: string(currency), fiscalYearStart: fiscalYearStart, team: string(team.name),
                       manager: string(team.manager), reps: reps.map { (string($0.id), string($0.name)) })
    }
}

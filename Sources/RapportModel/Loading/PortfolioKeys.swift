import RapportBase
import RapportSyntax

/// The keys of each kind of object in the portfolio file, from the ``Schema``: the loader
/// switches over a case per stored field (its raw value is its position among the stored
/// fields, used as a bit in "fields seen" masks). A test checks that each enumeration's cases
/// name the declared keys, one to one and in order.
package enum PortfolioKeys {
    package enum TopField: Int, Sendable, CaseIterable { case format, asOf, currency, fiscalYearStart, team, reps, accounts, leads }
    package static let top = KeyTable<TopField>(declared: Schema.document)

    package enum TeamField: Int, Sendable, CaseIterable { case name, manager }
    package static let team = KeyTable<TeamField>(declared: Schema.stored(.team))

    package enum RepField: Int, Sendable, CaseIterable { case id, name, email, region, quota, hired }
    package static let rep = KeyTable<RepField>(declared: Schema.stored(.rep))

    package enum AccountField: Int, Sendable, CaseIterable {
        case id, name, owner, industry, tier, since, employees, potential, revenue, growthPlan, contacts, activities,
             opportunities, fields
    }
    package static let account = KeyTable<AccountField>(declared: Schema.stored(.account))

    package enum RevenueField: Int, Sendable, CaseIterable { case period, amount }
    package static let revenue = KeyTable<RevenueField>(declared: Schema.stored(.revenue))

    package enum PlanField: Int, Sendable, CaseIterable { case status, updated, nextReview, target, objectives, actions }
    package static let plan = KeyTable<PlanField>(declared: Schema.stored(.growthPlan))

    package enum ActionField: Int, Sendable, CaseIterable { case what, due, done }
    package static let action = KeyTable<ActionField>(declared: Schema.stored(.action))

    package enum ContactField: Int, Sendable, CaseIterable { case id, name, title, department, level, role, lastContact }
    package static let contact = KeyTable<ContactField>(declared: Schema.stored(.contact))

    package enum ActivityField: Int, Sendable, CaseIterable { case id, date, kind, rep, contacts, summary }
    package static let activity = KeyTable<ActivityField>(declared: Schema.stored(.activity))

    package enum OpportunityField: Int, Sendable, CaseIterable {
        case id, name, kind, owner, stage, stageSince, amount, slips, contacts, created, closeDate, proposal
    }
    package static let opportunity = KeyTable<OpportunityField>(declared: Schema.stored(.opportunity))

    package enum ProposalField: Int, Sendable, CaseIterable { case sent, coCreated }
    package static let proposal = KeyTable<ProposalField>(declared: Schema.stored(.proposal))

    package enum LeadField: Int, Sendable, CaseIterable { case id, name, company, source, owner, created, status, touches, converted }
    package static let lead = KeyTable<LeadField>(declared: Schema.stored(.lead))
}

/// A rep reference seen before the reps were read, resolved at the end.
package struct PendingRepReference {
    package enum Holder { case account, activity, opportunity, lead }
    package let holder: Holder
    package let index: Int32
    package let ref: TextRef
    package let span: Span
    package let path: String
}

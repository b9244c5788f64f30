import RapportBase
import RapportSyntax

/// The keys of each kind of object in the portfolio format, in declaration order
/// (a field's raw value is its position, used as a bit in "fields seen" masks).
package enum PortfolioSchema {
    package enum TopField: Int, Sendable { case format, asOf, currency, fiscalYearStart, team, reps, accounts, leads }
    package static let top = KeyTable<TopField>(["format": .format, "as_of": .asOf, "currency": .currency,
                                          "fiscal_year_start": .fiscalYearStart, "team": .team, "reps": .reps,
                                          "accounts": .accounts, "leads": .leads])

    package enum TeamField: Int, Sendable { case name, manager }
    package static let team = KeyTable<TeamField>(["name": .name, "manager": .manager])

    package enum RepField: Int, Sendable { case id, name, email, region, quota, hired }
    package static let rep = KeyTable<RepField>(["id": .id, "name": .name, "email": .email, "region": .region,
                                          "quota": .quota, "hired": .hired])

    package enum AccountField: Int, Sendable {
        case id, name, owner, industry, tier, since, employees, potential, revenue, growthPlan, contacts, activities,
             opportunities, fields
    }
    package static let account = KeyTable<AccountField>([
        "id": .id, "name": .name, "owner": .owner, "industry": .industry, "tier": .tier, "since": .since,
        "employees": .employees, "potential": .potential, "revenue": .revenue, "growth_plan": .growthPlan,
        "contacts": .contacts, "activities": .activities, "opportunities": .opportunities, "fields": .fields,
    ])

    package enum RevenueField: Int, Sendable { case period, amount }
    package static let revenue = KeyTable<RevenueField>(["period": .period, "amount": .amount])

    package enum PlanField: Int, Sendable { case status, updated, nextReview, target, objectives, actions }
    package static let plan = KeyTable<PlanField>(["status": .status, "updated": .updated, "next_review": .nextReview,
                                            "target": .target, "objectives": .objectives, "actions": .actions])

    package enum ActionField: Int, Sendable { case what, due, done }
    package static let action = KeyTable<ActionField>(["what": .what, "due": .due, "done": .done])

    package enum ContactField: Int, Sendable { case id, name, title, department, level, role, lastContact }
    package static let contact = KeyTable<ContactField>(["id": .id, "name": .name, "title": .title, "department": .department,
                                                  "level": .level, "role": .role, "last_contact": .lastContact])

    package enum ActivityField: Int, Sendable { case id, date, kind, rep, contacts, summary }
    package static let activity = KeyTable<ActivityField>(["id": .id, "date": .date, "kind": .kind, "rep": .rep,
                                                    "contacts": .contacts, "summary": .summary])

    package enum OpportunityField: Int, Sendable {
        case id, name, kind, owner, stage, stageSince, amount, slips, contacts, created, closeDate, proposal
    }
    package static let opportunity = KeyTable<OpportunityField>([
        "id": .id, "name": .name, "kind": .kind, "owner": .owner, "stage": .stage, "stage_since": .stageSince,
        "amount": .amount, "slips": .slips, "contacts": .contacts, "created": .created, "close_date": .closeDate,
        "proposal": .proposal,
    ])

    package enum ProposalField: Int, Sendable { case sent, coCreated }
    package static let proposal = KeyTable<ProposalField>(["sent": .sent, "co_created": .coCreated])

    package enum LeadField: Int, Sendable { case id, name, company, source, owner, created, status, touches, converted }
    package static let lead = KeyTable<LeadField>(["id": .id, "name": .name, "company": .company, "source": .source,
                                            "owner": .owner, "created": .created, "status": .status,
                                            "touches": .touches, "converted": .converted])

    /// The only format this version reads.
    package static let formatName = "rapport-portfolio/1"
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

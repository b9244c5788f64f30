/// The keys of each kind of object in the portfolio format, in declaration order
/// (a field's raw value is its position, used as a bit in "fields seen" masks).
enum PortfolioSchema {
    enum TopField: Int, Sendable { case format, asOf, currency, fiscalYearStart, team, reps, accounts, leads }
    static let top = KeyTable<TopField>(["format": .format, "as_of": .asOf, "currency": .currency,
                                          "fiscal_year_start": .fiscalYearStart, "team": .team, "reps": .reps,
                                          "accounts": .accounts, "leads": .leads])

    enum TeamField: Int, Sendable { case name, manager }
    static let team = KeyTable<TeamField>(["name": .name, "manager": .manager])

    enum RepField: Int, Sendable { case id, name, email, region, quota, hired }
    static let rep = KeyTable<RepField>(["id": .id, "name": .name, "email": .email, "region": .region,
                                          "quota": .quota, "hired": .hired])

    enum AccountField: Int, Sendable {
        case id, name, owner, industry, tier, since, employees, potential, revenue, growthPlan, contacts, activities,
             opportunities, fields
    }
    static let account = KeyTable<AccountField>([
        "id": .id, "name": .name, "owner": .owner, "industry": .industry, "tier": .tier, "since": .since,
        "employees": .employees, "potential": .potential, "revenue": .revenue, "growth_plan": .growthPlan,
        "contacts": .contacts, "activities": .activities, "opportunities": .opportunities, "fields": .fields,
    ])

    enum RevenueField: Int, Sendable { case period, amount }
    static let revenue = KeyTable<RevenueField>(["period": .period, "amount": .amount])

    enum PlanField: Int, Sendable { case status, updated, nextReview, target, objectives, actions }
    static let plan = KeyTable<PlanField>(["status": .status, "updated": .updated, "next_review": .nextReview,
                                            "target": .target, "objectives": .objectives, "actions": .actions])

    enum ActionField: Int, Sendable { case what, due, done }
    static let action = KeyTable<ActionField>(["what": .what, "due": .due, "done": .done])

    enum ContactField: Int, Sendable { case id, name, title, department, level, role, lastContact }
    static let contact = KeyTable<ContactField>(["id": .id, "name": .name, "title": .title, "department": .department,
                                                  "level": .level, "role": .role, "last_contact": .lastContact])

    enum ActivityField: Int, Sendable { case id, date, kind, rep, contacts, summary }
    static let activity = KeyTable<ActivityField>(["id": .id, "date": .date, "kind": .kind, "rep": .rep,
                                                    "contacts": .contacts, "summary": .summary])

    enum OpportunityField: Int, Sendable {
        case id, name, kind, owner, stage, stageSince, amount, slips, contacts, created, closeDate, proposal
    }
    static let opportunity = KeyTable<OpportunityField>([
        "id": .id, "name": .name, "kind": .kind, "owner": .owner, "stage": .stage, "stage_since": .stageSince,
        "amount": .amount, "slips": .slips, "contacts": .contacts, "created": .created, "close_date": .closeDate,
        "proposal": .proposal,
    ])

    enum ProposalField: Int, Sendable { case sent, coCreated }
    static let proposal = KeyTable<ProposalField>(["sent": .sent, "co_created": .coCreated])

    enum LeadField: Int, Sendable { case id, name, company, source, owner, created, status, touches, converted }
    static let lead = KeyTable<LeadField>(["id": .id, "name": .name, "company": .company, "source": .source,
                                            "owner": .owner, "created": .created, "status": .status,
                                            "touches": .touches, "converted": .converted])

    /// The only format this version reads.
    static let formatName = "rapport-portfolio/1"
}

/// A rep reference seen before the reps were read, resolved at the end.
struct PendingRepReference {
    enum Holder { case account, activity, opportunity, lead }
    let holder: Holder
    let index: Int32
    let ref: TextRef
    let span: Span
    let path: String
}

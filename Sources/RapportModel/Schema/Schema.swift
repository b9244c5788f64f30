import RapportBase
import RapportSyntax

/// A field of an entity as rules see it: model fields, derived navigation, back-links.
public struct FieldInfo: Sendable {
    /// The name written after `.`.
    public let name: String
    /// Its type.
    public let type: ValueType
    /// One line for help and completion.
    public let doc: String
}

/// The portfolio model as types: what each entity's fields are. Read by the checker, the
/// evaluator, and the REPL's completion.
public enum Schema {
    /// Built-in fields of `entity`, in a sensible display order.
    public static func fields(of entity: EntityType) -> [FieldInfo] { table[entity] ?? [] }

    /// The built-in field `name` of `entity`.
    public static func field(_ name: String, of entity: EntityType) -> FieldInfo? {
        index[entity]?[name]
    }

    private static let index: [EntityType: [String: FieldInfo]] = table.mapValues { fields in
        Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
    }

    private static func f(_ name: String, _ type: ValueType, _ doc: String) -> FieldInfo {
        FieldInfo(name: name, type: type, doc: doc)
    }

    private static let table: [EntityType: [FieldInfo]] = [
        .account: [
            f("id", .text, "the account's id"), f("name", .text, "the company's name"),
            f("owner", .entity(.rep), "the rep who owns the account"), f("industry", .text, "industry"),
            f("tier", .enumeration(.tier), "the team's label: key, growth, core or transactional"),
            f("since", .date, "customer since"), f("employees", .number, "number of employees"),
            f("potential", .number, "estimated yearly spend available to us"),
            f("revenue", .list(.entity(.revenue)), "booked revenue by fiscal quarter"),
            f("growth_plan", .entity(.growthPlan), "the growth plan (missing when there is none)"),
            f("contacts", .list(.entity(.contact)), "people at the customer"),
            f("activities", .list(.entity(.activity)), "what the team did with the account"),
            f("opportunities", .list(.entity(.opportunity)), "deals"),
        ],
        .rep: [
            f("id", .text, "the rep's id"), f("name", .text, "the rep's name"), f("email", .text, "email"),
            f("region", .text, "region"), f("quota", .number, "target for the current fiscal quarter"),
            f("hired", .date, "hiring date"),
            f("accounts", .list(.entity(.account)), "accounts the rep owns"),
            f("leads", .list(.entity(.lead)), "leads the rep owns"),
            f("activities", .list(.entity(.activity)), "activities the rep did"),
            f("opportunities", .list(.entity(.opportunity)), "deals the rep works"),
        ],
        .lead: [
            f("id", .text, "the lead's id"), f("name", .text, "the person's name"), f("company", .text, "company"),
            f("source", .text, "where the lead came from"), f("owner", .entity(.rep), "the rep who owns the lead"),
            f("created", .date, "when the lead was created"),
            f("status", .enumeration(.leadStatus), "new, nurturing, qualified, converted or disqualified"),
            f("touches", .list(.date), "each contact made with the lead"),
            f("converted", .date, "when it became an opportunity or customer"),
        ],
        .opportunity: [
            f("id", .text, "the deal's id"), f("name", .text, "the deal's name"),
            f("kind", .enumeration(.opportunityKind), "new_business, expansion or renewal"),
            f("owner", .entity(.rep), "who works the deal"),
            f("stage", .enumeration(.stage), "prospecting … negotiation, won or lost"),
            f("stage_since", .date, "when it entered its current stage"), f("amount", .number, "value of the deal"),
            f("slips", .number, "how often the close date moved later"),
            f("contacts", .list(.entity(.contact)), "the customer's people in the deal"),
            f("created", .date, "when the deal was opened"),
            f("close_date", .date, "expected close date, or actual once won or lost"),
            f("proposal", .entity(.proposal), "the proposal sent (missing when none)"),
            f("account", .entity(.account), "the account"),
        ],
        .contact: [
            f("id", .text, "the contact's id"), f("name", .text, "the person's name"), f("title", .text, "job title"),
            f("department", .text, "department"),
            f("level", .enumeration(.contactLevel), "executive, senior, manager or staff"),
            f("role", .enumeration(.contactRole), "decision_maker, champion, influencer, user or blocker"),
            f("last_contact", .date, "when we last spoke"), f("account", .entity(.account), "the account"),
        ],
        .activity: [
            f("id", .text, "the activity's id"), f("date", .date, "when it happened"),
            f("kind", .enumeration(.activityKind), "meeting, call, email, demo, proposal, qbr, workshop or social"),
            f("rep", .entity(.rep), "who did it"), f("contacts", .list(.entity(.contact)), "who from the customer took part"),
            f("summary", .text, "what happened"), f("account", .entity(.account), "the account"),
        ],
        .team: [
            f("name", .text, "the team's name"), f("manager", .text, "the manager's name"),
            f("reps", .list(.entity(.rep)), "the team's reps"), f("accounts", .list(.entity(.account)), "all accounts"),
            f("leads", .list(.entity(.lead)), "all leads"),
        ],
        .growthPlan: [
            f("status", .enumeration(.planStatus), "draft, active or archived"),
            f("updated", .date, "when the plan was last updated"), f("next_review", .date, "next review date"),
            f("target", .number, "revenue the plan aims for over the next 12 months"),
            f("objectives", .list(.text), "what the plan wants to achieve"),
            f("actions", .list(.entity(.action)), "dated next steps"), f("account", .entity(.account), "the account"),
        ],
        .proposal: [
            f("sent", .date, "when it was sent"), f("co_created", .boolean, "written together with the customer"),
            f("opportunity", .entity(.opportunity), "the deal"),
        ],
        .revenue: [
            f("period", .period, "the fiscal quarter"), f("amount", .number, "booked revenue"),
            f("account", .entity(.account), "the account"),
        ],
        .action: [
            f("what", .text, "the next step"), f("due", .date, "when it is due"), f("done", .boolean, "whether it is done"),
            f("plan", .entity(.growthPlan), "the growth plan"),
        ],
    ]

    /// The entity types of the top-level collections.
    public static let collections: [String: ValueType] = [
        "accounts": .list(.entity(.account)), "reps": .list(.entity(.rep)), "leads": .list(.entity(.lead)),
        "contacts": .list(.entity(.contact)), "activities": .list(.entity(.activity)),
        "opportunities": .list(.entity(.opportunity)), "team": .entity(.team),
    ]
}

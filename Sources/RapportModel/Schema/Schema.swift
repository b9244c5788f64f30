import RapportBase
import RapportSyntax

/// A field of an entity: what rules see (name, type, doc) and where its value comes from.
public struct FieldInfo: Sendable {
    /// The name written after `.`; for a stored field, also its key in the portfolio file.
    public let name: String
    /// Its type as rules see it.
    public let type: ValueType
    /// One line for help, completion and `docs/fields.md`.
    public let doc: String
    /// A key of the portfolio file, or derived while loading.
    public let source: FieldSource
    /// The key as a static string (the loader keeps it in paths without a reference count).
    package let key: StaticString

    /// True when the portfolio file holds the field.
    public var isStored: Bool {
        if case .stored = source { return true }
        return false
    }

    /// How the file holds it (nil for a derived field).
    public var format: FieldFormat? {
        if case .stored(let format, _) = source { return format }
        return nil
    }

    /// True when an object without the field is refused.
    public var isRequired: Bool {
        if case .stored(_, let required) = source { return required }
        return false
    }
}

/// Where a field's value comes from.
public enum FieldSource: Sendable, Equatable {
    /// Read from the portfolio file; `required`: an object without it is refused.
    case stored(FieldFormat, required: Bool)
    /// Worked out while loading: the rep record behind an owner id, a rep's accounts, back-links.
    case derived
}

/// How the portfolio file writes a stored field.
public enum FieldFormat: Sendable, Equatable, CustomStringConvertible {
    case text, date, boolean
    /// A number of money, in the portfolio's currency.
    case money
    /// A whole number.
    case integer
    /// A month number, 1–12.
    case month
    /// A fiscal quarter, `YYYY-Qn`.
    case period
    /// The format's name, `rapport-portfolio/1`.
    case formatName
    /// One of an enumeration's values.
    case enumeration(EnumKind)
    /// The id of a record of another entity.
    case id(of: EntityType)
    /// A list of ids of records of another entity.
    case ids(of: EntityType)
    /// A nested object.
    case object(EntityType)
    /// A list of nested objects.
    case objects(EntityType)
    /// A list of dates; a list of text.
    case dates, texts
    /// The team's own fields (CRM custom fields): an object of text, numbers, true/false and dates.
    case customFields

    /// One value, not a list or an object.
    public var isScalar: Bool {
        switch self {
        case .ids, .object, .objects, .dates, .texts, .customFields: false
        default: true
        }
    }

    public var description: String {
        switch self {
        case .text: "text"
        case .date: "date"
        case .boolean: "true or false"
        case .money: "money"
        case .integer: "whole number"
        case .month: "month (1–12)"
        case .period: "quarter (`YYYY-Qn`)"
        case .formatName: "`\(Schema.formatName)`"
        case .enumeration(let kind): kind.values.map { "`\($0)`" }.joined(separator: " ")
        case .id(let entity): "\(entity.rawValue) id"
        case .ids(let entity): "list of \(entity.rawValue) ids"
        case .object(let entity): "\(entity.rawValue) object"
        case .objects(let entity): "list of \(entity.rawValue) objects"
        case .dates: "list of dates"
        case .texts: "list of text"
        case .customFields: "object of text, numbers, true/false and dates"
        }
    }
}

/// The portfolio, declared once: every entity's fields with their types, their keys in the
/// file, whether they are required, and a line of documentation. The checker's types, the
/// loader's key tables and required fields, the compiled field readers, the import targets and
/// `docs/fields.md` read this table; the writer, the generator and the readers are checked
/// against it by tests.
public enum Schema {
    /// The only format this version reads.
    public static let formatName = "rapport-portfolio/1"

    /// Fields of `entity` that rules read, in a sensible display order.
    public static func fields(of entity: EntityType) -> [FieldInfo] { ruleFields[entity] ?? [] }

    /// The field `name` of `entity` that rules read.
    public static func field(_ name: String, of entity: EntityType) -> FieldInfo? {
        index[entity]?[name]
    }

    /// Every field of `entity` as declared, including the team's own fields (`fields`), which
    /// rules read through `field` declarations rather than by that name.
    public static func declared(_ entity: EntityType) -> [FieldInfo] { table[entity] ?? [] }

    /// The stored fields of `entity`, in the order the writer writes them.
    public static func stored(_ entity: EntityType) -> [FieldInfo] { declared(entity).filter(\.isStored) }

    /// The top-level keys of a portfolio file.
    public static let document: [FieldInfo] = [
        s("format", .text, .formatName, required: true, "the format and its version"),
        s("as_of", .date, .date, required: true, "the day the data describes: `today` in rules (`--as-of` overrides it)"),
        s("currency", .text, .text, "ISO code used when money is printed"),
        s("fiscal_year_start", .number, .month, "the month the fiscal year starts (default 1); quarters count from it"),
        s("team", .entity(.team), .object(.team), required: true, "the team"),
        s("reps", .list(.entity(.rep)), .objects(.rep), "the team's salespeople"),
        s("accounts", .list(.entity(.account)), .objects(.account), "customers, with their contacts, activities and deals"),
        s("leads", .list(.entity(.lead)), .objects(.lead), "people not yet customers"),
    ]

    /// The entity types of the top-level collections.
    public static let collections: [String: ValueType] = [
        "accounts": .list(.entity(.account)), "reps": .list(.entity(.rep)), "leads": .list(.entity(.lead)),
        "contacts": .list(.entity(.contact)), "activities": .list(.entity(.activity)),
        "opportunities": .list(.entity(.opportunity)), "team": .entity(.team),
    ]

    private static let ruleFields: [EntityType: [FieldInfo]] = table.mapValues { fields in
        fields.filter { $0.format != .customFields }
    }

    private static let index: [EntityType: [String: FieldInfo]] = ruleFields.mapValues { fields in
        Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
    }

    /// A stored field.
    private static func s(_ key: StaticString, _ type: ValueType, _ format: FieldFormat, required: Bool = false,
                          _ doc: String) -> FieldInfo {
        FieldInfo(name: key.description, type: type, doc: doc, source: .stored(format, required: required), key: key)
    }

    /// A derived field.
    private static func d(_ name: StaticString, _ type: ValueType, _ doc: String) -> FieldInfo {
        FieldInfo(name: name.description, type: type, doc: doc, source: .derived, key: name)
    }

    /// A stored enumerated field.
    private static func e(_ key: StaticString, _ kind: EnumKind, required: Bool = false, _ doc: String) -> FieldInfo {
        s(key, .enumeration(kind), .enumeration(kind), required: required, doc)
    }

    /// The declaration. Stored fields come in the order of the file (the writer's order, and the
    /// loader's field cases); derived ones follow.
    private static let table: [EntityType: [FieldInfo]] = [
        .team: [
            s("name", .text, .text, required: true, "the team's name"), s("manager", .text, .text, "the manager's name"),
            d("reps", .list(.entity(.rep)), "the team's reps"), d("accounts", .list(.entity(.account)), "all accounts"),
            d("leads", .list(.entity(.lead)), "all leads"),
        ],
        .rep: [
            s("id", .text, .text, required: true, "the rep's id"), s("name", .text, .text, required: true, "the rep's name"),
            s("email", .text, .text, "email"), s("region", .text, .text, "region"),
            s("quota", .number, .money, "target for the current fiscal quarter"), s("hired", .date, .date, "hiring date"),
            d("accounts", .list(.entity(.account)), "accounts the rep owns"),
            d("leads", .list(.entity(.lead)), "leads the rep owns"),
            d("activities", .list(.entity(.activity)), "activities the rep did"),
            d("opportunities", .list(.entity(.opportunity)), "deals the rep works"),
        ],
        .account: [
            s("id", .text, .text, required: true, "the account's id"),
            s("name", .text, .text, required: true, "the company's name"),
            s("owner", .entity(.rep), .id(of: .rep), required: true, "the rep who owns the account"),
            s("industry", .text, .text, "industry"),
            e("tier", .tier, "the team's label: key, growth, core or transactional"),
            s("since", .date, .date, "customer since"), s("employees", .number, .integer, "number of employees"),
            s("potential", .number, .money, "estimated yearly spend available to us"),
            s("revenue", .list(.entity(.revenue)), .objects(.revenue), "booked revenue by fiscal quarter"),
            s("growth_plan", .entity(.growthPlan), .object(.growthPlan), "the growth plan (missing when there is none)"),
            s("contacts", .list(.entity(.contact)), .objects(.contact), "people at the customer"),
            s("activities", .list(.entity(.activity)), .objects(.activity), "what the team did with the account"),
            s("opportunities", .list(.entity(.opportunity)), .objects(.opportunity), "deals"),
            s("fields", .error, .customFields, "the team's own fields, read through `field` declarations"),
        ],
        .revenue: [
            s("period", .period, .period, required: true, "the fiscal quarter"),
            s("amount", .number, .money, required: true, "booked revenue"),
            d("account", .entity(.account), "the account"),
        ],
        .growthPlan: [
            e("status", .planStatus, required: true, "draft, active or archived"),
            s("updated", .date, .date, required: true, "when the plan was last updated"),
            s("next_review", .date, .date, "next review date"),
            s("target", .number, .money, "revenue the plan aims for over the next 12 months"),
            s("objectives", .list(.text), .texts, "what the plan wants to achieve"),
            s("actions", .list(.entity(.action)), .objects(.action), "dated next steps"),
            d("account", .entity(.account), "the account"),
        ],
        .action: [
            s("what", .text, .text, required: true, "the next step"), s("due", .date, .date, required: true, "when it is due"),
            s("done", .boolean, .boolean, "whether it is done"), d("plan", .entity(.growthPlan), "the growth plan"),
        ],
        .contact: [
            s("id", .text, .text, required: true, "the contact's id"),
            s("name", .text, .text, required: true, "the person's name"),
            s("title", .text, .text, "job title"), s("department", .text, .text, "department"),
            e("level", .contactLevel, "executive, senior, manager or staff"),
            e("role", .contactRole, "decision_maker, champion, influencer, user or blocker"),
            s("last_contact", .date, .date, "when we last spoke"), d("account", .entity(.account), "the account"),
        ],
        .activity: [
            s("id", .text, .text, required: true, "the activity's id"), s("date", .date, .date, required: true, "when it happened"),
            e("kind", .activityKind, required: true, "meeting, call, email, demo, proposal, qbr, workshop or social"),
            s("rep", .entity(.rep), .id(of: .rep), "who did it"),
            s("contacts", .list(.entity(.contact)), .ids(of: .contact), "who from the customer took part"),
            s("summary", .text, .text, "what happened"), d("account", .entity(.account), "the account"),
        ],
        .opportunity: [
            s("id", .text, .text, required: true, "the deal's id"), s("name", .text, .text, required: true, "the deal's name"),
            e("kind", .opportunityKind, "new_business, expansion or renewal"),
            s("owner", .entity(.rep), .id(of: .rep), "who works the deal"),
            e("stage", .stage, required: true, "prospecting … negotiation, won or lost"),
            s("stage_since", .date, .date, "when it entered its current stage"),
            s("amount", .number, .money, "value of the deal"),
            s("slips", .number, .integer, "how often the close date moved later"),
            s("contacts", .list(.entity(.contact)), .ids(of: .contact), "the customer's people in the deal"),
            s("created", .date, .date, "when the deal was opened"),
            s("close_date", .date, .date, "expected close date, or actual once won or lost"),
            s("proposal", .entity(.proposal), .object(.proposal), "the proposal sent (missing when none)"),
            d("account", .entity(.account), "the account"),
        ],
        .proposal: [
            s("sent", .date, .date, required: true, "when it was sent"),
            s("co_created", .boolean, .boolean, "written together with the customer"),
            d("opportunity", .entity(.opportunity), "the deal"),
        ],
        .lead: [
            s("id", .text, .text, required: true, "the lead's id"), s("name", .text, .text, required: true, "the person's name"),
            s("company", .text, .text, "company"), s("source", .text, .text, "where the lead came from"),
            s("owner", .entity(.rep), .id(of: .rep), required: true, "the rep who owns the lead"),
            s("created", .date, .date, required: true, "when the lead was created"),
            e("status", .leadStatus, required: true, "new, nurturing, qualified, converted or disqualified"),
            s("touches", .list(.date), .dates, "each contact made with the lead"),
            s("converted", .date, .date, "when it became an opportunity or customer"),
        ],
    ]
}

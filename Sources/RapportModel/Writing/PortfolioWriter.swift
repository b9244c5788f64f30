import RapportBase
import RapportSyntax

/// Writes a ``Portfolio`` as canonical portfolio JSON: fields in the order of the format
/// description, missing values left out, defaults written out. Loading the output gives back
/// the same model.
public enum PortfolioWriter {
    /// The portfolio as JSON text.
    public static func json(_ portfolio: Portfolio) -> [UInt8] {
        var out: [UInt8] = []
        var writer = JSONStreamWriter { out.append(contentsOf: $0) }
        // The sink only appends to memory, so writing cannot fail.
        try! write(portfolio, to: &writer)
        try! writer.finish()
        return out
    }

    /// Streams `portfolio` into `writer`.
    public static func write(_ p: Portfolio, to w: inout JSONStreamWriter) throws {
        func text(_ key: String, _ ref: TextRef?) throws {
            guard let ref else { return }
            try w.key(key)
            try w.string(bytes: p.text.bytes(ref))
        }
        func number(_ key: String, _ value: Double?) throws {
            guard let value else { return }
            try w.key(key)
            try w.number(value)
        }
        func date(_ key: String, _ value: CalendarDate?) throws {
            guard let value else { return }
            try w.key(key)
            try w.string(value.description)
        }
        func enumeration<E: PortfolioEnumeration>(_ key: String, _ value: E?) throws {
            guard let value else { return }
            try w.key(key)
            try w.string(value.rawValue)
        }
        func repID(_ index: Int32) -> TextRef { p.reps[Int(index)].id }
        func contactIDs(_ range: IndexRange) throws {
            try w.key("contacts")
            try w.beginArray()
            for link in p.contactLinks[range.range] { try w.string(bytes: p.text.bytes(p.contacts[Int(link)].id)) }
            w.endArray()
        }

        try w.beginObject()
        try w.key("format"); try w.string(Schema.formatName)
        try date("as_of", p.asOf)
        try text("currency", p.currency)
        try w.key("fiscal_year_start"); try w.number(p.fiscalYearStart)
        try w.key("team"); try w.beginObject()
        try text("name", p.team.name)
        try text("manager", p.team.manager)
        w.endObject()

        try w.key("reps"); try w.beginArray()
        for rep in p.reps {
            try w.beginObject()
            try text("id", rep.id); try text("name", rep.name); try text("email", rep.email); try text("region", rep.region)
            try number("quota", rep.quota); try date("hired", rep.hired)
            w.endObject()
        }
        w.endArray()

        try w.key("accounts"); try w.beginArray()
        for account in p.accounts {
            try w.beginObject()
            try text("id", account.id); try text("name", account.name); try text("owner", repID(account.owner))
            try text("industry", account.industry); try enumeration("tier", account.tier); try date("since", account.since)
            try number("employees", account.employees); try number("potential", account.potential)
            try w.key("revenue"); try w.beginArray()
            for entry in p.revenue[account.revenue.range] {
                try w.beginObject()
                try w.key("period"); try w.string(entry.period.description)
                try number("amount", entry.amount)
                w.endObject()
            }
            w.endArray()
            if account.growthPlan >= 0 {
                let plan = p.growthPlans[Int(account.growthPlan)]
                try w.key("growth_plan"); try w.beginObject()
                try enumeration("status", plan.status); try date("updated", plan.updated)
                try date("next_review", plan.nextReview); try number("target", plan.target)
                try w.key("objectives"); try w.beginArray()
                for objective in p.texts[plan.objectives.range] { try w.string(bytes: p.text.bytes(objective)) }
                w.endArray()
                try w.key("actions"); try w.beginArray()
                for action in p.planActions[plan.actions.range] {
                    try w.beginObject()
                    try text("what", action.what); try date("due", action.due)
                    try w.key("done"); try w.bool(action.done)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            try w.key("contacts"); try w.beginArray()
            for contact in p.contacts[account.contacts.range] {
                try w.beginObject()
                try text("id", contact.id); try text("name", contact.name); try text("title", contact.title)
                try text("department", contact.department); try enumeration("level", contact.level)
                try enumeration("role", contact.role); try date("last_contact", contact.lastContact)
                w.endObject()
            }
            w.endArray()
            try w.key("activities"); try w.beginArray()
            for activity in p.activities[account.activities.range] {
                try w.beginObject()
                try text("id", activity.id); try date("date", activity.date); try enumeration("kind", activity.kind)
                try text("rep", repID(activity.rep)); try contactIDs(activity.contacts); try text("summary", activity.summary)
                w.endObject()
            }
            w.endArray()
            try w.key("opportunities"); try w.beginArray()
            for deal in p.opportunities[account.opportunities.range] {
                try w.beginObject()
                try text("id", deal.id); try text("name", deal.name); try enumeration("kind", deal.kind)
                try text("owner", repID(deal.owner)); try enumeration("stage", deal.stage); try date("stage_since", deal.stageSince)
                try number("amount", deal.amount); try number("slips", deal.slips); try contactIDs(deal.contacts)
                try date("created", deal.created); try date("close_date", deal.closeDate)
                if let proposal = deal.proposal {
                    try w.key("proposal"); try w.beginObject()
                    try date("sent", proposal.sent)
                    try w.key("co_created"); try w.bool(proposal.coCreated)
                    w.endObject()
                }
                w.endObject()
            }
            w.endArray()
            if !account.fields.isEmpty {
                try w.key("fields"); try w.beginObject()
                for field in p.customFields[account.fields.range] {
                    try w.key(p.string(field.key))
                    switch field.value {
                    case .text(let ref): try w.string(bytes: p.text.bytes(ref))
                    case .number(let value): try w.number(value)
                    case .boolean(let value): try w.bool(value)
                    }
                }
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()

        try w.key("leads"); try w.beginArray()
        for lead in p.leads {
            try w.beginObject()
            try text("id", lead.id); try text("name", lead.name); try text("company", lead.company)
            try text("source", lead.source); try text("owner", repID(lead.owner)); try date("created", lead.created)
            try enumeration("status", lead.status)
            try w.key("touches"); try w.beginArray()
            for touch in p.dates[lead.touches.range] { try w.string(touch.description) }
            w.endArray()
            try date("converted", lead.converted)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

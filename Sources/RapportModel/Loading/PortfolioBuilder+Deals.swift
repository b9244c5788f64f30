import RapportBase
import RapportSyntax

/// A contact id named by an activity or opportunity, resolved when its account is complete
/// (an account's contacts may come after its activities in the file).
package struct PendingContactLink {
    package let link: Int
    package let ref: TextRef
    /// Where the id starts in the file.
    package let offset: Int
    /// `activities` or `opportunities`, its index in the account, and the id's index in its list:
    /// enough to rebuild the path should the id not resolve.
    package let holder: String
    package let holderIndex: Int
    package let position: Int

    package var relativePath: String { "\(holder)[\(holderIndex)].contacts[\(position)]" }
}

extension PortfolioBuilder {
    /// Reads a list of contact ids into ``contactLinks``, to be resolved against the account's contacts.
    package mutating func readContactLinks(_ holder: String, _ holderIndex: Int, pending: inout [PendingContactLink]) throws(DocumentSyntaxError) -> IndexRange {
        var range = IndexRange(start: Int32(contactLinks.count))
        try readList("contact ids") { b, index throws(DocumentSyntaxError) in
            guard let start = try b.expectKind(.string, "a contact id in quotes") else { return }
            let ref = try b.reader.readString(&b.store)
            pending.append(PendingContactLink(link: b.contactLinks.count, ref: ref, offset: start,
                                              holder: holder, holderIndex: holderIndex, position: index))
            b.contactLinks.append(PortfolioBuilder.unresolved)
        }
        range.count = Int32(contactLinks.count) - range.start
        return range
    }

    package mutating func readActivity(_ account: Int32, local: Int, pending: inout [PendingContactLink]) throws(DocumentSyntaxError) {
        var activity = Activity(id: .empty, date: CalendarDate(dayNumber: 0), kind: .meeting,
                                rep: PortfolioBuilder.ownerDefault, account: account)
        guard let (span, seen) = try readObject("activity", S.activity, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .id: activity.id = try b.readID(.activity, index: b.activities.count, kind: "activity") ?? .empty
            case .date: activity.date = try b.readDate() ?? activity.date
            case .kind: activity.kind = try b.readEnum(ActivityKind.self, "an activity kind") ?? .meeting
            case .rep: activity.rep = try b.readRepReference(.activity, index: b.activities.count)
            case .contacts: activity.contacts = try b.readContactLinks("activities", local, pending: &pending)
            case .summary: activity.summary = try b.readText()
            }
        }) else { return }
        requireFields(of: S.activity, seen: seen, in: "activity", at: span)
        activities.append(activity)
    }

    package mutating func readOpportunity(_ account: Int32, local: Int, pending: inout [PendingContactLink]) throws(DocumentSyntaxError) {
        var deal = Opportunity(id: .empty, name: .empty, owner: PortfolioBuilder.ownerDefault, stage: .prospecting,
                               slips: 0, account: account)
        guard let (span, seen) = try readObject("opportunity", S.opportunity, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .id: deal.id = try b.readID(.opportunity, index: b.opportunities.count, kind: "opportunity") ?? .empty
            case .name: deal.name = try b.readText() ?? .empty
            case .kind: deal.kind = try b.readEnum(OpportunityKind.self, "an opportunity kind")
            case .owner: deal.owner = try b.readRepReference(.opportunity, index: b.opportunities.count)
            case .stage: deal.stage = try b.readEnum(OpportunityStage.self, "a stage") ?? .prospecting
            case .stageSince: deal.stageSince = try b.readDate()
            case .amount: deal.amount = try b.readNumber("an amount", minimum: 0)
            case .slips: deal.slips = try b.readNumber("a number of slips", integer: true, minimum: 0) ?? 0
            case .contacts: deal.contacts = try b.readContactLinks("opportunities", local, pending: &pending)
            case .created: deal.created = try b.readDate()
            case .closeDate: deal.closeDate = try b.readDate()
            case .proposal: deal.proposal = try b.readProposal()
            }
        }) else { return }
        requireFields(of: S.opportunity, seen: seen, in: "opportunity", at: span)
        opportunities.append(deal)
    }

    package mutating func readProposal() throws(DocumentSyntaxError) -> Proposal? {
        var proposal = Proposal(sent: CalendarDate(dayNumber: 0), coCreated: false)
        guard let (span, seen) = try readObject("proposal", S.proposal, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .sent: proposal.sent = try b.readDate() ?? proposal.sent
            case .coCreated: proposal.coCreated = try b.readBool() ?? false
            }
        }) else { return nil }
        requireFields(of: S.proposal, seen: seen, in: "proposal", at: span)
        return proposal
    }

    package mutating func readLead(_ index: Int) throws(DocumentSyntaxError) {
        var lead = Lead(id: .empty, name: .empty, owner: PortfolioBuilder.unresolved, created: CalendarDate(dayNumber: 0), status: .new)
        guard let (span, seen) = try readObject("lead", S.lead, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .id: lead.id = try b.readID(.lead, index: b.leads.count, kind: "lead") ?? .empty
            case .name: lead.name = try b.readText() ?? .empty
            case .company: lead.company = try b.readText()
            case .source: lead.source = try b.readText()
            case .owner: lead.owner = try b.readRepReference(.lead, index: b.leads.count)
            case .created: lead.created = try b.readDate() ?? lead.created
            case .status: lead.status = try b.readEnum(LeadStatus.self, "a lead status") ?? .new
            case .touches:
                lead.touches.start = Int32(b.dates.count)
                try b.readList("dates") { b, _ throws(DocumentSyntaxError) in
                    if let date = try b.readDate() { b.dates.append(date) }
                }
                lead.touches.count = Int32(b.dates.count) - lead.touches.start
            case .converted: lead.converted = try b.readDate()
            }
        }) else { return }
        requireFields(of: S.lead, seen: seen, in: "lead", at: span)
        leads.append(lead)
    }

    /// `fields`: the team's own values, each text, a number or true/false (dates are written as text).
    package mutating func readCustomFields() throws(DocumentSyntaxError) {
        guard try expectKind(.object, "an object of custom fields") != nil else { return }
        try reader.beginObject()
        while let (key, _) = try reader.nextKey(&store) {
            path.append(.key(key))
            let kind = try reader.peek()
            let span = reader.valueSpan(at: reader.nextOffset)
            switch kind {
            case .string: customFields.append(CustomField(key: key, value: .text(try reader.readString(&store))))
            case .number: customFields.append(CustomField(key: key, value: .number(try reader.readNumber())))
            case .boolean: customFields.append(CustomField(key: key, value: .boolean(try reader.readBool())))
            case .null: try reader.readNull()
            case .object, .array:
                report("load.wrong_type", "a custom field holds text, a number, a date or true/false, not \(kind.described)", at: span)
                try reader.skipValue()
            }
            path.removeLast()
        }
    }

    /// Turns the contact ids named in one account into indices, reporting ids that are not the account's.
    package mutating func resolveContacts(_ pending: [PendingContactLink], of account: Account, accountIndex: Int) {
        guard !pending.isEmpty else { return }
        let own = account.contacts.range
        for link in pending {
            if let match = own.first(where: { store.equals(contacts[$0].id, link.ref) }) {
                contactLinks[link.link] = Int32(match)
                continue
            }
            let candidates = own.map { store.string(contacts[$0].id) }
            let elsewhere = contacts.contains { store.equals($0.id, link.ref) }
            let suggestion = NameSuggester.suggest(store.string(link.ref), from: candidates)
            report("load.bad_reference",
                   elsewhere ? "contact `\(store.string(link.ref))` belongs to another account"
                             : "there is no contact `\(store.string(link.ref))` in this account",
                   at: reader.valueSpan(at: link.offset), label: "not a contact of this account",
                   help: suggestion.map { ["did you mean `\($0)`?"] } ?? ["an activity or opportunity names contacts of its own account"],
                   path: "accounts[\(accountIndex)].\(link.relativePath)")
        }
    }

    /// Resolves rep references read before the reps, applies owner defaults, and builds the model.
    package mutating func finish() -> Portfolio? {
        for pending in pendingReps {
            let rep = resolveRep(pending.ref, span: pending.span, path: pending.path)
            switch pending.holder {
            case .account: accounts[Int(pending.index)].owner = rep
            case .activity: activities[Int(pending.index)].rep = rep
            case .opportunity: opportunities[Int(pending.index)].owner = rep
            case .lead: leads[Int(pending.index)].owner = rep
            }
        }
        pendingReps = []
        checkDuplicateIDs()
        if suppressed > 0, let firstSuppressed {
            diagnostics.append(.error("load.too_many_errors", "and \(suppressed) more error\(suppressed == 1 ? "" : "s") in this file",
                                      at: firstSuppressed, label: "the first of them"))
        }
        guard diagnostics.isEmpty, let asOf, let team else { return nil }
        for index in activities.indices where activities[index].rep == PortfolioBuilder.ownerDefault {
            activities[index].rep = accounts[Int(activities[index].account)].owner
        }
        for index in opportunities.indices where opportunities[index].owner == PortfolioBuilder.ownerDefault {
            opportunities[index].owner = accounts[Int(opportunities[index].account)].owner
        }
        return Portfolio(asOf: asOf, currency: currency, fiscalYearStart: fiscalYearStart, team: team, reps: reps,
                         accounts: accounts, revenue: revenue, growthPlans: growthPlans, planActions: planActions,
                         texts: texts, contacts: contacts, activities: activities, opportunities: opportunities,
                         contactLinks: contactLinks, leads: leads, dates: dates, customFields: customFields, text: store)
    }
}

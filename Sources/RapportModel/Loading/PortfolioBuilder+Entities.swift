import RapportBase
import RapportSyntax

extension PortfolioBuilder {
    package typealias S = PortfolioKeys

    /// Reads the whole document.
    package mutating func readDocument() throws(DocumentSyntaxError) {
        // A null document (`null` in JSON, `~` or nothing in YAML) is no portfolio at all.
        if try reader.peek() == .null {
            throw DocumentSyntaxError(diagnostic: .error("load.wrong_type", "expected the portfolio (an object), found null",
                                                         at: reader.valueSpan(at: reader.nextOffset), label: "no portfolio",
                                                         help: ["a portfolio starts with `format`, `as_of` and `team`"]))
        }
        let result = try readObject("the portfolio", S.top) { b, field throws(DocumentSyntaxError) in
            switch field {
            case .format:
                guard let start = try b.expectKind(.string, "the format name") else { return }
                let ref = try b.reader.readString(&b.store)
                let span = b.reader.valueSpan(at: start)
                b.format = ref
                if !b.store.equals(ref, Schema.formatName) {
                    b.report("load.unknown_format", "unknown portfolio format `\(b.store.string(ref))`", at: span,
                             label: "expected \"\(Schema.formatName)\"",
                             help: ["this version of Rapport reads \"\(Schema.formatName)\""])
                    throw DocumentSyntaxError(diagnostic: b.diagnostics.removeLast())
                }
            case .asOf: b.asOf = try b.readDate()
            case .currency: b.currency = try b.readText()
            case .fiscalYearStart:
                guard let start = try b.expectKind(.number, "a month number (1-12)") else { return }
                let month = try b.reader.readNumber()
                let span = b.reader.valueSpan(at: start)
                if month == month.rounded(), (1...12).contains(month) {
                    b.fiscalYearStart = Int(month)
                } else {
                    b.report("load.out_of_range", "fiscal_year_start must be a month from 1 to 12", at: span)
                }
            case .team: try b.readTeam()
            case .reps:
                try b.readList("reps") { b, index throws(DocumentSyntaxError) in try b.readRep(index) }
                b.repsRead = true
            case .accounts:
                try b.readList("accounts") { b, index throws(DocumentSyntaxError) in try b.readAccount(index) }
            case .leads:
                try b.readList("leads") { b, index throws(DocumentSyntaxError) in try b.readLead(index) }
            }
        }
        if let (span, seen) = result {
            requireFields(of: S.top, seen: seen, in: "portfolio", at: span)
        }
    }

    package mutating func readTeam() throws(DocumentSyntaxError) {
        var name: TextRef?
        var manager: TextRef?
        guard let (span, seen) = try readObject("team", S.team, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .name: name = try b.readText()
            case .manager: manager = try b.readText()
            }
        }) else { return }
        requireFields(of: S.team, seen: seen, in: "team", at: span)
        team = Team(name: name ?? .empty, manager: manager)
    }

    package mutating func readRep(_ index: Int) throws(DocumentSyntaxError) {
        var rep = Rep(id: .empty, name: .empty)
        guard let (span, seen) = try readObject("rep", S.rep, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .id: rep.id = try b.readID(.rep, index: b.reps.count, kind: "rep") ?? .empty
            case .name: rep.name = try b.readText() ?? .empty
            case .email: rep.email = try b.readText()
            case .region: rep.region = try b.readText()
            case .quota: rep.quota = try b.readNumber("an amount", minimum: 0)
            case .hired: rep.hired = try b.readDate()
            }
        }) else { return }
        requireFields(of: S.rep, seen: seen, in: "rep", at: span)
        reps.append(rep)
    }

    /// Reads an id and checks it is unique among its kind.
    package mutating func readID(_ entity: EntityKind, index: Int, kind: String) throws(DocumentSyntaxError) -> TextRef? {
        guard let start = try expectKind(.string, "an id in quotes") else { return nil }
        let ref = try reader.readString(&store)
        guard entity == .rep else {
            idCollectors[entity.ordinal].add(ref, offset: start, store: store)
            return ref
        }
        if let first = repIDs.insert(ref, index: Int32(index), store: store) {
            reportDuplicate(kind, ref: ref, at: reader.valueSpan(at: start), first: self.span(of: first))
        }
        return ref
    }

    package mutating func reportDuplicate(_ kind: String, ref: TextRef, at span: Span, first: Span?) {
        report("load.duplicate_id", "two \(kind)s have the id `\(store.string(ref))`", at: span, label: "second \(kind) with this id",
               help: ["ids must be unique among the \(kind)s of the whole portfolio"],
               path: "", secondary: first.map { ($0, "first used here") })
    }

    /// Reports every id used twice within its kind.
    package mutating func checkDuplicateIDs() {
        for kind in EntityKind.allCases where kind != .rep {
            for (first, second) in idCollectors[kind.ordinal].duplicates(store: store) {
                reportDuplicate(kind.rawValue, ref: second.ref, at: reader.valueSpan(at: second.offset),
                                first: reader.valueSpan(at: first.offset))
            }
        }
    }

    /// Reads a rep id and resolves it now if the reps are known, or later otherwise.
    package mutating func readRepReference(_ holder: PendingRepReference.Holder, index: Int) throws(DocumentSyntaxError) -> Int32 {
        guard let start = try expectKind(.string, "a rep id in quotes") else { return PortfolioBuilder.unresolved }
        let ref = try reader.readString(&store)
        let span = reader.valueSpan(at: start)
        if repsRead {
            // The path is rendered only for an error.
            if let rep = repIDs.find(ref, store: store) { return rep }
            return resolveRep(ref, span: span, path: pathString)
        }
        pendingReps.append(PendingRepReference(holder: holder, index: Int32(index), ref: ref, span: span, path: pathString))
        return PortfolioBuilder.unresolved
    }

    package mutating func resolveRep(_ ref: TextRef, span: Span, path: String) -> Int32 {
        if let rep = repIDs.find(ref, store: store) { return rep }
        let suggestion = NameSuggester.suggest(store.string(ref), from: repIDs.allIDs(store: store))
        report("load.bad_reference", "there is no rep with the id `\(store.string(ref))`", at: span, label: "unknown rep",
               help: suggestion.map { ["did you mean `\($0)`?"] } ?? [], path: path)
        return PortfolioBuilder.unresolved
    }

    package mutating func readAccount(_ index: Int) throws(DocumentSyntaxError) {
        let accountIndex = Int32(accounts.count)
        var account = Account(id: .empty, name: .empty, owner: PortfolioBuilder.unresolved)
        var pendingContacts: [PendingContactLink] = []
        account.revenue.start = Int32(revenue.count)
        account.contacts.start = Int32(contacts.count)
        account.activities.start = Int32(activities.count)
        account.opportunities.start = Int32(opportunities.count)
        account.fields.start = Int32(customFields.count)
        // The fields still to read before the rest can be passed over at once (none: read all).
        var wanted = skips.isEmpty || accountEnds == nil ? 0 : AccountFields.all.rawValue & ~skips.rawValue
        guard let (span, seen) = try readObject("account", S.account, { b, field throws(DocumentSyntaxError) in
            if b.skips.contains(field) { return try b.reader.skipUnchecked() }
            defer {
                if wanted != 0 {
                    wanted &= ~AccountFields(field).rawValue
                    // Only skipped fields can follow: straight to the account's `}`.
                    if wanted == 0, let end = b.accountEnds?.end(of: index) { _ = b.reader.skipUnchecked(toObjectEndAt: end) }
                }
            }
            switch field {
            case .id: account.id = try b.readID(.account, index: Int(accountIndex), kind: "account") ?? .empty
            case .name: account.name = try b.readText() ?? .empty
            case .owner: account.owner = try b.readRepReference(.account, index: Int(accountIndex))
            case .industry: account.industry = try b.readText()
            case .tier: account.tier = try b.readEnum(Tier.self, "a tier")
            case .since: account.since = try b.readDate()
            case .employees: account.employees = try b.readNumber("a number of employees", integer: true, minimum: 0)
            case .potential: account.potential = try b.readNumber("an amount", minimum: 0)
            case .revenue:
                try b.readList("revenue entries") { b, _ throws(DocumentSyntaxError) in try b.readRevenue(accountIndex) }
                account.revenue.count = Int32(b.revenue.count) - account.revenue.start
            case .growthPlan: account.growthPlan = try b.readGrowthPlan(accountIndex)
            case .contacts:
                account.contacts.start = Int32(b.contacts.count)
                try b.readList("contacts") { b, _ throws(DocumentSyntaxError) in try b.readContact(accountIndex) }
                account.contacts.count = Int32(b.contacts.count) - account.contacts.start
            case .activities:
                account.activities.start = Int32(b.activities.count)
                try b.readList("activities") { b, local throws(DocumentSyntaxError) in
                    try b.readActivity(accountIndex, local: local, pending: &pendingContacts)
                }
                account.activities.count = Int32(b.activities.count) - account.activities.start
            case .opportunities:
                account.opportunities.start = Int32(b.opportunities.count)
                try b.readList("opportunities") { b, local throws(DocumentSyntaxError) in
                    try b.readOpportunity(accountIndex, local: local, pending: &pendingContacts)
                }
                account.opportunities.count = Int32(b.opportunities.count) - account.opportunities.start
            case .fields:
                account.fields.start = Int32(b.customFields.count)
                try b.readCustomFields()
                account.fields.count = Int32(b.customFields.count) - account.fields.start
            }
        }) else { return }
        requireFields(of: S.account, seen: seen | skips.rawValue, in: "account", at: span)
        resolveContacts(pendingContacts, of: account, accountIndex: index)
        accounts.append(account)
    }

    package mutating func readRevenue(_ account: Int32) throws(DocumentSyntaxError) {
        var period: FiscalQuarter?
        var amount: Double?
        guard let (span, seen) = try readObject("revenue entry", S.revenue, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .period: period = try b.readPeriod()
            case .amount: amount = try b.readNumber("an amount")
            }
        }) else { return }
        requireFields(of: S.revenue, seen: seen, in: "revenue entry", at: span)
        if let period, let amount { revenue.append(RevenueEntry(period: period, amount: amount, account: account)) }
    }

    package mutating func readGrowthPlan(_ account: Int32) throws(DocumentSyntaxError) -> Int32 {
        var plan = GrowthPlan(status: .draft, updated: CalendarDate(dayNumber: 0), account: account)
        guard let (span, seen) = try readObject("growth plan", S.plan, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .status: plan.status = try b.readEnum(GrowthPlanStatus.self, "a plan status") ?? .draft
            case .updated: plan.updated = try b.readDate() ?? plan.updated
            case .nextReview: plan.nextReview = try b.readDate()
            case .target: plan.target = try b.readNumber("an amount", minimum: 0)
            case .objectives:
                plan.objectives.start = Int32(b.texts.count)
                try b.readList("objectives") { b, _ throws(DocumentSyntaxError) in
                    if let text = try b.readText() { b.texts.append(text) }
                }
                plan.objectives.count = Int32(b.texts.count) - plan.objectives.start
            case .actions:
                plan.actions.start = Int32(b.planActions.count)
                try b.readList("actions") { b, _ throws(DocumentSyntaxError) in try b.readPlanAction() }
                plan.actions.count = Int32(b.planActions.count) - plan.actions.start
            }
        }) else { return -1 }
        requireFields(of: S.plan, seen: seen, in: "growth plan", at: span)
        growthPlans.append(plan)
        return Int32(growthPlans.count - 1)
    }

    package mutating func readPlanAction() throws(DocumentSyntaxError) {
        var action = PlanAction(what: .empty, due: CalendarDate(dayNumber: 0), done: false)
        guard let (span, seen) = try readObject("action", S.action, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .what: action.what = try b.readText() ?? .empty
            case .due: action.due = try b.readDate() ?? action.due
            case .done: action.done = try b.readBool() ?? false
            }
        }) else { return }
        requireFields(of: S.action, seen: seen, in: "action", at: span)
        planActions.append(action)
    }

    package mutating func readContact(_ account: Int32) throws(DocumentSyntaxError) {
        var contact = Contact(id: .empty, name: .empty, account: account)
        guard let (span, seen) = try readObject("contact", S.contact, { b, field throws(DocumentSyntaxError) in
            switch field {
            case .id: contact.id = try b.readID(.contact, index: b.contacts.count, kind: "contact") ?? .empty
            case .name: contact.name = try b.readText() ?? .empty
            case .title: contact.title = try b.readText()
            case .department: contact.department = try b.readText()
            case .level: contact.level = try b.readEnum(ContactLevel.self, "a contact level")
            case .role: contact.role = try b.readEnum(ContactRole.self, "a buying role")
            case .lastContact: contact.lastContact = try b.readDate()
            }
        }) else { return }
        requireFields(of: S.contact, seen: seen, in: "contact", at: span)
        contacts.append(contact)
    }
}

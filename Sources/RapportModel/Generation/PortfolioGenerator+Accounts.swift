import RapportBase
import RapportSyntax

extension PortfolioGenerator {
    package mutating func writeAccount(_ index: Int, idWidth: Int, to w: inout JSONStreamWriter) throws {
        let rep = reps[random.int(reps.count)]
        let practice = rep.practice
        let tier = Tier.allCases[random.weighted([0.1, 0.2, 0.4, 0.3])]
        let tierRank = Tier.allCases.firstIndex(of: tier)!
        try w.beginObject()
        try w.key("id"); try w.string("a-" + PortfolioGenerator.padded(index + 1, idWidth))
        try w.key("name")
        try w.string("\(random.pick(NameLists.companyStems)) \(random.pick(NameLists.companyTrades)) \(random.pick(NameLists.legalForms))")
        try w.key("owner"); try w.string(rep.id)
        try w.key("industry"); try w.string(random.pick(NameLists.industries))
        // A few hidden key accounts (large but not tiered key) and untiered ones, as in real CRMs.
        if !random.chance(0.03) { try w.key("tier"); try w.string(tier.rawValue) }
        try w.key("since"); try w.string(date(daysAgo: random.int(in: 90...4500)))
        let scale = [8.0, 3.0, 1.0, 0.3][tierRank] * (0.5 + random.unit())
        try w.key("employees"); try w.number(Int(scale * 800.0) + 5)
        try w.key("potential"); try w.number(Double(Int(scale * 120) * 1000))

        try w.key("revenue"); try w.beginArray()
        let quarters = random.int(in: [4...8, 2...8, 0...8, 0...5][tierRank])
        var amount = scale * 25_000 * (0.6 + random.unit())
        let trend = [0.9, 1.0, 1.08][random.weighted([0.25, 0.45, 0.3])]
        let current = FiscalQuarter.containing(options.asOf)
        for back in stride(from: quarters, through: 1, by: -1) {
            amount *= trend * (0.9 + random.unit() * 0.2)
            // No quarters before the year 1 (a team dated in 0001 has less history).
            guard let period = current.advanced(by: -back) else { continue }
            try w.beginObject()
            try w.key("period"); try w.string(period.description)
            try w.key("amount"); try w.number(Double(Int(amount / 10) * 10))
            w.endObject()
        }
        w.endArray()

        let planShare = tier == .key ? practice.planShare : tier == .growth ? practice.planShare * 0.4 : 0.03
        if random.chance(planShare) { try writeGrowthPlan(scale: scale, practice: practice, to: &w) }

        let contactIDs = try writeContacts(tierRank: tierRank, practice: practice, to: &w)
        try writeActivities(tierRank: tierRank, practice: practice, owner: rep.id, contacts: contactIDs, to: &w)
        try writeOpportunities(tierRank: tierRank, practice: practice, contacts: contactIDs, to: &w)
        if random.chance(0.05) {
            try w.key("fields"); try w.beginObject()
            try w.key("nps"); try w.number(random.int(in: -20...80))
            w.endObject()
        }
        w.endObject()
    }

    package mutating func writeGrowthPlan(scale: Double, practice: Practice, to w: inout JSONStreamWriter) throws {
        try w.key("growth_plan"); try w.beginObject()
        let status = [GrowthPlanStatus.active, .draft, .archived][random.weighted([0.7, 0.2, 0.1])]
        try w.key("status"); try w.string(status.rawValue)
        let updated = random.int(in: 10...(practice == .relationship ? 200 : 420))
        try w.key("updated"); try w.string(date(daysAgo: updated))
        try w.key("next_review"); try w.string(date(daysAgo: updated - random.int(in: 60...240)))
        try w.key("target"); try w.number(Double(Int(scale * 150) * 1000))
        try w.key("objectives"); try w.beginArray()
        for _ in 0..<random.int(in: 1...3) { try w.string(random.pick(NameLists.objectives)) }
        w.endArray()
        try w.key("actions"); try w.beginArray()
        for _ in 0..<random.int(in: 0...4) {
            let due = random.int(in: -120...150)
            try w.beginObject()
            try w.key("what"); try w.string(random.pick(NameLists.actions))
            try w.key("due"); try w.string(date(daysAgo: due))
            try w.key("done"); try w.bool(due > 0 && random.chance(practice == .transactional ? 0.3 : 0.7))
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    package mutating func writeContacts(tierRank: Int, practice: Practice, to w: inout JSONStreamWriter) throws -> [String] {
        let total = random.int(in: [3...12, 2...8, 1...5, 0...3][tierRank])
        let seniors = min(total, tierRank <= 1 ? random.int(in: practice.seniorContacts) : random.int(in: 0...1))
        var ids: [String] = []
        try w.key("contacts"); try w.beginArray()
        for position in 0..<total {
            contactCounter += 1
            let id = "c-" + PortfolioGenerator.padded(contactCounter, 6)
            ids.append(id)
            let level: ContactLevel = position < seniors ? (random.chance(0.45) ? .executive : .senior)
                : (random.chance(0.6) ? .manager : .staff)
            try w.beginObject()
            try w.key("id"); try w.string(id)
            try w.key("name"); try w.string(personName())
            try w.key("title"); try w.string(random.pick(NameLists.titles[level]!))
            // Single-threaded accounts keep everyone in one department.
            let department = practice == .transactional && random.chance(0.6) ? "Procurement" : random.pick(NameLists.departments)
            try w.key("department"); try w.string(department)
            try w.key("level"); try w.string(level.rawValue)
            if random.chance(0.7) {
                try w.key("role"); try w.string(ContactRole.allCases[random.weighted([0.2, 0.2, 0.3, 0.25, 0.05])].rawValue)
            }
            if random.chance(0.8) { try w.key("last_contact"); try w.string(date(daysAgo: random.int(in: 1...400))) }
            w.endObject()
        }
        w.endArray()
        return ids
    }

    package mutating func writeActivities(tierRank: Int, practice: Practice, owner: String, contacts: [String],
                                  to w: inout JSONStreamWriter) throws {
        var count = random.int(in: [10...40, 4...24, 1...12, 0...5][tierRank])
        if practice == .transactional { count = count * 2 / 3 }
        let quiet = tierRank == 0 && random.chance(practice.quietShare)
        var entries: [(daysAgo: Int, kind: ActivityKind)] = []
        for _ in 0..<count {
            var kind = ActivityKind.allCases[random.weighted(practice.activityWeights)]
            var daysAgo = random.int(in: 0...547)
            // A quiet account has had no face-to-face contact for months.
            if quiet && [ActivityKind.meeting, .qbr, .workshop].contains(kind) { daysAgo = max(daysAgo, 100 + random.int(200)) }
            if quiet && daysAgo < 100 && random.chance(0.5) { kind = .email }
            entries.append((daysAgo, kind))
        }
        entries.sort { $0.daysAgo > $1.daysAgo }
        try w.key("activities"); try w.beginArray()
        for entry in entries {
            activityCounter += 1
            try w.beginObject()
            try w.key("id"); try w.string("x-" + PortfolioGenerator.padded(activityCounter, 7))
            try w.key("date"); try w.string(date(daysAgo: entry.daysAgo))
            try w.key("kind"); try w.string(entry.kind.rawValue)
            if random.chance(0.1) { try w.key("rep"); try w.string(owner) }
            try w.key("contacts"); try w.beginArray()
            if !contacts.isEmpty {
                let first = random.int(contacts.count)
                for offset in 0..<min(contacts.count, random.int(in: 0...2)) {
                    try w.string(contacts[(first + offset) % contacts.count])
                }
            }
            w.endArray()
            try w.key("summary"); try w.string(random.pick(NameLists.summaries[entry.kind]!))
            w.endObject()
        }
        w.endArray()
    }

    package mutating func writeOpportunities(tierRank: Int, practice: Practice, contacts: [String],
                                     to w: inout JSONStreamWriter) throws {
        let count = random.int(in: [1...6, 0...4, 0...3, 0...2][tierRank])
        try w.key("opportunities"); try w.beginArray()
        for _ in 0..<count {
            opportunityCounter += 1
            let stage = OpportunityStage.allCases[random.weighted([1, 1, 1, 1.2, 0.8, 1.5, 1])]
            let created = random.int(in: 20...400)
            try w.beginObject()
            try w.key("id"); try w.string("o-" + PortfolioGenerator.padded(opportunityCounter, 6))
            try w.key("name"); try w.string(random.pick(NameLists.dealNames).capitalizedFirst)
            try w.key("kind"); try w.string(OpportunityKind.allCases[random.weighted([0.3, 0.45, 0.25])].rawValue)
            try w.key("stage"); try w.string(stage.rawValue)
            try w.key("stage_since"); try w.string(date(daysAgo: random.int(in: 0...created)))
            try w.key("amount"); try w.number(Double(random.int(in: 1...60) * [10_000, 5_000, 2_000, 500][tierRank]))
            try w.key("slips"); try w.number(random.weighted([0.55, 0.2, 0.12, 0.08, 0.05]))
            try w.key("contacts"); try w.beginArray()
            if !contacts.isEmpty && random.chance(0.8) { try w.string(random.pick(contacts)) }
            w.endArray()
            try w.key("created"); try w.string(date(daysAgo: created))
            try w.key("close_date"); try w.string(date(daysAgo: stage.isClosed ? random.int(in: 0...created) : -random.int(in: 10...150)))
            if [OpportunityStage.proposal, .negotiation, .won, .lost].contains(stage) {
                try w.key("proposal"); try w.beginObject()
                try w.key("sent"); try w.string(date(daysAgo: random.int(in: 0...created)))
                try w.key("co_created"); try w.bool(random.chance(practice.coCreatedShare))
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()
    }

    package mutating func writeLead(_ index: Int, width: Int, to w: inout JSONStreamWriter) throws {
        let rep = reps[index % reps.count]
        let created = random.int(in: 5...365)
        let status = LeadStatus.allCases[random.weighted([0.15, 0.4, 0.15, 0.15, 0.15])]
        let waiting = random.chance(rep.practice.leadWaitingShare)
        try w.beginObject()
        try w.key("id"); try w.string("l-" + PortfolioGenerator.padded(index + 1, width))
        try w.key("name"); try w.string(personName())
        try w.key("company")
        try w.string("\(random.pick(NameLists.companyStems)) \(random.pick(NameLists.companyTrades))")
        try w.key("source"); try w.string(random.pick(NameLists.leadSources))
        try w.key("owner"); try w.string(rep.id)
        try w.key("created"); try w.string(date(daysAgo: created))
        try w.key("status"); try w.string(status.rawValue)
        try w.key("touches"); try w.beginArray()
        var day = created
        for _ in 0..<random.int(in: waiting ? 0...2 : 1...8) {
            day -= random.int(in: 1...(waiting ? 20 : 45))
            guard day >= (waiting ? 45 : 0) else { break }
            try w.string(date(daysAgo: day))
        }
        w.endArray()
        if status == .converted { try w.key("converted"); try w.string(date(daysAgo: random.int(in: 0...max(0, day)))) }
        w.endObject()
    }
}

extension String {
    /// "line upgrade" → "Line upgrade".
    package var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension FiscalQuarter {
    /// The calendar quarter (fiscal year starting in January) holding `date`.
    package static func containing(_ date: CalendarDate) -> FiscalQuarter {
        let (year, month, _) = date.components
        return FiscalQuarter(year: year, quarter: (month - 1) / 3 + 1)!
    }
}

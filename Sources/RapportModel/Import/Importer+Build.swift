import Foundation
import RapportBase
import RapportSyntax

extension Importer {
    /// Records of one kind with lookup by id and name (ignoring case).
    package struct Table {
        package let entity: String
        package var items: [(id: String, name: String, fields: [(String, JSONValue)], line: Int, file: String)] = []
        package var byKey: [String: Int] = [:]
        package var ids: Set<String> = []

        package init(_ entity: String) { self.entity = entity }

        package func find(_ key: String) -> Int? { byKey[key.lowercased()] }

        /// A unique id from `wanted` (the export's id, or the name made into one).
        package mutating func uniqueID(_ wanted: String) -> String {
            var id = wanted
            var suffix = 2
            while ids.contains(id) {
                id = "\(wanted)-\(suffix)"
                suffix += 1
            }
            ids.insert(id)
            return id
        }

        package mutating func add(id: String, name: String, fields: [(String, JSONValue)], line: Int, file: String) -> Int {
            items.append((id, name, fields, line, file))
            let index = items.count - 1
            for key in [id.lowercased(), name.lowercased()] where byKey[key] == nil { byKey[key] = index }
            return index
        }
    }

    /// The account a contact's or activity's row names, when it was imported; otherwise the row
    /// is reported and left out (an account is not made up for it).
    package mutating func importedAccount(of record: Record, entity: String, in accounts: Table) -> Int? {
        let name = Self.text(record.values["account"]) ?? ""
        if let found = accounts.find(name) { return found }
        problem(record.file, record.line, record.sources["account"] ?? "account", name,
                "no account of that name was imported: the \(entity) is not imported", dropped: true)
        countNotImported(file: record.file, entity: entity)
        return nil
    }

    /// A row the summary counted as imported was left out after all.
    package mutating func countNotImported(file: String, entity: String) {
        summaries = summaries.map { summary in
            var copy = summary
            if copy.file == file && copy.entity == entity {
                copy.imported -= 1
                copy.notImported += 1
            }
            return copy
        }
    }

    package static func json(_ value: ImportedValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .number(let number): .number(number)
        case .date(let date): .string(date.description)
        }
    }

    package static func text(_ value: ImportedValue?) -> String? {
        if case .text(let text)? = value { return text }
        return nil
    }

    /// The record's fields other than those handled by hand, in the order the spec lists them.
    package static func plainFields(_ record: Record, entity: String, except: Set<String>) -> [(String, JSONValue)] {
        (ImportMapping.fields[entity] ?? []).compactMap { spec in
            guard !except.contains(spec.name), let value = record.values[spec.name] else { return nil }
            return (spec.name, json(value))
        }
    }

    /// The latest date of something that happened: every date but the expected close date of
    /// a deal still open, which lies ahead.
    package static func latestDate(_ records: [String: [Record]]) -> CalendarDate? {
        var latest: CalendarDate?
        for (entity, list) in records {
            for record in list {
                let open = entity == "opportunity" && !["won", "lost"].contains(text(record.values["stage"]) ?? "")
                for (field, value) in record.values {
                    guard case .date(let date) = value, !(open && field == "close_date") else { continue }
                    if latest.map({ date > $0 }) ?? true { latest = date }
                }
            }
        }
        return latest
    }

    package mutating func build(_ records: [String: [Record]]) -> ImportResult {
        latest = Self.latestDate(records)
        var derived: [String: Int] = [:]
        var reps = Table("rep")
        for record in records["rep"] ?? [] {
            let name = Self.text(record.values["name"]) ?? ""
            if let existing = reps.find(name) {
                problem(record.file, record.line, "name", name, "a rep with this name is already on line \(reps.items[existing].line): not imported again", dropped: true)
                continue
            }
            let id = reps.uniqueID(Self.text(record.values["id"]) ?? ImportValues.slug(name))
            _ = reps.add(id: id, name: name, fields: Self.plainFields(record, entity: "rep", except: ["id", "name"]), line: record.line, file: record.file)
        }
        func rep(_ name: String) -> Int {
            if let found = reps.find(name) { return found }
            derived["rep", default: 0] += 1
            return reps.add(id: reps.uniqueID(ImportValues.slug(name)), name: name, fields: [], line: 0, file: "")
        }

        var accounts = Table("account")
        var mappedOwner: [Int: Int] = [:]
        for record in records["account"] ?? [] {
            let name = Self.text(record.values["name"]) ?? ""
            if let existing = accounts.find(name) {
                problem(record.file, record.line, "name", name,
                        "an account with this name is already on line \(accounts.items[existing].line): not imported again", dropped: true)
                continue
            }
            let id = accounts.uniqueID(Self.text(record.values["id"]) ?? ImportValues.slug(name))
            let index = accounts.add(id: id, name: name, fields: Self.plainFields(record, entity: "account", except: ["id", "name", "owner"]),
                                     line: record.line, file: record.file)
            if let owner = Self.text(record.values["owner"]) { mappedOwner[index] = rep(owner) }
        }
        func account(_ name: String) -> Int {
            if let found = accounts.find(name) { return found }
            derived["account", default: 0] += 1
            return accounts.add(id: accounts.uniqueID(ImportValues.slug(name)), name: name, fields: [], line: 0, file: "")
        }

        var opportunities: [Int: [[(String, JSONValue)]]] = [:]
        var opportunityOwners: [Int: [Int: Int]] = [:]
        var opportunityIDs = Table("opportunity")
        for record in records["opportunity"] ?? [] {
            let accountIndex = account(Self.text(record.values["account"]) ?? "")
            let name = Self.text(record.values["name"]) ?? ""
            var fields: [(String, JSONValue)] = [("id", .string(opportunityIDs.uniqueID(Self.text(record.values["id"]) ?? ImportValues.slug(name))))]
            fields.append(("name", .string(name)))
            if let owner = Self.text(record.values["owner"]) {
                let ownerIndex = rep(owner)
                fields.append(("owner", .string(reps.items[ownerIndex].id)))
                opportunityOwners[accountIndex, default: [:]][ownerIndex, default: 0] += 1
            }
            fields += Self.plainFields(record, entity: "opportunity", except: ["id", "name", "owner", "account"])
            opportunities[accountIndex, default: []].append(fields)
        }
        // Activities (calls, meetings, emails) belong to an account that is in the data.
        var activities: [Int: [[(String, JSONValue)]]] = [:]
        var activityIDs = Table("activity")
        for record in records["activity"] ?? [] {
            guard let accountIndex = importedAccount(of: record, entity: "activity", in: accounts) else { continue }
            // Exports rarely give activities an id: the line makes one.
            var fields: [(String, JSONValue)] = [("id", .string(activityIDs.uniqueID(Self.text(record.values["id"]) ?? "act-\(record.line)")))]
            if let name = Self.text(record.values["rep"]) { fields.append(("rep", .string(reps.items[rep(name)].id))) }
            fields += Self.plainFields(record, entity: "activity", except: ["id", "account", "rep"])
            activities[accountIndex, default: []].append(fields)
        }
        var contacts: [Int: [[(String, JSONValue)]]] = [:]
        var contactIDs = Table("contact")
        for record in records["contact"] ?? [] {
            guard let accountIndex = importedAccount(of: record, entity: "contact", in: accounts) else { continue }
            let name = Self.text(record.values["name"]) ?? ""
            var fields: [(String, JSONValue)] = [("id", .string(contactIDs.uniqueID(Self.text(record.values["id"]) ?? ImportValues.slug(name)))),
                                                 ("name", .string(name))]
            fields += Self.plainFields(record, entity: "contact", except: ["id", "name", "account"])
            // No level but a title: the title says it when it holds a known word ("CFO", "Head of").
            if record.values["level"] == nil, mapping.levelsFromTitles, let title = Self.text(record.values["title"]),
               let level = ContactTitles.level(of: title, overrides: mapping.titleLevels) {
                fields.append(("level", .string(level.rawValue)))
                levelsFromTitles += 1
            }
            contacts[accountIndex, default: []].append(fields)
        }
        var leads: [JSONValue] = []
        var leadIDs = Table("lead")
        for record in records["lead"] ?? [] {
            let name = Self.text(record.values["name"]) ?? ""
            let owner = rep(Self.text(record.values["owner"]) ?? "")
            var fields: [(String, JSONValue)] = [("id", .string(leadIDs.uniqueID(Self.text(record.values["id"]) ?? ImportValues.slug(name)))),
                                                 ("name", .string(name)), ("owner", .string(reps.items[owner].id))]
            fields += Self.plainFields(record, entity: "lead", except: ["id", "name", "owner"])
            leads.append(.object(fields))
        }

        // An account's owner: as mapped, else the rep with the most opportunities on it (ties:
        // the rep listed first).
        var accountValues: [JSONValue] = []
        var ownersDerived = 0
        var contactCount = 0
        var activityCount = 0
        var opportunityCount = 0
        for (index, item) in accounts.items.enumerated() {
            var owner = mappedOwner[index]
            if owner == nil, let counts = opportunityOwners[index] {
                owner = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
                if owner != nil { ownersDerived += 1 }
            }
            guard let owner else {
                let dropped = (opportunities[index]?.count ?? 0) + (contacts[index]?.count ?? 0)
                problem(item.file.isEmpty ? "(derived)" : item.file, item.line, "owner", item.name,
                        "the account has no owner (none mapped, no opportunity with an owner): not imported"
                            + (dropped > 0 ? ", nor the \(dropped) opportunities and contacts under it" : ""), dropped: true)
                continue
            }
            var fields: [(String, JSONValue)] = [("id", .string(item.id)), ("name", .string(item.name)), ("owner", .string(reps.items[owner].id))]
            fields += item.fields
            if let list = contacts[index] {
                fields.append(("contacts", .array(list.map(JSONValue.object))))
                contactCount += list.count
            }
            if let list = activities[index] {
                fields.append(("activities", .array(list.map(JSONValue.object))))
                activityCount += list.count
            }
            if let list = opportunities[index] {
                if mapping.revenueFromWonDeals, let revenue = Self.revenue(fromWon: list) { fields.append(("revenue", revenue)) }
                fields.append(("opportunities", .array(list.map(JSONValue.object))))
                opportunityCount += list.count
            }
            accountValues.append(.object(fields))
        }
        guard let asOf = mapping.asOf ?? latest else {
            problem("(mapping)", 0, nil, nil, "no date was found in the data: set `as_of` in the mapping", dropped: false)
            return result(json: nil, derived: derived, counts: [], ownersDerived: ownersDerived, asOf: nil)
        }
        var team: [(String, JSONValue)] = [("name", .string(mapping.team))]
        if let manager = mapping.manager { team.append(("manager", .string(manager))) }
        var document: [(String, JSONValue)] = [("format", .string("rapport-portfolio/1")), ("as_of", .string(asOf.description))]
        if let currency = mapping.currency { document.append(("currency", .string(currency))) }
        document.append(("team", .object(team)))
        document.append(("reps", .array(reps.items.map { .object([("id", .string($0.id)), ("name", .string($0.name))] + $0.fields) })))
        document.append(("accounts", .array(accountValues)))
        document.append(("leads", .array(leads)))
        let text = JSONValue.object(document).serialized() + "\n"
        // The output must load: if it does not, that is reported rather than written.
        var sources = SourceMap()
        let load = PortfolioLoader.load(bytes: Array(text.utf8), path: "<import>", syntax: .json, sources: &sources)
        for diagnostic in load.diagnostics where diagnostic.severity == .error {
            problem("(portfolio)", 0, nil, nil, "the built portfolio does not load: \(diagnostic.message)", dropped: false)
        }
        let counts = [("reps", reps.items.count), ("accounts", accountValues.count), ("contacts", contactCount), ("activities", activityCount),
                      ("opportunities", opportunityCount), ("leads", leads.count)]
        return result(json: load.portfolio == nil ? nil : text, derived: derived, counts: counts, ownersDerived: ownersDerived, asOf: asOf)
    }

    package func result(json: String?, derived: [String: Int], counts: [(String, Int)], ownersDerived: Int, asOf: CalendarDate?) -> ImportResult {
        var result = ImportResult(json: json, problems: problems, files: summaries, derived: derived,
                                  counts: counts.map { (entity: $0.0, count: $0.1) }, ownersDerived: ownersDerived, asOf: asOf)
        result.levelsFromTitles = levelsFromTitles
        return result
    }

    /// Won amounts summed by the calendar quarter they closed in, oldest first.
    package static func revenue(fromWon opportunities: [[(String, JSONValue)]]) -> JSONValue? {
        var byQuarter: [String: Double] = [:]
        for fields in opportunities {
            let values = Dictionary(fields, uniquingKeysWith: { first, _ in first })
            guard case .string("won")? = values["stage"], case .number(let amount)? = values["amount"],
                  case .string(let closed)? = values["close_date"], let date = CalendarDate(iso: closed) else { continue }
            let parts = date.description.split(separator: "-")
            let quarter = (Int(parts[1])! - 1) / 3 + 1
            byQuarter["\(parts[0])-Q\(quarter)", default: 0] += amount
        }
        guard !byQuarter.isEmpty else { return nil }
        return .array(byQuarter.keys.sorted().map { .object([("period", .string($0)), ("amount", .number(byQuarter[$0]!))]) })
    }
}

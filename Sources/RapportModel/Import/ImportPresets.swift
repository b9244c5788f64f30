import RapportBase
import RapportSyntax

/// Mappings for the usual CRM exports. A preset's entries match files by their headers, not
/// their names: each file is read as the entity whose columns it has most of.
public enum ImportPresets {
    public static let names = ["salesforce", "hubspot"]

    /// The preset's mapping, parsed; nil for an unknown name.
    public static func mapping(named name: String) -> ImportMapping? {
        guard let text = text(name) else { return nil }
        var sources = SourceMap()
        let file = sources.add(path: "<preset \(name)>", bytes: Array(text.utf8))
        return ImportMapping.parse(sources[file]).0
    }

    /// The preset's mapping text (YAML, in the mapping format).
    public static func text(_ name: String) -> String? {
        switch name {
        case "salesforce": salesforce
        case "hubspot": hubspot
        default: nil
        }
    }

    /// Salesforce report exports ("Export details", comma-delimited): field labels as headers,
    /// and the footer rows Salesforce adds below the data.
    package static let salesforce = #"""
    team: Salesforce export
    revenue_from_won_deals: true   # an opportunities report has no revenue history: won deals stand for it
    files:
      - file: "*"
        entity: opportunity
        footers: ["Grand Totals (", "Confidential Information - Do Not Distribute", "Copyright (c)"]
        columns:
          id: Opportunity ID
          name: Opportunity Name
          account: Account Name
          owner: Opportunity Owner
          stage: Stage
          kind: Type
          amount: Amount
          created: Created Date
          close_date: Close Date
        values:
          stage:
            Prospecting: prospecting
            Qualification: qualification
            Needs Analysis: discovery
            Value Proposition: discovery
            Id. Decision Makers: discovery
            Perception Analysis: discovery
            Proposal/Price Quote: proposal
            Negotiation/Review: negotiation
            Closed Won: won
            Closed Lost: lost
          kind:
            New Business: new_business
            New Customer: new_business
            Existing Business: expansion
            Existing Customer - Upgrade: expansion
            Existing Customer - Replacement: renewal
            Existing Customer - Downgrade: renewal
            Renewal: renewal
      - file: "*"
        entity: account
        footers: ["Grand Totals (", "Confidential Information - Do Not Distribute", "Copyright (c)"]
        columns:
          id: Account ID
          name: Account Name
          owner: Account Owner
          industry: Industry
          employees: Employees
      - file: "*"
        entity: contact
        footers: ["Grand Totals (", "Confidential Information - Do Not Distribute", "Copyright (c)"]
        columns:
          id: Contact ID
          name: "{First Name} {Last Name}"
          account: Account Name
          title: Title
          department: Department
      - file: "*"
        entity: activity
        footers: ["Grand Totals (", "Confidential Information - Do Not Distribute", "Copyright (c)"]
        columns:
          id: Activity ID
          date: Date|Due Date|Start|Activity Date
          kind: Type|Task Subtype|Event Subtype|Activity Type
          account: Company / Account|Account Name|Account
          rep: Assigned|Assigned To|Activity Owner
          summary: Subject
        values:
          kind:
            Call: call
            Email: email
            List Email: email
            Send Letter: email
            Meeting: meeting
            Event: meeting
            Demo: demo
            Presentation: demo
            QBR: qbr
            Business Review: qbr
            Workshop: workshop
      - file: "*"
        entity: lead
        footers: ["Grand Totals (", "Confidential Information - Do Not Distribute", "Copyright (c)"]
        columns:
          id: Lead ID
          name: "{First Name} {Last Name}"
          company: Company / Account|Company
          owner: Lead Owner
          source: Lead Source
          created: Create Date|Created Date
          status: Lead Status
        values:
          status:
            Open - Not Contacted: new
            Working - Contacted: nurturing
            Closed - Converted: converted
            Closed - Not Converted: disqualified
            Qualified: qualified
    """#

    /// HubSpot exports of deals, companies and contacts (internal stage ids or labels).
    package static let hubspot = #"""
    team: HubSpot export
    revenue_from_won_deals: true   # a deals export has no revenue history: won deals stand for it
    files:
      - file: "*"
        entity: opportunity
        columns:
          id: Record ID
          name: Deal Name
          account: Associated Company|Associated Company (Primary)|Company name
          owner: Deal owner|Deal Owner
          stage: Deal Stage
          kind: Deal Type
          amount: Amount
          created: Create Date
          close_date: Close Date
        values:
          stage:
            appointmentscheduled: prospecting
            Appointment Scheduled: prospecting
            qualifiedtobuy: qualification
            Qualified To Buy: qualification
            presentationscheduled: discovery
            Presentation Scheduled: discovery
            decisionmakerboughtin: proposal
            Decision Maker Bought-In: proposal
            contractsent: negotiation
            Contract Sent: negotiation
            closedwon: won
            Closed Won: won
            closedlost: lost
            Closed Lost: lost
          kind:
            newbusiness: new_business
            New Business: new_business
            existingbusiness: expansion
            Existing Business: expansion
      - file: "*"
        entity: account
        columns:
          id: Record ID
          name: Company name|Name
          owner: Company owner|Company Owner
          industry: Industry
          employees: Number of Employees
      - file: "*"
        entity: contact
        columns:
          id: Record ID
          name: "{First Name} {Last Name}"
          account: Associated Company|Associated Company (Primary)|Company Name
          title: Job Title
      - file: "*"
        entity: activity
        columns:
          id: Record ID|Activity ID
          date: Activity date|Activity Date|Create Date
          kind: Activity type|Activity Type
          account: Associated Company|Associated Company (Primary)|Company name
          rep: Activity assigned to|Assigned to|Activity Owner
          summary: Subject|Call title|Meeting name|Email subject
        values:
          kind:
            CALL: call
            Call: call
            MEETING: meeting
            Meeting: meeting
            EMAIL: email
            Email: email
            INCOMING_EMAIL: email
            FORWARDED_EMAIL: email
            LINKEDIN_MESSAGE: social
    """#

    /// The entry of `mapping` for the CSV file at `path` with columns `header`. With a preset
    /// (`byHeaders`), or where the mapping has an entry `file: "*"` (as in one printed from a
    /// preset), entries match by the columns; otherwise by the file's name or path.
    public static func entry(forFile path: String, header: [String], in mapping: ImportMapping, byHeaders: Bool) -> ImportFileMapping? {
        if byHeaders { return entry(for: header, in: mapping) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return mapping.files.first { $0.file == name || $0.file == path }
            ?? (mapping.files.contains { $0.file == "*" } ? entry(for: header, in: mapping) : nil)
    }

    /// The preset entry that fits `header` best: all required columns present, then the most
    /// columns matched.
    public static func entry(for header: [String], in mapping: ImportMapping) -> ImportFileMapping? {
        let table = CSVTable(path: "", header: header, rows: [])
        var best: (entry: ImportFileMapping, score: Int)?
        for entry in mapping.files {
            let specs = ImportMapping.fields[entry.entity] ?? []
            var score = 0
            var complete = true
            for (field, source) in entry.columns {
                let present = Importer.resolve(source, in: table) != nil
                if present { score += 1 }
                if !present && specs.contains(where: { $0.name == field && $0.required }) { complete = false }
            }
            if complete && score > (best?.score ?? 0) { best = (entry, score) }
        }
        return best?.entry
    }
}

import RapportBase
import RapportSyntax

/// Word lists for synthetic but human-looking names.
package enum NameLists {
    package static let firstNames = [
        "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca", "Maria",
        "Niels", "Olga", "Pablo", "Quentin", "Rosa", "Samir", "Tanja", "Ugo", "Vera", "Willem", "Xenia", "Yusuf", "Zoe",
        "Amira", "Bruno", "Chloe", "Dario", "Emma", "Filip", "Hanna", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nora",
        "Oscar", "Petra", "Rafael", "Sofia", "Tomas", "Ulla", "Victor", "Wanda", "Yara", "Anton", "Beatriz", "Claire",
        "Dmitri", "Eva", "Felix", "Giulia", "Henrik", "Isabel", "Jakob", "Leila", "Mateo",
    ]
    package static let lastNames = [
        "Ruiz", "Odegaard", "Carter", "Lopez", "Schmidt", "Novak", "Rossi", "Dubois", "Jansen", "Kowalski", "Silva",
        "Berg", "Moreau", "Fischer", "Costa", "Nielsen", "Horvat", "Weber", "Martin", "Garcia", "Becker", "Russo",
        "Laurent", "Visser", "Nowak", "Santos", "Lind", "Fontaine", "Wagner", "Ferreira", "Hansen", "Kovac", "Meyer",
        "Bernard", "Romano", "Bakker", "Wojcik", "Oliveira", "Holm", "Mercier", "Schulz", "Marino", "Petit", "De Vries",
        "Lewandowski", "Pereira", "Strand", "Girard", "Hoffmann", "Greco", "Roux", "Smit", "Kaminski", "Almeida",
        "Dahl", "Lambert", "Koch", "Bruno", "Faure", "Mulder",
    ]
    package static let companyStems = [
        "Acme", "Northwind", "Bolt", "Cobalt", "Alpine", "Harbor", "Summit", "Meridian", "Lumen", "Vertex", "Atlas",
        "Granite", "Orchid", "Beacon", "Cedar", "Falcon", "Helix", "Ironwood", "Juniper", "Keystone", "Lakeside",
        "Monarch", "Nimbus", "Oakridge", "Pioneer", "Quarry", "Riverbend", "Sterling", "Tidewater", "Union", "Vanguard",
        "Westfield", "Zephyr", "Aurora", "Bramble", "Crescent", "Delta", "Evergreen", "Foundry", "Glacier",
    ]
    package static let companyTrades = [
        "Foods", "Logistics", "Plastics", "Machinery", "Pharma", "Textiles", "Energy", "Packaging", "Chemicals",
        "Instruments", "Retail", "Hotels", "Clinics", "Software", "Metals", "Paper", "Motors", "Labs", "Print", "Glass",
    ]
    package static let legalForms = ["GmbH", "Ltd", "SA", "BV", "AG", "SpA", "Inc", "AB", "Oy", "SARL"]
    package static let industries = ["Manufacturing", "Logistics", "Healthcare", "Retail", "Food & Beverage", "Chemicals",
                             "Hospitality", "Technology", "Energy", "Construction"]
    package static let regions = ["North", "South", "East", "West", "Central"]
    package static let departments = ["Finance", "Operations", "Procurement", "IT", "Production", "Sales", "Quality", "HR"]
    package static let titles: [ContactLevel: [String]] = [
        .executive: ["CEO", "CFO", "COO", "CIO", "Managing Director"],
        .senior: ["VP Operations", "Head of Procurement", "Plant Director", "Head of IT", "Finance Director"],
        .manager: ["Purchasing Manager", "Plant Manager", "IT Manager", "Quality Manager", "Logistics Manager"],
        .staff: ["Buyer", "Engineer", "Analyst", "Coordinator", "Planner"],
    ]
    package static let leadSources = ["webinar", "referral", "trade show", "website", "cold call", "partner"]
    package static let summaries: [ActivityKind: [String]] = [
        .meeting: ["Account review", "Met the operations team", "Lunch with the sponsor", "Site visit"],
        .call: ["Follow-up call", "Checked delivery issue", "Call about renewal", "Quick status call"],
        .email: ["Sent price list", "Shared case study", "Answered questions", "Sent order confirmation"],
        .demo: ["Product demo", "Demo for the plant team", "Remote demo"],
        .proposal: ["Sent proposal", "Revised proposal", "Sent quote"],
        .qbr: ["Quarterly business review", "QBR with leadership"],
        .workshop: ["Planning workshop", "Joint workshop on next year", "Value workshop"],
        .social: ["Customer event", "Dinner after trade show", "Golf day"],
    ]
    package static let objectives = ["Expand into a second plant", "Become preferred supplier", "Add the service contract",
                             "Win the new product line", "Grow share of wallet to 40%", "Meet the new CFO"]
    package static let actions = ["Workshop with plant managers", "Executive sponsor meeting", "Joint roadmap review",
                          "Reference visit", "Pilot in the second site", "Present the business case"]
    package static let dealNames = ["line upgrade", "service contract", "framework agreement", "pilot", "renewal",
                            "expansion", "new site", "spare parts deal"]
}

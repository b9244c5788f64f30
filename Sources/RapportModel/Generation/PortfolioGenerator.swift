import RapportBase
import RapportSyntax

/// Writes a deterministic synthetic portfolio shaped like a real B2B team (same options, same
/// bytes), streaming account by account so a million accounts need no more memory than one.
///
/// Each rep gets a practice (relationship, steady or transactional) that drives how they work:
/// how many key accounts have growth plans, how many senior contacts they keep, how often they
/// meet rather than email, whether proposals are co-created, how patiently leads are nurtured.
/// So the shipped rules find the problems real teams have, unevenly spread across reps.
public struct PortfolioGenerator {
    /// What to generate.
    public struct Options: Sendable {
        public var accounts: Int
        public var seed: UInt64
        public var asOf: CalendarDate
        public var currency: String

        public init(accounts: Int, seed: UInt64, asOf: CalendarDate, currency: String = "EUR") {
            self.accounts = accounts
            self.seed = seed
            self.asOf = asOf
            self.currency = currency
        }
    }

    package enum Practice: Int {
        case relationship, steady, transactional

        package var planShare: Double { [0.95, 0.8, 0.45][rawValue] }
        package var seniorContacts: ClosedRange<Int> { [2...5, 1...4, 0...2][rawValue] }
        package var quietShare: Double { [0.1, 0.25, 0.5][rawValue] }
        package var coCreatedShare: Double { [0.6, 0.35, 0.1][rawValue] }
        package var leadWaitingShare: Double { [0.15, 0.35, 0.6][rawValue] }
        /// Weights for meeting, call, email, demo, proposal, qbr, workshop, social.
        package var activityWeights: [Double] {
            [[5, 3, 3, 1, 1, 1.5, 1, 0.5], [3, 3, 4, 1, 1.2, 0.7, 0.4, 0.3], [1, 3, 5, 1, 3, 0.1, 0.1, 0.1]][rawValue]
        }
    }

    package struct RepInfo {
        package let id: String
        package let practice: Practice
    }

    package let options: Options
    package let reps: [RepInfo]
    package var random: SeededRandom
    package var contactCounter = 0
    package var activityCounter = 0
    package var opportunityCounter = 0
    private let today: Int

    /// Prepares a generator.
    public init(_ options: Options) {
        self.options = options
        var random = SeededRandom(seed: options.seed)
        let repCount = max(1, Int((Double(options.accounts) / 35).rounded()))
        let width = max(2, String(repCount).count)
        reps = (0..<repCount).map { index in
            RepInfo(id: "r-" + PortfolioGenerator.padded(index + 1, width),
                    practice: Practice(rawValue: random.weighted([0.3, 0.4, 0.3]))!)
        }
        self.random = random
        self.today = Int(options.asOf.dayNumber)
    }

    package static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    package func date(daysAgo: Int) -> String { CalendarDate(dayNumber: Int32(today - daysAgo)).description }

    package mutating func personName() -> String { random.pick(NameLists.firstNames) + " " + random.pick(NameLists.lastNames) }

    /// Writes the whole portfolio.
    public mutating func write(to w: inout JSONStreamWriter) throws {
        try w.beginObject()
        try w.key("format"); try w.string(Schema.formatName)
        try w.key("as_of"); try w.string(options.asOf.description)
        try w.key("currency"); try w.string(options.currency)
        try w.key("fiscal_year_start"); try w.number(1)
        try w.key("team"); try w.beginObject()
        try w.key("name"); try w.string("Generated team \(options.seed)")
        try w.key("manager"); try w.string(personName())
        w.endObject()
        try w.key("reps"); try w.beginArray()
        for rep in reps {
            let name = personName()
            try w.beginObject()
            try w.key("id"); try w.string(rep.id)
            try w.key("name"); try w.string(name)
            try w.key("email"); try w.string(name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.com")
            try w.key("region"); try w.string(random.pick(NameLists.regions))
            try w.key("quota"); try w.number(Double(random.int(in: 15...40) * 10_000))
            try w.key("hired"); try w.string(date(daysAgo: random.int(in: 200...4000)))
            w.endObject()
        }
        w.endArray()
        try w.key("accounts"); try w.beginArray()
        let width = max(4, String(options.accounts).count)
        for index in 0..<options.accounts {
            try writeAccount(index, idWidth: width, to: &w)
        }
        w.endArray()
        try w.key("leads"); try w.beginArray()
        let leadCount = reps.count * 10
        for index in 0..<leadCount { try writeLead(index, width: max(3, String(leadCount).count), to: &w) }
        w.endArray()
        w.endObject()
        try w.finish()
    }
}

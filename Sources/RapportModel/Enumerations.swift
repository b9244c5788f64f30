import RapportBase
import RapportSyntax

/// An enumerated field of the portfolio: its values are text, checked against a fixed set.
public protocol PortfolioEnumeration: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The field as named in messages, e.g. `tier`.
    static var fieldName: String { get }
}

extension PortfolioEnumeration {
    /// Every allowed value, in declaration order.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }

    /// The value's position among `allCases`, for comparisons without text. An enumeration
    /// without payloads is stored as that position in one byte (checked for every case of every
    /// enumeration by the tests).
    package var code: Int {
        precondition(MemoryLayout<Self>.size == 1, "\(Self.self) is not stored as one byte")
        return Int(unsafeBitCast(self, to: UInt8.self))
    }
}

/// `account.tier`: the team's own label for an account.
public enum Tier: String, PortfolioEnumeration {
    case key, growth, core, transactional
    public static let fieldName = "tier"
}

/// `growth_plan.status`.
public enum GrowthPlanStatus: String, PortfolioEnumeration {
    case draft, active, archived
    public static let fieldName = "status"
}

/// `contact.level`: seniority.
public enum ContactLevel: String, PortfolioEnumeration {
    case executive, senior, manager, staff
    public static let fieldName = "level"
}

/// `contact.role`: buying role.
public enum ContactRole: String, PortfolioEnumeration {
    case decisionMaker = "decision_maker", champion, influencer, user, blocker
    public static let fieldName = "role"
}

/// `activity.kind`.
public enum ActivityKind: String, PortfolioEnumeration {
    case meeting, call, email, demo, proposal, qbr, workshop, social
    public static let fieldName = "kind"
}

/// `opportunity.kind`.
public enum OpportunityKind: String, PortfolioEnumeration {
    case newBusiness = "new_business", expansion, renewal
    public static let fieldName = "kind"
}

/// `opportunity.stage`.
public enum OpportunityStage: String, PortfolioEnumeration {
    case prospecting, qualification, discovery, proposal, negotiation, won, lost
    public static let fieldName = "stage"

    /// True for `won` and `lost`.
    public var isClosed: Bool { self == .won || self == .lost }
}

/// `lead.status`.
public enum LeadStatus: String, PortfolioEnumeration {
    case new, nurturing, qualified, converted, disqualified
    public static let fieldName = "status"
}

/// An enumeration the portfolio reader parses through a table of its spellings (no `String`
/// per value read, no `allCases` array per lookup).
package protocol SpelledEnumeration: PortfolioEnumeration {
    static var spellings: KeyTable<Self> { get }
}

extension SpelledEnumeration {
    /// The value spelled by `bytes`.
    package init?(bytes: UnsafeRawBufferPointer) {
        guard let value = Self.spellings.lookup(bytes) else { return nil }
        self = value
    }
}

extension Tier: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension GrowthPlanStatus: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension ContactLevel: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension ContactRole: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension ActivityKind: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension OpportunityKind: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension OpportunityStage: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }
extension LeadStatus: SpelledEnumeration { package static let spellings = KeyTable(cases: allCases) }

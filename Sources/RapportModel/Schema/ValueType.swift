import RapportBase
import RapportSyntax

/// The entity types rules can navigate.
public enum EntityType: String, Sendable, CaseIterable, Hashable {
    case account, rep, lead, opportunity, contact, activity, team
    case growthPlan = "growth_plan", proposal, revenue, action

    /// `a growth_plan`, `an account`.
    public var withArticle: String { ("aeiou".contains(rawValue.first!) ? "an " : "a ") + rawValue }
}

/// The enumerated text fields of the model.
public enum EnumKind: String, Sendable, CaseIterable, Hashable {
    case tier, planStatus = "growth plan status", contactLevel = "contact level", contactRole = "buying role"
    case activityKind = "activity kind", opportunityKind = "opportunity kind", stage, leadStatus = "lead status"

    /// The allowed values, in order.
    public var values: [String] {
        switch self {
        case .tier: Tier.allowedValues
        case .planStatus: GrowthPlanStatus.allowedValues
        case .contactLevel: ContactLevel.allowedValues
        case .contactRole: ContactRole.allowedValues
        case .activityKind: ActivityKind.allowedValues
        case .opportunityKind: OpportunityKind.allowedValues
        case .stage: OpportunityStage.allowedValues
        case .leadStatus: LeadStatus.allowedValues
        }
    }
}

/// The static type of an expression. Every type's values may also be missing.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case number, text, boolean, date, duration, period
    /// Text drawn from a fixed set (`tier`, `stage`, …); compatible with text.
    case enumeration(EnumKind)
    case entity(EntityType)
    case list(ValueType)
    /// `[]`: a list whose element type is not known yet.
    case emptyList
    /// The type of something already reported as wrong; it matches anything, so one mistake
    /// gives one message.
    case error

    /// "a number", "a list of accounts", for messages.
    public var description: String {
        switch self {
        case .number: "a number"
        case .text: "text"
        case .boolean: "true or false"
        case .date: "a date"
        case .duration: "a duration"
        case .period: "a quarter"
        case .enumeration(let kind): "\(kind.rawValue.hasPrefix("a") ? "an" : "a") \(kind.rawValue)"
        case .entity(let entity): entity.withArticle
        case .list(let element): "a list of \(element.plural)"
        case .emptyList: "an empty list"
        case .error: "an unknown value"
        }
    }

    /// "numbers", "accounts".
    package var plural: String {
        switch self {
        case .number: "numbers"
        case .text, .enumeration: "texts"
        case .boolean: "true/false values"
        case .date: "dates"
        case .duration: "durations"
        case .period: "quarters"
        case .entity(let entity): entity == .activity ? "activities" : entity == .opportunity ? "opportunities" : "\(entity.rawValue)s"
        case .list(let element): "lists of \(element.plural)"
        case .emptyList, .error: "values"
        }
    }

    /// The element type of a list.
    public var element: ValueType? {
        switch self {
        case .list(let element): element
        case .emptyList: .error
        case .error: .error
        default: nil
        }
    }

    /// True for lists (including `[]` and the error type).
    public var isList: Bool { element != nil }

    /// Text and enumerations are both text.
    public var isText: Bool {
        switch self {
        case .text, .enumeration, .error: true
        default: false
        }
    }

    /// True when values of the two types can be compared or combined.
    public func compatible(with other: ValueType) -> Bool {
        switch (self, other) {
        case (.error, _), (_, .error): true
        case (.text, .enumeration), (.enumeration, .text), (.text, .text): true
        case let (.enumeration(a), .enumeration(b)): a == b
        case (.emptyList, .list), (.list, .emptyList), (.emptyList, .emptyList): true
        case let (.list(a), .list(b)): a.compatible(with: b)
        default: self == other
        }
    }

    /// The more specific of two compatible types (for `??`, `if`, lists).
    public func unified(with other: ValueType) -> ValueType {
        switch (self, other) {
        case (.error, let x), (let x, .error): x
        case (.emptyList, let x), (let x, .emptyList): x
        case (.enumeration, .text), (.text, .enumeration): .text
        default: self
        }
    }

    /// Values that can be ordered with `<` and sorted with `by`.
    public var isOrdered: Bool {
        switch self {
        case .number, .text, .enumeration, .date, .duration, .period, .error: true
        default: false
        }
    }
}

import RapportBase
import RapportSyntax
import RapportModel

/// How serious a finding is, from praise to critical (ordered).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case praise, info, suggestion, warning, critical

    package var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule after checking: every expression typed and resolved.
public struct CheckedRule: Sendable {
    public let id: String
    /// The title template, or the id in words.
    public let title: TTemplate?
    public let severity: Severity
    public let tags: [String]
    public let subjectType: EntityType
    public let subjectName: String
    /// `let`s in order, with their frame slots.
    public let lets: [(name: String, slot: Int, value: TExpr)]
    public let condition: TExpr?
    public let advice: TTemplate
    public let rationale: TTemplate?
    /// `to`: the coached rep; nil means the default for the subject type.
    public let coached: TExpr?
    public let priority: TExpr?
    /// Slots the rule's frame needs.
    public let frameSize: Int
    /// The span of the rule id (the finding's location).
    public let location: Span
    /// The file the rule is in.
    public let path: String

    /// "key account without growth plan" from `key_account_without_growth_plan`.
    public var defaultTitle: String { id.replacingOccurrences(of: "_", with: " ").capitalizedFirst }
}

/// A parameter with its checked default.
public struct CheckedParam: Sendable {
    public let name: String
    public let type: ValueType
    public let defaultValue: TExpr
    public let span: Span
}

/// A computed field (`define account.x = …`) or one instance of a function (`define f(a, b)`
/// checked for particular argument types).
public struct Definition: Sendable {
    public let name: String
    /// The entity for a computed field; nil for a function.
    public let entity: EntityType?
    public let parameterTypes: [ValueType]
    public let body: TExpr
    public let frameSize: Int
    public let span: Span
}

/// A `test` block, ready to run.
public struct RuleTest: Sendable {
    public let rule: String
    /// The fixture path resolved against the rule file's folder.
    public let fixture: String
    public let expectations: [Expectation]
    public let span: Span
    public let path: String
}

/// Everything `rapport lint` needs from a rule set.
public struct CheckedRuleSet: Sendable {
    public var rules: [CheckedRule] = []
    public var params: [CheckedParam] = []
    public var definitions: [Definition] = []
    public var customFields: [EntityType: [String: ValueType]] = [:]
    /// Computed fields by entity and name (indices into `definitions`).
    public var computedFields: [EntityType: [String: Int]] = [:]
    public var tests: [RuleTest] = []
    /// Where a rule scans the whole collection it is `for each` of (the `check.quadratic`
    /// warnings), with that collection's type, for cost estimates on a portfolio.
    public var wholeCollectionScans: [(span: Span, entity: EntityType)] = []
    /// Every name the checker resolved, in the order met: what it stands for and its type (for
    /// the language server). A function's body is checked once per argument types, so a use
    /// there may appear more than once.
    public var symbols: [SymbolUse] = []

    /// The rule with id `id`.
    public func rule(_ id: String) -> CheckedRule? { rules.first { $0.id == id } }

    package init(rules: [CheckedRule] = [], params: [CheckedParam] = [], definitions: [Definition] = [], customFields: [EntityType: [String: ValueType]] = [:], computedFields: [EntityType: [String: Int]] = [:], tests: [RuleTest] = [], wholeCollectionScans: [(span: Span, entity: EntityType)] = []) {
        self.rules = rules
        self.params = params
        self.definitions = definitions
        self.customFields = customFields
        self.computedFields = computedFields
        self.tests = tests
        self.wholeCollectionScans = wholeCollectionScans
    }
}

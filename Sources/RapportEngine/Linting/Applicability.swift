import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Which rules of a run can judge a portfolio, given what it holds.
public struct Applicability: Sendable {
    /// A rule that reads a kind of data the portfolio lacks entirely.
    public struct NotApplicable: Sendable, Equatable {
        public let rule: String
        public let title: String
        /// The kinds it reads that the portfolio lacks, in a stable order.
        public let missing: [DataSet]
    }

    /// The rules that cannot judge, in rule order.
    public let notApplicable: [NotApplicable]
    /// How many rules were looked at.
    public let rulesConsidered: Int

    /// Decides for `rules` of `checked` on a portfolio holding `coverage`.
    public init(_ rules: [CheckedRule], in checked: CheckedRuleSet, coverage: DataCoverage) {
        rulesConsidered = rules.count
        notApplicable = rules.compactMap { rule in
            let missing = RuleInputs.dataSets(of: rule, in: checked).subtracting(coverage.present).sorted()
            guard !missing.isEmpty else { return nil }
            return NotApplicable(rule: rule.id, title: rule.title.flatMap(CompiledRule.constant) ?? rule.defaultTitle, missing: missing)
        }
    }

    /// Ids of the rules that cannot judge.
    public var ruleIDs: Set<String> { Set(notApplicable.map(\.rule)) }

    /// The kinds of data missing, each with the number of rules it stops, most first.
    public var missingData: [(data: DataSet, rules: Int)] {
        var counts: [DataSet: Int] = [:]
        for item in notApplicable { for data in item.missing { counts[data, default: 0] += 1 } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// One sentence for people: "20 of 26 rules could not judge: the portfolio has no contacts,
    /// activities or leads. …". A kind that is part of another missing kind (contact levels
    /// when there are no contacts) is not named again.
    public var summary: String? {
        guard !notApplicable.isEmpty else { return nil }
        let data = missingData.map(\.data)
        let missing = Set(data)
        let named = data.filter { $0.partOf.map { !missing.contains($0) } ?? true }
        let phrases = named.map(\.missingPhrase)
        let list = phrases.count < 2 ? phrases.joined() : phrases.dropLast().joined(separator: ", ") + " or " + phrases.last!
        return "\(notApplicable.count) of \(rulesConsidered) rules could not judge: the portfolio has no \(list). "
            + "Add \(phrases.count == 1 ? "it" : "them") to the portfolio (for a CRM import, the exports that hold "
            + "\(phrases.count == 1 ? "it" : "them")) to be coached on \(phrases.count == 1 ? "it" : "them"); "
            + "`rapport inspect` shows what the portfolio holds."
    }

    package static func joined(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Rules, reps and subjects named by people (on the command line, in the REPL): found, or
/// reported as a diagnostic with "did you mean".
public enum Lookup {
    /// There is no rule (or, with `tags`, no rule or tag) called `name`.
    public static func unknownRule(_ name: String, in rules: CheckedRuleSet, tags: Bool = false) -> Diagnostic {
        let known = tags ? Array(Set(rules.rules.flatMap { [$0.id] + $0.tags })).sorted() : rules.rules.map(\.id)
        return Diagnostic(.error, code: "lookup.unknown_rule", message: "no rule\(tags ? " or tag" : "") is called `\(name)`")
            .suggesting(NameSuggester.suggest(name, from: known))
    }

    /// The rule called `name`, or why there is none.
    public static func rule(_ name: String, in rules: CheckedRuleSet) -> (CheckedRule?, Diagnostic?) {
        if let rule = rules.rule(name) { return (rule, nil) }
        return (nil, unknownRule(name, in: rules))
    }

    /// The subject of `rule` that `text` names (an id, or an id or name in any case), or why
    /// there is none; `what` names the portfolio in the message.
    public static func subject(_ text: String, of rule: CheckedRule, in portfolio: Portfolio,
                               what: String = "the portfolio") -> (Finding.Subject?, Diagnostic?) {
        if let found = SubjectLookup.find(text, type: rule.subjectType, in: portfolio) { return (found, nil) }
        let type = rule.subjectType
        return (nil, Diagnostic(.error, code: "lookup.unknown_subject",
                                message: "\(what) has no \(type.rawValue) `\(text)` (rule `\(rule.id)` is about \(ValueType.entity(type).plural))")
            .suggesting(SubjectLookup.suggestion(text, type: type, in: portfolio)))
    }

    /// The rep that `text` names (an id or a name, any case) in `portfolio`, or why there is none.
    public static func rep(_ text: String, in portfolio: Portfolio, what: String = "the portfolio") -> (Finding.Subject?, Diagnostic?) {
        if let found = SubjectLookup.find(text, type: .rep, in: portfolio) { return (found, nil) }
        return (nil, unknownRep(text, in: what, names: SubjectLookup.names(.rep, in: portfolio)))
    }

    /// `what` has no rep called `text`.
    public static func unknownRep(_ text: String, in what: String, names: [String]) -> Diagnostic {
        Diagnostic(.error, code: "lookup.unknown_rep", message: "\(what) has no rep called `\(text)`")
            .suggesting(NameSuggester.suggest(text, from: names))
    }
}

extension Diagnostic {
    /// The message and its "did you mean" on one line, for places that show one line (the REPL).
    public var oneLine: String {
        message + help.filter { $0.hasPrefix("did you mean") }.map { "; \($0)" }.joined()
    }
}

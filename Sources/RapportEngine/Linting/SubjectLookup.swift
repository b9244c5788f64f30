import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Finds a rule's subject in a portfolio by id or by name, as people type them.
public enum SubjectLookup {
    /// The subject of type `type` whose id is `text`, or else whose id or name is `text`
    /// ignoring case; nil when there is none.
    public static func find(_ text: String, type: EntityType, in portfolio: Portfolio) -> Finding.Subject? {
        let formatter = ValueFormatter(portfolio: portfolio)
        func subject(_ index: Int) -> Finding.Subject {
            Finding.Subject(type: type, id: formatter.id(of: type, Int32(index)), name: formatter.name(of: type, Int32(index)),
                            index: Int32(index))
        }
        if let index = Explainer.subjectIndex(type, text, portfolio) { return subject(index) }
        let wanted = text.lowercased()
        for index in 0..<portfolio.count(of: type) where formatter.id(of: type, Int32(index)).lowercased() == wanted
            || formatter.name(of: type, Int32(index)).lowercased() == wanted {
            return subject(index)
        }
        return nil
    }

    /// The id or name closest to `text` among the subjects of `type`, for "did you mean".
    public static func suggestion(_ text: String, type: EntityType, in portfolio: Portfolio) -> String? {
        NameSuggester.suggest(text, from: names(type, in: portfolio))
    }

    /// Ids and names of the subjects of `type`, for suggestions.
    public static func names(_ type: EntityType, in portfolio: Portfolio) -> [String] {
        let formatter = ValueFormatter(portfolio: portfolio)
        return (0..<portfolio.count(of: type)).flatMap { [formatter.id(of: type, Int32($0)), formatter.name(of: type, Int32($0))] }
    }
}

import RapportBase

/// The fixed words of the rule language, declared once and read by the lexer, the parser,
/// the grammar tests, the checker and (later) the REPL's completion.
public enum Vocabulary {
    /// Severities in increasing order.
    public static let severities = ["praise", "info", "suggestion", "warning", "critical"]
    /// Types a rule can be written `for each`.
    public static let subjectTypes = ["account", "rep", "lead", "opportunity", "contact", "activity", "team"]
    /// Every entity type of the portfolio model.
    public static let entityTypes = subjectTypes + ["growth_plan", "proposal", "revenue"]
    /// Formats a template hole accepts after `as`.
    public static let formats = ["money", "percent", "number", "date", "list"]
    /// Types a custom `field` can be declared with.
    public static let fieldTypes = ["number", "text", "boolean", "date"]
    /// Duration units, singular and plural.
    public static let durationUnits = ["day", "days", "week", "weeks", "month", "months",
                                       "quarter", "quarters", "year", "years"]
    /// Words that start a clause inside `rule … end`.
    public static let ruleClauses = ["title", "severity", "tags", "for", "let", "when",
                                     "advise", "because", "to", "priority"]
    /// Words that start a clause inside `test … end`.
    public static let testClauses = ["given", "expect"]

    /// Contextual keywords: identifiers with a special meaning in some positions only.
    public static let contextualKeywords: Set<String> = Set(
        ["title", "severity", "tags", "each", "advise", "because", "to", "priority",
         "given", "expect", "finding", "findings", "on",
         "missing", "present", "last", "next", "before", "after", "desc", "asc"]
        + severities + entityTypes + formats + fieldTypes + durationUnits
    )

    /// Every keyword, reserved or contextual.
    public static var allKeywords: Set<String> {
        contextualKeywords.union(Keyword.allCases.map(\.rawValue))
    }
}

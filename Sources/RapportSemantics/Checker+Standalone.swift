import RapportBase
import RapportSyntax
import RapportModel

/// An expression typed at the REPL prompt, checked against a rule set.
public struct CheckedQuery: Sendable {
    /// The expression.
    public let value: TExpr
    /// The `show` columns, checked with the listed element's fields in scope.
    public let columns: [TExpr]
    /// The slot the element of `value` is bound to while a column is evaluated.
    public let elementSlot: Int?
    /// The rule set's checked form, with any definitions the query instantiated.
    public let checked: CheckedRuleSet
    public let frameSize: Int
}

extension Checker {
    /// Checks `expr` (and `columns`, evaluated per element of its list) against the names of
    /// `ruleSet`; `globals` are session values (`let` at the prompt), visible like params.
    /// Returns nil with the diagnostics when the query does not check; diagnostics of the rule
    /// set itself are not repeated.
    public static func checkQuery(_ expr: Expr, columns: [Expr] = [], ruleSet: LoadedRuleSet,
                                  globals: [String: ValueType]) -> (CheckedQuery?, [Diagnostic]) {
        var checker = Checker()
        checker.reportUnused = false
        checker.run(ruleSet)
        let before = checker.diagnostics.count
        for (name, type) in globals { checker.paramTypes[name] = type }
        checker.frame = Frame()
        let value = checker.checkExpression(expr)
        var typedColumns: [TExpr] = []
        var elementSlot: Int?
        if !columns.isEmpty {
            guard let element = value.type.element, value.type != .error else {
                checker.error("repl.show_needs_list", "`show` chooses the columns of a list, but this is \(value.type)", at: value.span)
                return (nil, Array(checker.diagnostics[before...]))
            }
            let slot = checker.frame.allocate()
            checker.frame.scopes.append(Scope(element: (slot, element)))
            typedColumns = columns.map { checker.checkExpression($0) }
            checker.frame.scopes.removeLast()
            elementSlot = slot
        }
        let diagnostics = Array(checker.diagnostics[before...])
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (CheckedQuery(value: value, columns: typedColumns, elementSlot: elementSlot, checked: checker.result,
                             frameSize: checker.frame.slotCount), diagnostics)
    }
}

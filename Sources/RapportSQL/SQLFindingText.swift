import Foundation
import RapportBase
import RapportModel
import RapportSemantics
import RapportEngine

extension SQLRuleQuery {
    /// The finding's text for one row of this query's result, written by Rapport from the
    /// holes' values exactly as in process. `column` gives a column's value as decoded from
    /// JSON: a string, a number, a boolean, an array, or nil for NULL.
    public func message(advice: TTemplate, formatter: ValueFormatter, column: (String) -> Any?) -> String {
        func value(_ hole: SQLHole) -> Value {
            switch hole {
            case .column(let name, let type): SQLFindingText.value(column(name), type)
            case .choice(let name, let then, let otherwise): value((column(name) as? Bool) == true ? then : otherwise)
            case .template(let template, let holes): .text(formatter.render(template, holes: holes.map(value)))
            }
        }
        return formatter.render(advice, holes: holes.map(value))
    }
}

/// Values of a query's result, as the engine holds them.
public enum SQLFindingText {
    /// A text column's value ("" for NULL; a number, from a warehouse that keeps ids as
    /// numbers, in its digits).
    public static func text(_ json: Any?) -> String {
        switch json {
        case let text as String: text
        case let number as Double: number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: ""
        }
    }

    /// A column's value decoded from JSON, as a value of `type` (an entity arrives as its name).
    public static func value(_ json: Any?, _ type: ValueType) -> Value {
        guard let json, !(json is NSNull) else { return .missing }
        switch type {
        case .number: return (json as? Double).map(Value.number) ?? .missing
        case .boolean: return (json as? Bool).map(Value.bool) ?? .missing
        case .date: return (json as? String).flatMap { CalendarDate(iso: $0) }.map(Value.date) ?? .missing
        case .duration: return (json as? Double).map { .duration(Duration(months: 0, days: Int($0))) } ?? .missing
        case .period: return (json as? String).flatMap { FiscalQuarter(iso: Array($0.utf8)) }.map(Value.period) ?? .missing
        case .list(let element): return (json as? [Any]).map { .list($0.map { value($0, element) }) } ?? .missing
        default: return (json as? String).map(Value.text) ?? .missing
        }
    }
}

import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// Computed-field values kept from earlier evaluations of the same rules over the same
/// portfolio, date and params, with the definitions (in index order) they were computed for.
package struct KeptValues {
    package var definitions: [String]
    package let memo: Memo

    /// True when `names` index definitions as these values do: one list extends the other.
    package func fits(_ names: [String]) -> Bool { names.starts(with: definitions) || definitions.starts(with: names) }

    /// Values for `names` (which `fits`): kept ones, or a new memo.
    package static func serving(_ names: [String], from kept: KeptValues?) -> KeptValues {
        guard var kept, kept.fits(names) else { return KeptValues(definitions: names, memo: Memo(definitions: names.count)) }
        if names.count > kept.definitions.count { kept.definitions = names }
        return kept
    }

    /// Takes values of `other` this one lacks, when they are indexed alike.
    package mutating func absorb(_ other: KeptValues) {
        guard fits(other.definitions) else { return }
        memo.absorb(other.memo)
        if other.definitions.count > definitions.count { definitions = other.definitions }
    }
}

extension CheckedQuery {
    /// Evaluates the query over `portfolio`, reading and keeping computed values in `memo`.
    package func run(portfolio: Portfolio, today: CalendarDate, params: [String: Value], memo: Memo) -> (value: Value, compiler: Compiler) {
        let runtime = Runtime(portfolio: portfolio, today: today, params: params, definitionCount: checked.definitions.count)
        let compiler = Compiler(runtime: runtime, checked: checked, memo: memo)
        var frame = Frame(size: frameSize, memo: memo)
        return (compiler.compile(value)(&frame), compiler)
    }
}

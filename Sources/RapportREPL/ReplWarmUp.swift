import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// Computes the accounts' computed fields (`is_key`, `lifetime`, …) on the other core while
/// the manager types the first question, so that question answers as fast as the next ones.
package final class ReplWarmUp: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: KeptValues?
    private var finished = false

    /// Starts computing every computed field of every account of `portfolio`.
    package init(ruleSet: LoadedRuleSet, fields: [String], portfolio: Portfolio, today: CalendarDate, params: [String: Value]) {
        let requestsBefore = Cancellation.requests
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var kept: KeptValues?
            for field in fields {
                var sources = SourceMap()
                let file = sources.add(path: "<warm-up>", bytes: Array("count(accounts where \(field) is missing)".utf8))
                guard let expr = Parser.parseStandaloneExpression(sources[file]).0,
                      let query = Checker.checkQuery(expr, ruleSet: ruleSet, globals: [:]).0 else { continue }
                kept = KeptValues.serving(query.checked.definitions.map(\.name), from: kept)
                query.run(portfolio: portfolio, today: today, params: params, memo: kept!.memo).compiler.runtime.definitions.release()
            }
            // A Ctrl-C meanwhile may have cut loops short: then the values are not to be trusted.
            let trusted = Cancellation.requests == requestsBefore
            condition.lock()
            result = trusted ? kept : nil
            finished = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The computed values when the work is done, without waiting; `.some(nil)` when it ended
    /// with nothing to trust.
    package func poll() -> KeptValues?? {
        condition.lock()
        defer { condition.unlock() }
        return finished ? .some(result) : .none
    }

    /// Waits for the work to end (tests).
    package func wait() -> KeptValues? {
        condition.lock()
        while !finished { condition.wait() }
        defer { condition.unlock() }
        return result
    }
}

import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// What every compiled expression of one run shares: the portfolio, `today`, the parameter
/// values and the compiled definitions. Immutable, so evaluation can run on several threads.
package final class Runtime: Sendable {
    package let portfolio: Portfolio
    package let today: CalendarDate
    package let params: [String: Value]
    package let currency: String?
    /// Compiled computed fields and function instances, by definition index (filled once while
    /// compiling, before any evaluation).
    package let definitions: DefinitionTable
    /// Each rep as findings show it.
    package let findingReps: [Finding.Rep]

    /// `findingReps`, when given, are the reps as ``Runtime/findingReps(of:)`` shows them, shared
    /// by the runtimes of the parts of one portfolio.
    package init(portfolio: Portfolio, today: CalendarDate, params: [String: Value], definitionCount: Int,
         findingReps: [Finding.Rep]? = nil) {
        self.portfolio = portfolio
        self.today = today
        self.params = params
        self.currency = portfolio.string(portfolio.currency)
        self.definitions = DefinitionTable(count: definitionCount)
        self.findingReps = findingReps ?? Runtime.findingReps(of: portfolio)
    }

    /// Each rep of `portfolio` as findings show it.
    package static func findingReps(of portfolio: Portfolio) -> [Finding.Rep] {
        portfolio.reps.enumerated().map { index, rep in
            Finding.Rep(id: portfolio.string(rep.id), name: portfolio.string(rep.name), index: Int32(index))
        }
    }

    package var thisQuarter: FiscalQuarter { portfolio.quarter(of: today) }
}

/// Values of subject-independent expressions computed over a whole portfolio, by canonical
/// form, for the compilers that each see one part of it. Written by one thread while the
/// whole-portfolio rules compile, then only read.
package final class ConstantTable: @unchecked Sendable {
    private var values: [String: Value] = [:]

    package func record(_ expr: TExpr, _ value: Value) { values[ConstantTable.key(expr)] = value }

    package func value(for expr: TExpr) -> Value? { values[ConstantTable.key(expr)] }

    package var count: Int { values.count }

    private static func key(_ expr: TExpr) -> String { "\(expr.type)|\(expr.canonical)" }
}

/// Compiled definitions, written once while compiling and only read afterwards.
package final class DefinitionTable: @unchecked Sendable {
    // Written only while compiling: no run-time exclusivity checks on every read.
    @exclusivity(unchecked) private var bodies: [StoredEval?]
    @exclusivity(unchecked) private var sizes: [Int]

    package init(count: Int) {
        bodies = Array(repeating: nil, count: count)
        sizes = Array(repeating: 0, count: count)
    }

    package func set(_ index: Int, body: @escaping Eval, frameSize: Int) {
        bodies[index] = StoredEval(body)
        sizes[index] = frameSize
    }

    package func body(_ index: Int) -> Eval? { bodies[index]?.eval }

    /// Drops the compiled bodies. A body that reads another computed field holds this table,
    /// and every body holds the portfolio's arrays: the owner of a run calls this when the run
    /// is over, or the cycle keeps the portfolio alive (one per part of a streamed lint).
    package func release() { bodies = [] }
    package func frameSize(_ index: Int) -> Int { sizes[index] }
}

/// Memoised computed-field values of one evaluating thread.
package final class Memo {
    // One thread's own: no run-time exclusivity checks on every read.
    @exclusivity(unchecked) private var values: [[Value?]]
    /// Frame slots of each definition, kept between evaluations (a computed field is evaluated
    /// once per entity: an allocation each time is most of the cost of a small one).
    @exclusivity(unchecked) private var spareSlots: [[Value]] = []
    /// The definitions this memo has set values of since it was made (those a merge into
    /// another memo has to look at).
    @exclusivity(unchecked) private var written: [Bool] = []

    /// The first fault of the subject being evaluated (see ``EvaluationFault``); the engine
    /// takes it after each subject.
    package var fault: EvaluationFault?
    /// The subjects whose evaluation failed on this thread, in the order met.
    package var errors: [EvaluationError] = []

    package init(definitions: Int) { values = Array(repeating: [], count: definitions) }

    /// Records `fault` unless one is recorded already.
    package func raise(_ fault: EvaluationFault) {
        if self.fault == nil { self.fault = fault }
    }

    /// The recorded fault, cleared.
    package func takeFault() -> EvaluationFault? {
        defer { fault = nil }
        return fault
    }

    package init(copying other: Memo) { values = other.values }

    /// Slots for evaluating `definition` (fresh when they are in use: a definition evaluated
    /// while evaluating itself for another entity).
    package func takeSlots(_ definition: Int, size: Int) -> [Value] {
        if definition < spareSlots.count && !spareSlots[definition].isEmpty {
            let slots = spareSlots[definition]
            spareSlots[definition] = []
            return slots
        }
        return Array(repeating: .missing, count: max(size, 1))
    }

    /// Returns slots taken by ``takeSlots(_:size:)``.
    package func returnSlots(_ definition: Int, _ slots: [Value]) {
        if definition >= spareSlots.count { spareSlots += Array(repeating: [], count: definition + 1 - spareSlots.count) }
        spareSlots[definition] = slots
    }

    /// Takes the values `other` has for definitions this memo has not computed yet.
    package func absorb(_ other: Memo) {
        for definition in other.written.indices where other.written[definition] && !other.values[definition].isEmpty {
            markWritten(definition)
            if definition >= values.count { values += Array(repeating: [], count: definition + 1 - values.count) }
            if values[definition].isEmpty {
                values[definition] = other.values[definition]
                continue
            }
            for (entity, value) in other.values[definition].enumerated() where value != nil && values[definition][entity] == nil {
                values[definition][entity] = value
            }
        }
    }

    private func markWritten(_ definition: Int) {
        if definition >= written.count { written += Array(repeating: false, count: definition + 1 - written.count) }
        written[definition] = true
    }

    package func get(_ definition: Int, _ entity: Int) -> Value? {
        guard definition < values.count else { return nil }
        let row = values[definition]
        return entity < row.count ? row[entity] : nil
    }

    package func set(_ definition: Int, _ entity: Int, _ value: Value, size: Int) {
        // A memo kept across REPL queries may meet definitions a query added.
        if definition >= values.count { values += Array(repeating: [], count: definition + 1 - values.count) }
        if values[definition].isEmpty {
            values[definition] = Array(repeating: nil, count: size)
            markWritten(definition)
        } else if definition >= written.count || !written[definition] {
            markWritten(definition)
        }
        values[definition][entity] = value
    }
}

/// The slots of one rule, computed field or function call, plus the thread's memo.
package struct Frame {
    package var slots: [Value]
    package let memo: Memo
    /// Bit i set: the `let` in slot i has been evaluated for the current subject. `let`s are
    /// evaluated when first read, so a `when` that fails early skips the rest.
    package var ready: UInt64 = 0

    package init(size: Int, memo: Memo) {
        slots = Array(repeating: .missing, count: max(size, 1))
        self.memo = memo
    }

    package init(slots: [Value], memo: Memo) {
        self.slots = slots
        self.memo = memo
    }
}

/// A compiled expression.
package typealias Eval = @Sendable (inout Frame) -> Value

/// A compiled expression kept in an array or a dictionary. A bare closure in a generic
/// container is stored in its most general form, and every read wraps it in a conversion thunk
/// (an allocation and an extra call on every evaluation); inside a struct it stays as compiled.
package struct StoredEval: Sendable {
    package let eval: Eval
    package init(_ eval: @escaping Eval) { self.eval = eval }
}

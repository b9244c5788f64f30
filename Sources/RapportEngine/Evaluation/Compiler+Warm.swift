import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension Compiler {
    /// Before a value over a whole collection is folded (`accounts where is_key`,
    /// `percentile(accounts.lifetime, …)`), computes the computed fields it reads of every
    /// entity on both cores, so the folding itself, which runs on one thread, finds them in the
    /// memo. Without this, the first such value of a run computes `is_key` of every account on
    /// one core.
    package func warmComputedFields(for expr: TExpr) {
        guard parallel, let (entity, refs) = Compiler.computedFieldsOverCollection(expr), !refs.isEmpty else { return }
        let count = runtime.portfolio.count(of: entity)
        guard count >= 2 * LintEngine.parallelThreshold else { return }
        refs.forEach(ensureDefinition)
        // A definition still being compiled (the value is part of its own body) is left cold.
        let ready = refs.filter { runtime.definitions.body($0) != nil }
        guard !ready.isEmpty else { return }
        let readers = ready.map { ref in StoredReader(read: computedAccessor(ref)) }
        let memos = ThreadMemos([Memo(copying: memo), Memo(copying: memo)])
        let halves = LintEngine.split(count, size: (count + 1) / 2)
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            let memo = memos.memos[half]
            let range = halves[half]
            // One field at a time over all entities: the loop holds one closure, not an array.
            for reader in readers {
                let read = reader.read
                var index = range.lowerBound
                while index < range.upperBound {
                    _ = read(Int32(index), memo)
                    index += 1
                }
            }
        }
        for worker in memos.memos { memo.absorb(worker) }
    }

    /// The entity type of a whole collection `expr` walks and the computed fields it reads of
    /// each element directly: `accounts.f`, `accounts where f …`, `any x in accounts: x.f …`.
    package static func computedFieldsOverCollection(_ expr: TExpr) -> (EntityType, [Int])? {
        switch expr.kind {
        case .computed(let base, let ref, mapped: true, _):
            guard case .collection(let entity) = base.kind else { return nil }
            return (entity, [ref.index])
        case .filter(let list, let slot, let body), .quantified(_, let slot, let list, let body):
            guard case .collection(let entity) = list.kind else { return nil }
            var refs: [Int] = []
            var stack = [body]
            while let node = stack.popLast() {
                if case .computed(let base, let ref, mapped: false, _) = node.kind, case .local(slot) = base.kind,
                   !refs.contains(ref.index) {
                    refs.append(ref.index)
                }
                stack.append(contentsOf: node.kind.children)
            }
            return (entity, refs)
        default:
            return nil
        }
    }
}

/// A computed-field reader kept in an array (see ``StoredEval``).
private struct StoredReader: Sendable {
    package let read: Compiler.Reader
}

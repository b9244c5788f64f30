import RapportBase
import RapportSyntax
import RapportModel

/// A literal value known at check time.
public enum Literal: Sendable {
    case number(Double)
    case text(String)
    case boolean(Bool)
    case date(CalendarDate)
    case duration(Duration)
    case period(FiscalQuarter)
}

/// A checked expression: names resolved, types known. The evaluator compiles these.
public final class TExpr: Sendable {
    /// What it computes.
    public let kind: TKind
    /// Its type.
    public let type: ValueType
    /// Where it was written.
    public let span: Span
    /// Frame slots it reads that are bound outside it (bit i for slot i; bit 63 for "any ≥ 63").
    public let freeSlots: UInt64

    /// True when the value does not depend on the subject or any local: the evaluator
    /// computes it once per run.
    public var isInvariant: Bool { freeSlots == 0 }

    package init(_ kind: TKind, _ type: ValueType, _ span: Span, freeSlots: UInt64) {
        self.kind = kind
        self.type = type
        self.span = span
        self.freeSlots = freeSlots
    }

    package static func bit(_ slot: Int) -> UInt64 { slot >= 63 ? 1 << 63 : 1 << UInt64(slot) }
}

/// A computed field or a function instance, referred to by index in the checked rule set.
public struct DefinitionRef: Hashable, Sendable {
    public let index: Int
}

/// The forms of checked expression.
public indirect enum TKind: Sendable {
    case literal(Literal)
    case list([TExpr])
    /// A frame slot: the subject, a `let`, a quantifier binder, a `where` element, a parameter.
    case local(Int)
    /// A rule-set parameter (its value is fixed for the run).
    case param(String)
    /// A top-level collection (`accounts`, …) or `team`.
    case collection(EntityType)
    case today, thisQuarter, lastQuarter
    /// A built-in field of one entity, or mapped over a list of entities (`flatten` when the
    /// field is itself a list).
    case field(TExpr, EntityType, String, mapped: Bool, flatten: Bool)
    /// A computed field (`define account.x`), single or mapped.
    case computed(TExpr, DefinitionRef, mapped: Bool, flatten: Bool)
    /// A custom field (`field account.nps: number`), single or mapped.
    case custom(TExpr, String, ValueType, mapped: Bool)
    case builtin(Builtin, [TExpr])
    /// A call of a user function, checked for these argument types.
    case function(DefinitionRef, [TExpr])
    case negate(TExpr)
    case not(TExpr)
    case arithmetic(BinaryOperator, TExpr, TExpr)
    case compare(BinaryOperator, TExpr, TExpr)
    case membership(negated: Bool, TExpr, TExpr)
    case coalesce(TExpr, TExpr)
    case logical(LogicalOperator, [TExpr])
    case isMissing(TExpr, present: Bool)
    case within(TExpr, future: Bool, TExpr)
    /// `xs where cond`, the element bound to `slot`.
    case filter(TExpr, slot: Int, TExpr)
    case sort(TExpr, slot: Int, key: TExpr, descending: Bool)
    case quantified(Quantifier, slot: Int, TExpr, TExpr)
    case conditional(TExpr, TExpr, TExpr)
    case template(TTemplate)
}

/// A checked template.
public struct TTemplate: Sendable {
    public enum Part: Sendable {
        case text(String)
        case hole(TExpr, format: String?)
    }

    public let parts: [Part]
    public let span: Span
}

extension TExpr {
    /// A text that is equal for two expressions exactly when they compute the same thing the
    /// same way (slots stand for names, so `a.tier` and `acc.tier` over the subject agree).
    public var canonical: String {
        let inner = kind.children.map(\.canonical).joined(separator: ",")
        switch kind {
        case .literal(let literal): return "lit:\(literal)"
        case .local(let slot): return "$\(slot)"
        case .param(let name): return "param:\(name)"
        case .collection(let entity): return "all:\(entity.rawValue)"
        case .field(_, _, let name, let mapped, _): return "field:\(name):\(mapped)(\(inner))"
        case .computed(_, let ref, let mapped, _): return "computed:\(ref.index):\(mapped)(\(inner))"
        case .custom(_, let name, _, let mapped): return "custom:\(name):\(mapped)(\(inner))"
        case .builtin(let id, _): return "\(id.rawValue)(\(inner))"
        case .function(let ref, _): return "fn:\(ref.index)(\(inner))"
        case .arithmetic(let op, _, _), .compare(let op, _, _): return "\(op.rawValue)(\(inner))"
        case .membership(let negated, _, _): return "in:\(negated)(\(inner))"
        case .logical(let op, _): return "\(op.rawValue)(\(inner))"
        case .isMissing(_, let present): return "present:\(present)(\(inner))"
        case .within(_, let future, _): return "within:\(future)(\(inner))"
        case .filter(_, let slot, _): return "where:\(slot)(\(inner))"
        case .sort(_, let slot, _, let descending): return "by:\(slot):\(descending)(\(inner))"
        case .quantified(let q, let slot, _, _): return "\(q.rawValue):\(slot)(\(inner))"
        default: return "\(kind)".prefix(while: { $0 != "(" }) + "(\(inner))"
        }
    }
}

extension TKind {
    /// A list written out (`[1, 2]`), never empty by surprise.
    package var isLiteralList: Bool {
        if case .list = self { return true }
        return false
    }
}

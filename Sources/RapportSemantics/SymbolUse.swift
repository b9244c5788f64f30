import RapportBase
import RapportModel

/// What a name in a rule file stands for, as the checker resolved it: the language server's
/// hover, go to definition, references and rename read these.
public enum RuleSymbol: Hashable, Sendable {
    /// A `let`, the rule's subject (`for each account a`), a quantifier's binder or a function's
    /// parameter, named by the span of the name that declares it.
    case local(Span)
    /// `param NAME`.
    case param(String)
    /// A field of the portfolio model, or one declared with `field ENTITY.NAME`.
    case field(EntityType, String)
    /// `define ENTITY.NAME = …`.
    case computed(EntityType, String)
    /// `define NAME(…) = …`.
    case function(String)
    /// A builtin function.
    case builtin(Builtin)
    /// `accounts`, `reps`, `team`, …
    case collection(String)
    /// A rule, named by `test RULE`.
    case rule(String)
}

/// One use of a name: where, what it resolves to, and the type it has there.
public struct SymbolUse: Sendable {
    /// The name as written (for `base.field`, the field's name only).
    public let span: Span
    /// What it stands for.
    public let symbol: RuleSymbol
    /// Its type at that place.
    public let type: ValueType

    /// Creates a use.
    public init(span: Span, symbol: RuleSymbol, type: ValueType) {
        self.span = span
        self.symbol = symbol
        self.type = type
    }
}

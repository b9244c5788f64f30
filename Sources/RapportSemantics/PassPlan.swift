import RapportBase
import RapportSyntax
import RapportModel

/// Which rules can run on a portfolio read account by account, and what a first pass over the
/// whole portfolio must keep for the rest.
///
/// A rule runs *per part* when its subject lives inside one account (the account, a contact, an
/// activity or an opportunity) and everything it evaluates for a subject stays inside that
/// account, its owner's own fields (every part holds all reps) and values that do not depend on
/// the subject at all (`percentile(accounts.lifetime, 90%)`), which the first pass computes
/// over the whole portfolio. Every other rule (reps, leads, the team, or an account rule that
/// looks at `owner.accounts`) runs *whole*, after the first pass, on what that pass kept.
public struct PassPlan: Sendable {
    /// Ids of the rules that run per part.
    public let perPart: Set<String>
    /// What the whole rules read: assembled while the parts are read in full.
    public let whole: Needs
    /// What the subject-independent values of the per-part rules read; nil when none reads the
    /// portfolio's entities (then there is no values pass).
    public let values: Needs?

    /// What one set of expressions reads of the account-side entities.
    public struct Needs: Sendable {
        /// Text fields kept (`account.name`); every other text of accounts, contacts,
        /// activities, opportunities and plans is dropped.
        public let text: Set<FieldKey>
        /// Entity types read at all (so lists of other types can be passed over).
        public let entities: Set<EntityType>
        /// Whether custom fields (`account.fields`) are read.
        public let customFields: Bool
    }

    /// An entity's field.
    public struct FieldKey: Hashable, Sendable {
        public let entity: EntityType
        public let field: String

        public init(_ entity: EntityType, _ field: String) {
            self.entity = entity
            self.field = field
        }
    }

    /// Subjects that belong to exactly one account.
    package static let partSubjects: Set<EntityType> = [.account, .contact, .activity, .opportunity]

    /// Fields that leave an account: a rep's or the team's lists span the whole portfolio.
    package static func leavesAccount(_ entity: EntityType, _ field: String) -> Bool {
        switch entity {
        case .rep: ["accounts", "leads", "activities", "opportunities"].contains(field)
        case .team: ["accounts", "leads"].contains(field)
        default: false
        }
    }

    /// Decides the plan for `rules` (the rules a run evaluates) of `checked`.
    public init(_ rules: [CheckedRule], in checked: CheckedRuleSet) {
        var analysis = Analysis(checked: checked)
        var perPart: Set<String> = []
        var wholeRoots: [TExpr] = []
        var invariantRoots: [TExpr] = []
        for rule in rules {
            let roots = PassPlan.roots(of: rule)
            if PassPlan.partSubjects.contains(rule.subjectType), !roots.contains(where: { analysis.escapes($0) }) {
                perPart.insert(rule.id)
                roots.forEach { analysis.collectInvariants($0, into: &invariantRoots) }
            } else {
                // The subject is shown in the finding: its id and name are kept.
                wholeRoots.append(TExpr(.local(0), .entity(rule.subjectType), rule.location, freeSlots: 1))
                wholeRoots += roots
            }
        }
        self.perPart = perPart
        whole = analysis.needs(of: wholeRoots)
        // Reps and the team are whole in every part; anything else read (also inside computed
        // fields, as in `team.average_potential`) needs the values pass.
        let needs = analysis.needs(of: invariantRoots)
        values = needs.entities.isSubset(of: [.rep, .team]) ? nil : needs
    }

    /// Every expression a rule evaluates.
    package static func roots(of rule: CheckedRule) -> [TExpr] {
        var roots = rule.lets.map(\.value)
        roots += [rule.condition, rule.coached, rule.priority].compactMap { $0 }
        let templates = [rule.title, rule.rationale, rule.advice].compactMap { $0 }
        roots += templates.map { TExpr(.template($0), .text, $0.span, freeSlots: 1) }
        return roots
    }

    private struct Analysis {
        package let checked: CheckedRuleSet
        package var escapingDefinitions: [Int: Bool] = [:]
        package var invariantsCollected: Set<Int> = []
        package var needsCollected: Set<Int> = []
        package var kept: Set<FieldKey> = []
        package var entities: Set<EntityType> = []
        package var customFields = false

        package init(checked: CheckedRuleSet) { self.checked = checked }

        /// True when evaluating `expr` for one subject may read outside the subject's account.
        package mutating func escapes(_ expr: TExpr) -> Bool {
            if expr.isInvariant { return Analysis.holdsPartEntities(expr.type) }
            switch expr.kind {
            case .collection: return true
            case .field(let base, let entity, let name, _, _):
                return PassPlan.leavesAccount(entity, name) || escapes(base)
            case .computed(let base, let ref, _, _):
                return escapes(base) || definitionEscapes(ref.index)
            case .function(let ref, let args):
                return args.contains { escapes($0) } || definitionEscapes(ref.index)
            default:
                return expr.kind.children.contains { escapes($0) }
            }
        }

        package mutating func definitionEscapes(_ index: Int) -> Bool {
            if let known = escapingDefinitions[index] { return known }
            // Definitions are not recursive; the provisional answer only guards against surprises.
            escapingDefinitions[index] = true
            let result = escapes(checked.definitions[index].body)
            escapingDefinitions[index] = result
            return result
        }

        /// A constant holding accounts, contacts, … refers to the whole portfolio's entities,
        /// which mean nothing in a part (reps and the team are the same everywhere).
        package static func holdsPartEntities(_ type: ValueType) -> Bool {
            switch type {
            case .entity(let entity): ![.rep, .team].contains(entity)
            case .list(let element): holdsPartEntities(element)
            default: false
            }
        }

        /// The largest subject-independent parts of `expr` (and of the definitions it uses).
        package mutating func collectInvariants(_ expr: TExpr, into roots: inout [TExpr]) {
            if expr.isInvariant {
                roots.append(expr)
                return
            }
            switch expr.kind {
            case .computed(_, let ref, _, _), .function(let ref, _):
                if invariantsCollected.insert(ref.index).inserted {
                    collectInvariants(checked.definitions[ref.index].body, into: &roots)
                }
            default: break
            }
            for child in expr.kind.children { collectInvariants(child, into: &roots) }
        }

        package mutating func keep(id entity: EntityType) {
            kept.insert(FieldKey(entity, "id"))
            kept.insert(FieldKey(entity, "name"))
            entities.insert(entity)
        }

        /// What `roots` read (subjects of whole rules are added before).
        package mutating func needs(of roots: [TExpr]) -> Needs {
            defer {
                kept = []
                entities = []
                customFields = false
                needsCollected = []
            }
            roots.forEach { collectNeeds($0) }
            return Needs(text: kept, entities: entities, customFields: customFields)
        }

        /// Records the text fields `expr` reads, and ids and names of every entity it may show.
        package mutating func collectNeeds(_ expr: TExpr) {
            // Each node with whether its value may be shown: a list only counted or tested for
            // emptiness (`count(o.contacts)`) shows none of its entities.
            var stack = [(expr, true)]
            while let (node, shown) = stack.popLast() {
                if shown {
                    Analysis.entities(in: node.type).forEach { keep(id: $0) }
                } else {
                    Analysis.entities(in: node.type).forEach { entities.insert($0) }
                }
                if case .builtin(let id, let args) = node.kind, [Builtin.count, .exists, .empty].contains(id) {
                    stack += args.map { ($0, false) }
                    continue
                }
                switch node.kind {
                case .field(_, let entity, let name, _, _):
                    kept.insert(FieldKey(entity, name))
                    entities.insert(entity)
                case .collection(let entity): entities.insert(entity)
                case .custom: customFields = true
                case .computed(_, let ref, _, _), .function(let ref, _):
                    if needsCollected.insert(ref.index).inserted { stack.append((checked.definitions[ref.index].body, true)) }
                default: break
                }
                switch node.kind {
                case .filter(let list, _, let condition), .sort(let list, _, let condition, _):
                    // A filtered or sorted list shows its elements only if the result is shown.
                    stack += [(list, shown), (condition, true)]
                case .field(let base, _, _, _, _):
                    // Reading a field of an entity does not show the entity (`it.level` in a filter).
                    stack.append((base, false))
                default:
                    stack += node.kind.children.map { ($0, true) }
                }
            }
        }

        package static func entities(in type: ValueType) -> [EntityType] {
            switch type {
            case .entity(let entity): [entity]
            case .list(let element): entities(in: element)
            default: []
            }
        }
    }
}


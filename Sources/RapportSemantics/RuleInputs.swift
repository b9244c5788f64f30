import RapportBase
import RapportSyntax
import RapportModel

/// The kinds of data (``DataSet``) a rule reads: its subjects, every field it reads, in its own
/// clauses and in the computed fields and functions it uses. A rule whose kinds a portfolio
/// lacks entirely is not applicable to it (``Applicability``).
public enum RuleInputs {
    /// What `rule` of `checked` reads.
    public static func dataSets(of rule: CheckedRule, in checked: CheckedRuleSet) -> Set<DataSet> {
        var found = subjectDataSet(rule.subjectType).map { Set([$0]) } ?? []
        var visited: Set<Int> = []
        var stack = PassPlan.roots(of: rule)
        while let node = stack.popLast() {
            switch node.kind {
            case .field(_, let entity, let name, _, _):
                found.formUnion(dataSets(reading: entity, name))
            case .collection(let entity):
                if let set = subjectDataSet(entity) { found.insert(set) }
            case .computed(_, let ref, _, _), .function(let ref, _):
                if visited.insert(ref.index).inserted { stack.append(checked.definitions[ref.index].body) }
            default: break
            }
            stack.append(contentsOf: node.kind.children)
        }
        return found
    }

    /// The kind of data that entities of `entity` are, when a portfolio may lack them all.
    package static func subjectDataSet(_ entity: EntityType) -> DataSet? {
        switch entity {
        case .revenue: .revenue
        case .growthPlan: .growthPlans
        case .action: .planActions
        case .contact: .contacts
        case .activity: .activities
        case .opportunity: .opportunities
        case .proposal: .proposals
        case .lead: .leads
        case .account, .rep, .team: nil
        }
    }

    /// What reading field `name` of an `entity` reads: the entity's own kind, and the kind a
    /// list or reference field leads to.
    package static func dataSets(reading entity: EntityType, _ name: String) -> Set<DataSet> {
        var sets: Set<DataSet> = subjectDataSet(entity).map { [$0] } ?? []
        switch (entity, name) {
        case (.contact, "level"): sets.insert(.contactLevels)
        case (.contact, "role"): sets.insert(.contactRoles)
        case (.lead, "touches"): sets.insert(.leadTouches)
        default: break
        }
        if let target = Schema.field(name, of: entity)?.type {
            let reached: EntityType? = switch target {
            case .entity(let other): other
            case .list(.entity(let other)): other
            default: nil
            }
            // A back-link to the account or rep reads nothing a portfolio can lack.
            if let reached, let set = subjectDataSet(reached) { sets.insert(set) }
        }
        return sets
    }
}

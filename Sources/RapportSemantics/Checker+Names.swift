import RapportBase
import RapportSyntax
import RapportModel

extension Checker {
    /// A field as seen from a member access: built in, declared (`field`) or computed (`define`).
    package enum FieldTarget {
        case builtin(FieldInfo)
        case custom(ValueType)
        case computed(Int, ValueType)
        case broken
    }

    package func local(_ slot: Int, _ type: ValueType, _ span: Span) -> TExpr {
        TExpr(.local(slot), type, span, freeSlots: TExpr.bit(slot))
    }

    package func errorExpr(_ span: Span) -> TExpr { TExpr(.literal(.boolean(false)), .error, span, freeSlots: 0) }

    /// Resolves a bare name: locals and element fields (innermost first), params, `today` and
    /// friends, then the top-level collections.
    package mutating func resolveName(_ name: String, at span: Span) -> TExpr {
        for scope in frame.scopes.reversed() {
            if let binding = scope.names[name] {
                frame.uses[binding.slot, default: 0] += 1
                if let declared = frame.declared[binding.slot] { record(span, .local(declared), binding.type) }
                return local(binding.slot, binding.type, span)
            }
            if let element = scope.element {
                if name == "it" { return local(element.slot, element.type, span) }
                // Over a list that failed to check, any name may be one of its fields: stay quiet.
                if element.type == .error && paramTypes[name] == nil { return errorExpr(span) }
                if case .entity(let entity) = element.type, let target = fieldTarget(entity, name, at: span) {
                    let field = access(local(element.slot, element.type, span), entity, name, target, mapped: false, span: span)
                    record(span, Self.symbol(entity, name, target), field.type)
                    return field
                }
            }
        }
        if let type = paramTypes[name] {
            used.insert(name)
            record(span, .param(name), type)
            return TExpr(.param(name), type, span, freeSlots: 0)
        }
        if params[name] != nil || brokenNames.contains(name) { return errorExpr(span) }
        switch name {
        case "today": return TExpr(.today, .date, span, freeSlots: 0)
        case "this_quarter": return TExpr(.thisQuarter, .period, span, freeSlots: 0)
        case "last_quarter": return TExpr(.lastQuarter, .period, span, freeSlots: 0)
        default: break
        }
        if let type = Schema.collections[name] {
            let entity: EntityType = switch type {
            case .entity(let e): e
            case .list(.entity(let e)): e
            default: .account
            }
            record(span, .collection(name), type)
            return TExpr(.collection(entity), type, span, freeSlots: 0)
        }
        if name == "it" {
            error("name.it_outside", "`it` only has a meaning inside `where` or `define`", at: span,
                  help: ["inside a rule, use the name from `for each`"])
            return errorExpr(span)
        }
        if functionDecls[name] != nil || Builtins.function(named: name) != nil {
            error("name.function_as_value", "`\(name)` is a function: call it with arguments, as in `\(name)(…)`", at: span)
            return errorExpr(span)
        }
        error("name.unknown", "there is nothing called `\(name)` here", at: span, label: "unknown name",
              notes: visibleNamesNote(), suggestion: NameSuggester.suggest(name, from: visibleNames()))
        return errorExpr(span)
    }

    package func visibleNames() -> [String] {
        var names: [String] = []
        for scope in frame.scopes {
            names += scope.names.keys
            if let element = scope.element {
                names.append("it")
                if case .entity(let entity) = element.type { names += fieldNames(of: entity) }
            }
        }
        return names + paramTypes.keys + Schema.collections.keys + ["today", "this_quarter", "last_quarter"]
    }

    package func visibleNamesNote() -> [String] {
        let locals = frame.scopes.flatMap { $0.names.keys }.sorted()
        return locals.isEmpty ? [] : ["names in scope: \(locals.joined(separator: ", "))"]
    }

    package func fieldNames(of entity: EntityType) -> [String] {
        Schema.fields(of: entity).map(\.name) + (result.customFields[entity]?.keys.map { $0 } ?? [])
            + (computedDecls[entity]?.keys.map { $0 } ?? [])
    }

    /// The field `name` of `entity`, checking a computed field's definition if needed.
    package mutating func fieldTarget(_ entity: EntityType, _ name: String, at span: Span) -> FieldTarget? {
        if let info = Schema.field(name, of: entity) { return .builtin(info) }
        if let type = result.customFields[entity]?[name] { return .custom(type) }
        if computedDecls[entity]?[name] != nil {
            used.insert("\(entity.rawValue).\(name)")
            guard let (index, type) = computedField(entity, name, at: span) else { return .broken }
            return .computed(index, type)
        }
        if brokenNames.contains("\(entity.rawValue).\(name)") { return .broken }
        return nil
    }

    /// `base.name` where base has type `.entity(entity)` (or a list of them when `mapped`).
    package func access(_ base: TExpr, _ entity: EntityType, _ name: String, _ target: FieldTarget, mapped: Bool, span: Span) -> TExpr {
        let free = base.freeSlots
        func lifted(_ type: ValueType) -> (ValueType, Bool) {
            guard mapped else { return (type, false) }
            if case .list = type { return (type, true) }
            return (.list(type), false)
        }
        switch target {
        case .builtin(let info):
            let (type, flatten) = lifted(info.type)
            return TExpr(.field(base, entity, name, mapped: mapped, flatten: flatten), type, span, freeSlots: free)
        case .custom(let type):
            return TExpr(.custom(base, name, type, mapped: mapped), mapped ? .list(type) : type, span, freeSlots: free)
        case .computed(let index, let fieldType):
            let (type, flatten) = lifted(fieldType)
            return TExpr(.computed(base, DefinitionRef(index: index), mapped: mapped, flatten: flatten), type, span, freeSlots: free)
        case .broken:
            return TExpr(.literal(.boolean(false)), .error, span, freeSlots: free)
        }
    }

    /// `base.name`.
    package mutating func checkMember(_ baseExpr: Expr, _ name: Name, span: Span) -> TExpr {
        let base = checkExpression(baseExpr)
        let entity: EntityType
        let mapped: Bool
        switch base.type {
        case .entity(let e): (entity, mapped) = (e, false)
        case .list(.entity(let e)): (entity, mapped) = (e, true)
        case .error, .list(.error), .emptyList: return errorExpr(span)
        default:
            error("type.no_fields", "\(base.type) has no fields", at: name.span, label: "`.\(name.text)` needs an entity",
                  notes: ["the expression before `.` is \(base.type)"])
            return errorExpr(span)
        }
        guard let target = fieldTarget(entity, name.text, at: name.span) else {
            error("type.unknown_field", "\(entity.rawValue) has no field `\(name.text)`", at: name.span, label: "unknown field",
                  notes: ["\(entity.rawValue) has \(fieldNames(of: entity).joined(separator: ", "))"],
                  suggestion: NameSuggester.suggest(name.text, from: fieldNames(of: entity)))
            return errorExpr(span)
        }
        let field = access(base, entity, name.text, target, mapped: mapped, span: span)
        record(name.span, Self.symbol(entity, name.text, target), field.type)
        return field
    }

    /// Checks (once) the computed field `entity.name` and returns its definition index and type.
    package mutating func computedField(_ entity: EntityType, _ name: String, at span: Span) -> (Int, ValueType)? {
        let key = "\(entity.rawValue).\(name)"
        switch definitionStates[key] {
        case .done(let index, let type): return (index, type)
        case .failed: return nil
        case .inProgress:
            reportRecursion(key, at: span)
            return nil
        case nil: break
        }
        guard let decl = computedDecls[entity]?[name] else { return nil }
        definitionStates[key] = .inProgress
        definitionStack.append(key)
        let saved = frame
        frame = Frame()
        let slot = frame.allocate()
        frame.scopes[0].element = (slot, .entity(entity))
        let body = checkExpression(decl.body)
        let size = frame.slotCount
        frame = saved
        definitionStack.removeLast()
        if case .failed = definitionStates[key] { return nil }
        result.definitions.append(Definition(name: key, entity: entity, parameterTypes: [], body: body, frameSize: size,
                                             span: decl.name.span))
        let index = result.definitions.count - 1
        result.computedFields[entity, default: [:]][name] = index
        definitionStates[key] = .done(index, body.type)
        return (index, body.type)
    }

    /// Checks (once per argument types) the function `name` and returns the instance index and result type.
    package mutating func functionInstance(_ name: String, argumentTypes: [ValueType], at span: Span) -> (Int, ValueType)? {
        let key = "\(name)(\(argumentTypes.map(\.description).joined(separator: ", ")))"
        let recursionKey = name + "("
        if definitionStack.contains(where: { $0.hasPrefix(recursionKey) }) {
            reportRecursion(definitionStack.last { $0.hasPrefix(recursionKey) }!, at: span)
            return nil
        }
        switch definitionStates[key] {
        case .done(let index, let type): return (index, type)
        case .failed, .inProgress: return nil
        case nil: break
        }
        guard let decl = functionDecls[name], let parameters = decl.parameters else { return nil }
        definitionStates[key] = .inProgress
        definitionStack.append(key)
        let saved = frame
        frame = Frame()
        for (parameter, type) in zip(parameters, argumentTypes) {
            let slot = frame.allocate()
            frame.scopes[0].names[parameter.text] = (slot, type)
            frame.declared[slot] = parameter.span
            record(parameter.span, .local(parameter.span), type)
        }
        let body = checkExpression(decl.body)
        let size = frame.slotCount
        frame = saved
        definitionStack.removeLast()
        if case .failed = definitionStates[key] { return nil }
        result.definitions.append(Definition(name: name, entity: nil, parameterTypes: argumentTypes, body: body,
                                             frameSize: size, span: decl.name.span))
        definitionStates[key] = .done(result.definitions.count - 1, body.type)
        return (result.definitions.count - 1, body.type)
    }

    package mutating func reportRecursion(_ key: String, at span: Span) {
        let start = definitionStack.firstIndex(of: key) ?? 0
        let cycle = definitionStack[start...].map { $0.components(separatedBy: "(").first! } + [key.components(separatedBy: "(").first!]
        error("type.recursion", "`\(cycle[0])` depends on itself", at: span, label: "used in its own definition",
              notes: ["\(cycle.joined(separator: " → "))"], help: ["a define may not use itself, directly or through others"])
        for item in definitionStack[start...] { definitionStates[item] = .failed }
    }
}

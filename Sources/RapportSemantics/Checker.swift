import Foundation
import RapportBase
import RapportSyntax
import RapportModel

/// Type-checks a parsed rule set against the portfolio model: resolves every name, infers and
/// checks every type, and produces the typed form the evaluator compiles.
///
/// A binding that failed to check gets the error type, which matches anything, so one mistake
/// gives one message.
public struct Checker {
    package var diagnostics: [Diagnostic] = []
    package var result = CheckedRuleSet()

    package var params: [String: ParamDecl] = [:]
    package var paramTypes: [String: ValueType] = [:]
    package var computedDecls: [EntityType: [String: DefineDecl]] = [:]
    package var functionDecls: [String: DefineDecl] = [:]
    package var brokenNames: Set<String> = []

    /// Check state of computed fields (`account.x`) and function instances (`f(number,number)`).
    package enum DefinitionState { case inProgress, done(Int, ValueType), failed }
    package var definitionStates: [String: DefinitionState] = [:]
    /// Definitions being checked, innermost last, for recursion messages.
    package var definitionStack: [String] = []

    /// The frame being checked (a rule, a computed field or a function instance).
    package var frame = Frame()
    /// Params and defines (`share`, `account.lifetime`) that some expression uses.
    package var used: Set<String> = []
    package var reportUnused = true
    /// Names resolved so far (``CheckedRuleSet/symbols``).
    package var symbols: [SymbolUse] = []

    /// Records that the name at `span` stands for `symbol`, of type `type`.
    package mutating func record(_ span: Span, _ symbol: RuleSymbol, _ type: ValueType) {
        symbols.append(SymbolUse(span: span, symbol: symbol, type: type))
    }

    /// The symbol a field access resolves to.
    package static func symbol(_ entity: EntityType, _ name: String, _ target: FieldTarget) -> RuleSymbol {
        if case .computed = target { return .computed(entity, name) }
        return .field(entity, name)
    }

    package struct Scope {
        package var names: [String: (slot: Int, type: ValueType)] = [:]
        /// In `where` and `define entity.x`: the element, whose fields are in scope by name.
        package var element: (slot: Int, type: ValueType)?
    }

    package struct Frame {
        package var slotCount = 0
        package var scopes: [Scope] = [Scope()]
        /// Uses of each slot, for the unused-`let` warning.
        package var uses: [Int: Int] = [:]
        /// The name declaring each named slot (lets, the subject, binders, parameters).
        package var declared: [Int: Span] = [:]

        package mutating func allocate() -> Int {
            slotCount += 1
            return slotCount - 1
        }
    }

    /// Checks `ruleSet`. Diagnostics are errors and warnings; the checked rule set is complete
    /// only when there is no error.
    /// `reportUnused` is false when earlier stages found errors (a broken declaration may be
    /// the one that uses a param).
    public static func check(_ ruleSet: LoadedRuleSet, reportUnused: Bool = true) -> (CheckedRuleSet, [Diagnostic]) {
        var checker = Checker()
        checker.reportUnused = reportUnused
        checker.run(ruleSet)
        return (checker.result, checker.diagnostics)
    }

    package mutating func error(_ code: String, _ message: String, at span: Span, label: String = "",
                        notes: [String] = [], help: [String] = [], suggestion: String? = nil, fixes: [FixIt] = []) {
        diagnostics.append(Diagnostic.error(code, message, at: span, label: label, notes: notes, help: help, fixes: fixes)
            .suggesting(suggestion))
    }

    package mutating func run(_ ruleSet: LoadedRuleSet) {
        for file in ruleSet.files { brokenNames.formUnion(file.brokenNames) }
        collect(ruleSet)
        for param in params.values.sorted(by: { ($0.span.file.index, $0.span.start) < ($1.span.file.index, $1.span.start) }) {
            checkParam(param)
        }
        for (file, path) in zip(ruleSet.files, ruleSet.paths) {
            for case .rule(let rule) in file.declarations where !rule.hasErrors {
                checkRule(rule, path: path)
            }
            for case .test(let test) in file.declarations where !test.hasErrors {
                if let fixture = test.fixture {
                    let resolved = fixture.path.hasPrefix("/") ? fixture.path
                        : RuleSetLoader.join(RuleSetLoader.parent(of: path), fixture.path)
                    result.tests.append(RuleTest(rule: test.rule.text, fixture: resolved, expectations: test.expectations,
                                                 span: test.span, path: path))
                }
            }
        }
        // Definitions no rule used are still checked, so their mistakes are reported too.
        for (entity, decls) in computedDecls {
            for (name, _) in decls where definitionStates["\(entity.rawValue).\(name)"] == nil {
                _ = computedField(entity, name, at: decls[name]!.name.span)
            }
        }
        for (name, decl) in functionDecls where !definitionStates.keys.contains(where: { $0.hasPrefix(name + "(") }) {
            _ = functionInstance(name, argumentTypes: Array(repeating: .error, count: decl.parameters?.count ?? 0), at: decl.name.span)
        }
        // With errors, a broken rule may be the one that uses a param: stay quiet until fixed.
        if reportUnused && !diagnostics.hasErrors
            && !ruleSet.files.contains(where: { $0.declarations.contains(where: Checker.hasSyntaxErrors) }) {
            warnUnused(ruleSet)
        }
        warnDuplicateConditions()
        result.symbols = symbols
        for rule in result.rules {
            if let condition = rule.condition { warnNeverTrue(condition) }
            warnQuadratic(rule)
        }
    }

    /// `for each account a` … `accounts where owner == a.owner`: a scan of a whole collection that
    /// depends on the subject costs subjects × collection steps.
    package mutating func warnQuadratic(_ rule: CheckedRule) {
        var stack = rule.lets.map(\.value) + [rule.condition, rule.priority, rule.coached].compactMap { $0 }
        while let node = stack.popLast() {
            stack.append(contentsOf: node.kind.children)
            let scanned: TExpr
            switch node.kind {
            case .filter(let list, _, _), .sort(let list, _, _, _), .quantified(_, _, let list, _): scanned = list
            default: continue
            }
            guard case .collection(let collection) = scanned.kind, collection == rule.subjectType, !node.isInvariant else { continue }
            let plural = ValueType.entity(collection).plural
            result.wholeCollectionScans.append((node.span, collection))
            diagnostics.append(.warning(
                "check.quadratic", "this scans all \(plural) for each \(rule.subjectType.rawValue): its cost grows with the square of the portfolio",
                at: node.span, label: "depends on `\(rule.subjectName)`",
                notes: ["with 10,000 \(plural) that is 100 million steps; with 100,000, 10 billion"],
                help: ["compute what the rule needs once with a `define` over the whole collection, or navigate from the subject (`\(rule.subjectName).owner.accounts`)"]))
            return
        }
    }

    /// `tier == "key" and tier == "core"`: a conjunction asking one value to equal two
    /// different constants can never hold.
    /// `leads where max(touches) before today - 30 days`: an aggregate of a list that may be
    /// empty is missing there, the comparison is false, and `where` silently leaves the element
    /// out (the never-touched leads). Unless the condition deals with missing values already.
    package mutating func warnMissingDropped(_ condition: TExpr) {
        func contains(_ node: TExpr, _ test: (TKind) -> Bool) -> Bool { test(node.kind) || node.kind.children.contains { contains($0, test) } }
        let handled = contains(condition) { kind in
            switch kind {
            case .isMissing, .coalesce: true
            default: false
            }
        }
        guard !handled else { return }
        let ordering: Set<BinaryOperator> = [.less, .lessEqual, .greater, .greaterEqual, .before, .after]
        let emptyIsMissing: Set<Builtin> = [.min, .max, .first, .last, .avg, .median, .percentile]
        var stack = [condition]
        while let node = stack.popLast() {
            stack.append(contentsOf: node.kind.children)
            guard case .compare(let op, let l, let r) = node.kind, ordering.contains(op) else { continue }
            for operand in [l, r] {
                guard case .builtin(let id, let args) = operand.kind, emptyIsMissing.contains(id),
                      let list = args.first, !(list.kind.isLiteralList) else { continue }
                diagnostics.append(.warning(
                    "check.missing_dropped", "`\(id.rawValue)(…)` is missing when its list is empty: this comparison is then false, and `where` leaves that element out",
                    at: operand.span, label: "missing for an empty list",
                    help: ["to keep those elements, write `\(id.rawValue)(…) is missing or …`; to compare a default instead, use `??`"]))
                return
            }
        }
    }

    package mutating func warnNeverTrue(_ expr: TExpr) {
        var stack = [expr]
        while let node = stack.popLast() {
            stack.append(contentsOf: node.kind.children)
            guard case .logical(.and, let parts) = node.kind else { continue }
            var required: [String: (String, TExpr)] = [:]
            for part in parts {
                guard case .compare(.equal, let l, let r) = part.kind else { continue }
                let (subject, constant): (TExpr, String)
                if case .literal(let literal) = r.kind { (subject, constant) = (l, "\(literal)") }
                else if case .literal(let literal) = l.kind { (subject, constant) = (r, "\(literal)") }
                else { continue }
                let key = subject.canonical
                if let (other, first) = required[key], other != constant {
                    diagnostics.append(Diagnostic.warning(
                        "check.never_true", "this condition can never be true", at: part.span,
                        label: "contradicts the comparison before it", help: ["did you mean `or`?"])
                        .with(secondary: first.span, "already required here"))
                    break
                }
                required[key] = (constant, part)
            }
        }
    }

    package static func hasSyntaxErrors(_ declaration: Declaration) -> Bool {
        switch declaration {
        case .rule(let rule): rule.hasErrors
        case .test(let test): test.hasErrors
        default: false
        }
    }

    /// `param`s and `define`s no expression uses, in the files given (a file only imported may
    /// hold definitions for other rule files).
    package mutating func warnUnused(_ ruleSet: LoadedRuleSet) {
        let entries = Set(ruleSet.entryPaths)
        for (file, path) in zip(ruleSet.files, ruleSet.paths) where entries.contains(path) {
            for declaration in file.declarations {
                switch declaration {
                case .param(let d) where !used.contains(d.name.text):
                    diagnostics.append(.warning("check.unused_param", "the param `\(d.name.text)` is never used", at: d.name.span,
                                                label: "unused", help: ["remove it, or use it in a rule"]))
                case .define(let d) where !used.contains(d.qualifiedName):
                    diagnostics.append(.warning("check.unused_define", "`\(d.qualifiedName)` is never used",
                                                at: (d.entity?.span ?? d.name.span).to(d.name.span), label: "unused",
                                                help: ["remove it, or use it in a rule"]))
                default: break
                }
            }
        }
    }

    /// Two rules about the same kind of subject with the same condition give the same advice twice.
    package mutating func warnDuplicateConditions() {
        var seen: [String: CheckedRule] = [:]
        for rule in result.rules {
            guard let condition = rule.condition else { continue }
            let key = "\(rule.subjectType.rawValue)|\(condition.canonical)"
            if let first = seen[key] {
                diagnostics.append(Diagnostic.warning(
                    "check.duplicate_condition", "rule `\(rule.id)` has the same subject and condition as `\(first.id)`",
                    at: rule.location, label: "duplicate advice",
                    help: ["merge the two rules, or make their conditions differ"])
                    .with(secondary: first.location, "same condition here"))
            } else {
                seen[key] = rule
            }
        }
    }

    /// Gathers params, custom fields and defines so rules can use them in any order.
    package mutating func collect(_ ruleSet: LoadedRuleSet) {
        for file in ruleSet.files {
            for declaration in file.declarations {
                switch declaration {
                case .param(let d): if params[d.name.text] == nil { params[d.name.text] = d }
                case .field(let d): declareCustomField(d)
                case .define(let d):
                    if let entityName = d.entity {
                        guard let entity = EntityType(rawValue: entityName.text) else { continue }
                        if Schema.field(d.name.text, of: entity) != nil {
                            error("name.field_exists", "\(entity.withArticle) already has a field `\(d.name.text)`", at: d.name.span,
                                  label: "built into the portfolio model", help: ["choose another name for the computed field"])
                            continue
                        }
                        if computedDecls[entity]?[d.name.text] == nil { computedDecls[entity, default: [:]][d.name.text] = d }
                    } else if Builtins.function(named: d.name.text) == nil, functionDecls[d.name.text] == nil {
                        functionDecls[d.name.text] = d
                    }
                default: break
                }
            }
        }
    }

    package mutating func declareCustomField(_ d: FieldDecl) {
        guard let entity = EntityType(rawValue: d.entity.text) else { return }
        guard entity == .account else {
            error("type.custom_field_entity", "custom fields exist on accounts only", at: d.entity.span,
                  label: "not an account", notes: ["the portfolio format keeps a team's own fields in `account.fields`"])
            return
        }
        if Schema.field(d.name.text, of: entity) != nil {
            error("name.field_exists", "an account already has a field `\(d.name.text)`", at: d.name.span,
                  label: "built into the portfolio model")
            return
        }
        let type: ValueType = switch d.type.text {
        case "number": .number
        case "boolean": .boolean
        case "date": .date
        default: .text
        }
        result.customFields[entity, default: [:]][d.name.text] = type
    }

    package mutating func checkParam(_ decl: ParamDecl) {
        frame = Frame()
        let value = checkExpression(decl.value)
        guard case .error = value.type else {
            if !value.isInvariant || containsCollection(value) || value.freeSlots != 0 {
                error("type.param_not_constant", "a param's default must be a fixed value such as `90 days` or `20%`",
                      at: decl.value.span, label: "depends on the portfolio")
            } else {
                do throws(EvaluationFault) { _ = try ConstantEvaluator.evaluate(value) } catch {
                    self.error("type.out_of_range", "this value cannot be computed: \(error.reason)", at: error.span,
                               label: "out of range")
                }
            }
            paramTypes[decl.name.text] = value.type
            result.params.append(CheckedParam(name: decl.name.text, type: value.type, defaultValue: value, span: decl.name.span))
            return
        }
        paramTypes[decl.name.text] = .error
    }

    package func containsCollection(_ expr: TExpr) -> Bool {
        var stack = [expr]
        while let node = stack.popLast() {
            switch node.kind {
            case .collection, .param, .today, .thisQuarter, .lastQuarter: return true
            default: stack.append(contentsOf: node.kind.children)
            }
        }
        return false
    }

    package init(diagnostics: [Diagnostic] = [], params: [String: ParamDecl] = [:], paramTypes: [String: ValueType] = [:], computedDecls: [EntityType: [String: DefineDecl]] = [:], functionDecls: [String: DefineDecl] = [:], brokenNames: Set<String> = [], definitionStates: [String: DefinitionState] = [:], definitionStack: [String] = [], used: Set<String> = []) {
        self.diagnostics = diagnostics
        self.params = params
        self.paramTypes = paramTypes
        self.computedDecls = computedDecls
        self.functionDecls = functionDecls
        self.brokenNames = brokenNames
        self.definitionStates = definitionStates
        self.definitionStack = definitionStack
        self.used = used
    }
}

extension TKind {
    /// Direct sub-expressions.
    public var children: [TExpr] {
        switch self {
        case .literal, .local, .param, .collection, .today, .thisQuarter, .lastQuarter: []
        case .list(let items), .builtin(_, let items), .function(_, let items), .logical(_, let items): items
        case .field(let base, _, _, _, _), .computed(let base, _, _, _), .custom(let base, _, _, _): [base]
        case .negate(let e), .not(let e), .isMissing(let e, _): [e]
        case .arithmetic(_, let l, let r), .compare(_, let l, let r), .membership(_, let l, let r), .coalesce(let l, let r),
             .within(let l, _, let r), .filter(let l, _, let r), .sort(let l, _, let r, _), .quantified(_, _, let l, let r):
            [l, r]
        case .conditional(let c, let t, let e): [c, t, e]
        case .template(let template):
            template.parts.compactMap { part in
                if case .hole(let expr, _) = part { return expr }
                return nil
            }
        }
    }
}

extension Checker {
    /// Adds to each `check.quadratic` warning the number of steps it costs on `portfolio`.
    public static func estimateCosts(_ diagnostics: [Diagnostic], scans: [(span: Span, entity: EntityType)],
                                     portfolio: Portfolio) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.code == "check.quadratic",
                  let type = scans.first(where: { $0.span == diagnostic.primarySpan })?.entity else { return diagnostic }
            let count = Int64(portfolio.count(of: type))
            let shown = NumberText.grouped(count)
            var copy = diagnostic
            copy.notes = ["on this portfolio: \(shown) \(ValueType.entity(type).plural) × \(shown) = \(NumberText.grouped(count * count)) steps"]
            return copy
        }
    }
}

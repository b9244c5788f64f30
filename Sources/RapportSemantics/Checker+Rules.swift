import RapportBase
import RapportSyntax
import RapportModel

extension Checker {
    package mutating func checkRule(_ rule: RuleDecl, path: String) {
        guard let subjectClause = rule.subject, let subjectType = EntityType(rawValue: subjectClause.type.text),
              let severityName = rule.severity, let severity = Severity(rawValue: severityName.text),
              let adviceTemplate = rule.advice else { return }
        frame = Frame()
        let subjectSlot = frame.allocate()
        frame.scopes[0].names[subjectClause.variable.text] = (subjectSlot, .entity(subjectType))
        frame.declared[subjectSlot] = subjectClause.variable.span
        record(subjectClause.variable.span, .local(subjectClause.variable.span), .entity(subjectType))
        frame.uses[subjectSlot] = 1

        var lets: [(name: String, slot: Int, value: TExpr)] = []
        var letNames: [Int: Name] = [:]
        for letClause in rule.lets {
            let value = checkExpression(letClause.value)
            if let earlier = frame.scopes[0].names[letClause.name.text], earlier.slot == subjectSlot {
                error("name.shadows_subject", "`\(letClause.name.text)` already names the rule's \(subjectType.rawValue)",
                      at: letClause.name.span, help: ["choose another name for the `let`"])
            }
            let slot = frame.allocate()
            frame.scopes[0].names[letClause.name.text] = (slot, value.type)
            frame.declared[slot] = letClause.name.span
            record(letClause.name.span, .local(letClause.name.span), value.type)
            frame.uses[slot] = 0
            letNames[slot] = letClause.name
            lets.append((letClause.name.text, slot, value))
        }

        var condition: TExpr?
        if let when = rule.condition {
            let checked = checkExpression(when)
            requireBoolean(checked, "`when` needs a condition that is true or false")
            condition = checked
        }
        let title = rule.title.map { checkTemplate($0) }
        let advice = checkTemplate(adviceTemplate)
        let rationale = rule.rationale.map { checkTemplate($0) }
        var coached: TExpr?
        if let to = rule.coached {
            let checked = checkExpression(to)
            if !checked.type.compatible(with: .entity(.rep)) {
                error("type.mismatch", "`to` names the rep being coached, but this is \(checked.type)", at: to.span,
                      label: "expected a rep", help: ["for example `to a.owner`"])
            }
            coached = checked
        }
        var priority: TExpr?
        if let expr = rule.priority {
            let checked = checkExpression(expr)
            if !checked.type.compatible(with: .number) {
                error("type.mismatch", "`priority` must be a number, found \(checked.type)", at: expr.span, label: "expected a number")
            }
            priority = checked
        }
        for (slot, name) in letNames.sorted(by: { $0.key < $1.key }) where frame.uses[slot] == 0 {
            diagnostics.append(.warning("check.unused_let", "`\(name.text)` is never used", at: name.span,
                                        label: "unused `let`", help: ["remove it, or use it in the condition or the advice"]))
        }
        result.rules.append(CheckedRule(
            id: rule.id.text, title: title, severity: severity, tags: rule.tags.map(\.text), subjectType: subjectType,
            subjectName: subjectClause.variable.text, lets: lets, condition: condition, advice: advice,
            rationale: rationale, coached: coached, priority: priority, frameSize: frame.slotCount,
            location: rule.id.span, path: path))
    }

    package mutating func requireBoolean(_ expr: TExpr, _ message: String) {
        if !expr.type.compatible(with: .boolean) {
            error("type.not_boolean", "\(message), found \(expr.type)", at: expr.span, label: "not true or false")
        }
    }

    package mutating func checkTemplate(_ template: Template) -> TTemplate {
        var parts: [TTemplate.Part] = []
        for part in template.parts {
            switch part {
            case .text(let text, _): parts.append(.text(text))
            case .hole(let expr, let format, _):
                let checked = checkExpression(expr)
                if let format { checkFormat(format, of: checked) }
                parts.append(.hole(checked, format: format?.text))
            }
        }
        return TTemplate(parts: parts, span: template.span)
    }

    package mutating func checkFormat(_ format: Name, of expr: TExpr) {
        let ok: Bool
        switch format.text {
        case "money", "percent", "number": ok = expr.type.compatible(with: .number)
        case "date": ok = expr.type.compatible(with: .date)
        case "list": ok = expr.type.isList
        default: ok = true
        }
        if !ok {
            error("type.format", "`as \(format.text)` needs \(Checker.formatInput(format.text)), found \(expr.type)",
                  at: expr.span, label: "\(expr.type)")
        }
    }

    package static func formatInput(_ format: String) -> String {
        switch format {
        case "date": "a date"
        case "list": "a list"
        default: "a number"
        }
    }
}

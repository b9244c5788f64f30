import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension LanguageServer {
    /// `textDocument/hover`: the type and documentation of the name under the cursor.
    package func hover(_ context: DocumentContext, _ params: [String: Any]) -> Any {
        guard let offset = context.offset(params),
              let occurrence = context.analysis.occurrence(at: offset, in: context.file.id),
              let text = describe(occurrence, in: context.analysis) else { return NSNull() }
        return ["contents": ["kind": "markdown", "value": text], "range": Positions.range(occurrence.span, in: context.file)]
    }

    /// Markdown for a name: a code line with its declaration or signature, then its doc.
    package func describe(_ occurrence: Occurrence, in analysis: Analysis) -> String? {
        func code(_ line: String) -> String { "```rapport\n\(line)\n```" }
        let type = occurrence.type.map { " : \($0)" } ?? ""
        switch occurrence.symbol {
        case .local(let declared):
            let name = analysis.text(declared)
            return code("\(name)\(type)") + "\n\n" + localKind(declared, in: analysis)
        case .param(let name):
            guard let decl = paramDecl(name, in: analysis) else { return code("param \(name)\(type)") }
            return code("param \(name) = \(analysis.text(decl.value.span))") + "\n\n"
                + "A parameter\(occurrence.type.map { " (\($0))" } ?? ""); change it for a run with `--param \(name)=…`."
        case .field(let entity, let name):
            if let info = Schema.field(name, of: entity) {
                return code("\(entity.rawValue).\(name) : \(info.type)") + "\n\n" + info.doc
                    + (info.isStored ? "" : "\n\nDerived while the portfolio loads.")
            }
            return code("field \(entity.rawValue).\(name)\(type)") + "\n\nA field declared in the rule set, read from the portfolio's `custom` object."
        case .computed(let entity, let name):
            guard let decl = defineDecl("\(entity.rawValue).\(name)", in: analysis) else { return code("\(entity.rawValue).\(name)\(type)") }
            return code("define \(entity.rawValue).\(name) = \(analysis.text(decl.body.span))") + "\n\n"
                + "A computed field of every \(entity.rawValue)\(occurrence.type.map { ": \($0)" } ?? "")."
        case .function(let name):
            guard let decl = defineDecl(name, in: analysis) else { return code("\(name)(…)") }
            let parameters = (decl.parameters ?? []).map(\.text).joined(separator: ", ")
            return code("define \(name)(\(parameters)) = \(analysis.text(decl.body.span))")
                + (occurrence.type.map { "\n\nHere it gives \($0)." } ?? "")
        case .builtin(let id):
            let builtin = Builtins.function(id)
            return code(builtin.signature + type) + "\n\n" + builtin.doc
        case .collection(let name):
            return code("\(name)\(type)") + "\n\nEvery \(name == "team" ? "team" : name) of the portfolio."
        case .rule(let id):
            guard let rule = ruleDecl(id, in: analysis) else { return code("rule \(id)") }
            var lines = [code("rule \(id)")]
            if let title = rule.title { lines.append("**\(analysis.text(title.span).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))**") }
            var facts: [String] = []
            if let severity = rule.severity { facts.append("severity \(severity.text)") }
            if let subject = rule.subject { facts.append("for each \(subject.type.text)") }
            if !rule.tags.isEmpty { facts.append("tags " + rule.tags.map(\.text).joined(separator: ", ")) }
            if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
            return lines.joined(separator: "\n\n")
        }
    }

    /// What declares a local: the subject, a `let`, a binder or a parameter.
    private func localKind(_ declared: Span, in analysis: Analysis) -> String {
        for file in analysis.result.ruleSet.files where file.file == declared.file {
            for declaration in file.declarations {
                switch declaration {
                case .rule(let rule):
                    if rule.subject?.variable.span == declared { return "The rule's subject: each \(rule.subject!.type.text) in turn." }
                    if let clause = rule.lets.first(where: { $0.name.span == declared }) {
                        return "`let \(clause.name.text) = \(analysis.text(clause.value.span))`"
                    }
                case .define(let define):
                    if define.parameters?.contains(where: { $0.span == declared }) == true {
                        return "A parameter of `\(define.name.text)`."
                    }
                default: break
                }
            }
        }
        return "Each element in turn."
    }

    package func paramDecl(_ name: String, in analysis: Analysis) -> ParamDecl? {
        for file in analysis.result.ruleSet.files {
            for case .param(let decl) in file.declarations where decl.name.text == name { return decl }
        }
        return nil
    }

    package func defineDecl(_ qualifiedName: String, in analysis: Analysis) -> DefineDecl? {
        for file in analysis.result.ruleSet.files {
            for case .define(let decl) in file.declarations where decl.qualifiedName == qualifiedName { return decl }
        }
        return nil
    }

    package func ruleDecl(_ id: String, in analysis: Analysis) -> RuleDecl? {
        for file in analysis.result.ruleSet.files {
            for case .rule(let decl) in file.declarations where decl.id.text == id { return decl }
        }
        return nil
    }
}

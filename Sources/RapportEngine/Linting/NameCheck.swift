import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// The checks on a rule set that need names but no types: duplicate declarations, tests of
/// unknown rules, missing fixtures, functions named like builtins. (Calls are checked with types,
/// by ``Checker``.)
public enum NameCheck {
    /// One entry in the rule set's namespace.
    package struct Declared {
        package let kind: String
        package let span: Span
    }

    /// Runs every name check over `ruleSet`.
    public static func run(_ ruleSet: LoadedRuleSet, checkFixtures: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var namespace: [String: Declared] = [:]

        func declare(_ key: String, _ kind: String, _ span: Span) {
            if let first = namespace[key] {
                diagnostics.append(Diagnostic.error(
                    "name.duplicate", "`\(key)` is declared twice", at: span, label: "second declaration (\(kind))",
                    help: ["rule ids, params, defines and fields share one namespace per rule set; rename one of them"])
                    .with(secondary: first.span, "first declared here (\(first.kind))"))
            } else {
                namespace[key] = Declared(kind: kind, span: span)
            }
        }

        for file in ruleSet.files {
            for declaration in file.declarations {
                switch declaration {
                case .import: break
                case .param(let d): declare(d.name.text, "param", d.name.span)
                case .field(let d): declare("\(d.entity.text).\(d.name.text)", "field", d.entity.span.to(d.name.span))
                case .define(let d):
                    declare(d.qualifiedName, d.entity == nil ? "function" : "computed field", (d.entity?.span ?? d.name.span).to(d.name.span))
                    if d.parameters != nil, let builtin = Builtins.function(named: d.name.text) {
                        diagnostics.append(.error("name.shadows_builtin", "`\(d.name.text)` is already a builtin function",
                                                  at: d.name.span, label: "builtin \(builtin.signature)",
                                                  help: ["choose another name"]))
                    }
                case .rule(let d): declare(d.id.text, "rule", d.id.span)
                case .test: break
                }
            }
        }

        let ruleIDs = namespace.filter { $0.value.kind == "rule" }.map(\.key)
        for (file, path) in zip(ruleSet.files, ruleSet.paths) {
            for declaration in file.declarations {
                switch declaration {
                case .test(let test):
                    if namespace[test.rule.text]?.kind != "rule" {
                        diagnostics.append(Diagnostic.error("name.unknown_rule", "there is no rule `\(test.rule.text)` to test",
                                                            at: test.rule.span, label: "unknown rule")
                            .suggesting(NameSuggester.suggest(test.rule.text, from: ruleIDs)))
                    }
                    if checkFixtures, let fixture = test.fixture {
                        let resolved = fixture.path.hasPrefix("/") ? fixture.path
                            : RuleSetLoader.join(RuleSetLoader.parent(of: path), fixture.path)
                        if !FileManager.default.fileExists(atPath: resolved) {
                            diagnostics.append(.error("test.fixture_not_found", "cannot find the fixture `\(fixture.path)`",
                                                      at: fixture.span, label: "no such file",
                                                      notes: ["fixture paths are relative to the rule file: \(resolved)"]))
                        }
                    }
                default: break
                }
            }
        }
        return diagnostics
    }
}

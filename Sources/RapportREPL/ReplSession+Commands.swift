import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports
import RapportHistory

extension ReplSession {
    /// The commands, with a one-line summary each (`:help` lists them; completion offers them).
    public static let commands: [(name: String, usage: String, summary: String)] = [
        ("help", ":help [topic]", "this list, or a topic: " + ReplHelp.topicNames.joined(separator: ", ")),
        ("load", ":load FILE", "open another portfolio (rules and session definitions stay)"),
        ("rules", ":rules [tag]", "list the rules, or those with a tag"),
        ("reload", ":reload", "read the rules and the portfolio again, keeping session definitions"),
        ("run", ":run [RULE]", "run every rule (findings per rep), or list one rule's findings"),
        ("fields", ":fields ENTITY", "an entity's fields, with their types and what they hold"),
        ("drop", ":drop NAME", "forget a rule, define, param or value declared in this session"),
        ("save", ":save FILE", "write the session's own declarations as a formatted rule file"),
        ("coach", ":coach REP", "a rep's agenda for the next 1:1: top corrections and praise"),
        ("why", ":why RULE SUBJECT", "why a rule fired or not for a subject, part by part"),
        ("set", ":set [PARAM VALUE]", "show the params, or set one (`:set top N`, `:set rows N` for the REPL)"),
        ("as-of", ":as-of [DATE]", "evaluate as of another date (no date: back to the portfolio's as_of)"),
        ("mode", ":mode table|csv|json|line|record", "how lists of entities print (record: every field of each)"),
        ("timing", ":timing on|off", "show how long each evaluation takes"),
        ("history", ":history [REP]", "the recorded 1:1s of this portfolio (`rapport coach --record`): per run, opened and fixed"),
        ("output", ":output [FILE]", "send results to a file (emptied first), or back to the terminal"),
        ("pager", ":pager on|off", "page results taller than the terminal (`$PAGER`, default `less -RFX`)"),
        ("quit", ":quit", "leave (also Ctrl-D on an empty line)"),
    ]

    package func command(_ line: String) -> ReplReply {
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "help", "h", "?": return .text(ReplHelp.text(argument))
        case "quit", "q", "exit": return ReplReply(quit: true)
        case "load": return load(argument)
        case "reload": return reload()
        case "rules": return listRules(argument)
        case "run": return toOutput(timed { argument.isEmpty ? runAll() : runRule(argument) })
        case "fields": return toOutput(fields(argument))
        case "output": return output(argument)
        case "history": return toOutput(history(argument))
        case "pager":
            guard argument == "on" || argument == "off" else { return .error("error: `:pager` takes on or off") }
            pager = argument == "on"
            return .text("pager: \(argument)")
        case "drop": return drop(argument)
        case "save": return save(argument)
        case "coach": return toOutput(timed { coach(argument) })
        case "why": return toOutput(timed { why(argument) })
        case "set": return set(argument)
        case "as-of", "asof": return setAsOf(argument)
        case "mode":
            guard let mode = ReplOutputMode(rawValue: argument) else {
                return .error("error: `:mode` takes \(ReplOutputMode.allCases.map(\.rawValue).joined(separator: ", ")) (now: \(mode.rawValue))")
            }
            self.mode = mode
            return .text("mode: \(mode.rawValue)")
        case "timing":
            guard argument == "on" || argument == "off" else { return .error("error: `:timing` takes on or off") }
            timing = argument == "on"
            return .text("timing: \(argument)")
        default:
            let names = Self.commands.map(\.name)
            let hint = NameSuggester.suggest(name, from: names).map { "; did you mean `:\($0)`?" } ?? ""
            return .error("error: there is no command `:\(name)`\(hint) (`:help` lists them)")
        }
    }

    package func load(_ path: String) -> ReplReply {
        guard !path.isEmpty else { return .error("error: `:load` needs a portfolio file, as in `:load team.json`") }
        var sources = SourceMap()
        let load = pipeline.portfolio(at: path, sources: &sources)
        guard let loaded = load.portfolio else { return .error(render(load.diagnostics, sources) + "\(path) was not loaded\n") }
        portfolio = loaded
        portfolioPath = path
        return .text("loaded \(path): \(loaded.string(loaded.team.name)), \(loaded.reps.count) reps, \(loaded.accounts.count) accounts, as of \(loaded.asOf)")
    }

    package func reload() -> ReplReply {
        let fresh = pipeline.rules(at: rulesPath)
        if fresh.diagnostics.hasErrors {
            return .error(render(fresh.diagnostics.filter { $0.severity == .error }, fresh.sources) + "the rules were not reloaded\n")
        }
        var sources = SourceMap()
        let load = pipeline.portfolio(at: portfolioPath, sources: &sources)
        guard let loaded = load.portfolio else {
            return .error(render(load.diagnostics, sources) + "\(portfolioPath) was not reloaded\n")
        }
        baseRules = fresh
        portfolio = loaded
        // Keep the session's declarations that still check against the new rules.
        var kept: [String] = []
        var dropped: [String] = []
        for text in declarations {
            if rulesWith(kept + [text]).0.diagnostics.hasErrors { dropped.append(text) } else { kept.append(text) }
        }
        declarations = kept
        rules = rulesWith(kept).0
        var out = "reloaded \(rules.checked.rules.count) rules and \(portfolioPath) (\(loaded.accounts.count) accounts)\n"
        for text in dropped { out += "dropped a session definition that no longer checks: \(text.split(separator: "\n").first ?? "")\n" }
        return .text(out)
    }

    package func listRules(_ tag: String) -> ReplReply {
        let chosen = rules.checked.rules.filter { tag.isEmpty || $0.tags.contains(tag) || $0.id == tag }
        if chosen.isEmpty {
            let tags = Set(rules.checked.rules.flatMap(\.tags))
            let hint = NameSuggester.suggest(tag, from: tags).map { "; did you mean `\($0)`?" } ?? ""
            return .error("error: no rule has the id or tag `\(tag)`\(hint)")
        }
        let info = RuleInfo.list(chosen, sources: rules.sources)
        let width = info.map(\.id.count).max() ?? 0
        var out = ""
        for rule in info {
            out += rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + rule.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + rule.title + "\n"
        }
        return .text(out + "(\(info.count) rule\(info.count == 1 ? "" : "s"))")
    }

    package func lintOptions() -> LintOptions {
        var options = LintOptions()
        options.asOf = asOf
        options.params = params
        return options
    }

    package func runAll() -> ReplReply {
        let outcome = pipeline.evaluate(rules, on: portfolio, options: lintOptions())
        let findings = outcome.findings
        if Cancellation.isRequested { return .error("cancelled") }
        let report = LintReport(path: portfolioPath, team: portfolio.string(portfolio.team.name), asOf: today, findings: findings,
                                failOn: .warning, rulesRun: rules.checked.rules.count)
        var out = ""
        for (rep, group) in report.byRep {
            let counts = Severity.allCases.reversed().compactMap { severity -> String? in
                let count = group.filter { $0.severity == severity }.count
                return count > 0 ? "\(count) \(severity.rawValue)" : nil
            }.joined(separator: ", ")
            out += (rep.map { TerminalText.escaped("\($0.name) (\($0.id))") } ?? "Team") + ": " + counts + "\n"
        }
        let counts = report.severityCounts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "\(findings.count) finding\(findings.count == 1 ? "" : "s")" + (counts.isEmpty ? "" : " (\(counts))")
        out += " from \(rules.checked.rules.count) rules; `:coach REP` for an agenda\n"
        out += ReplSession.errorLines(outcome.errors)
        if let summary = outcome.applicability.summary { out += summary + "\n" }
        return .text(out)
    }

    /// `:history [REP]`: the summary of the history beside the portfolio.
    package func history(_ rep: String) -> ReplReply {
        let path = HistoryStore.path(besidePortfolio: portfolioPath)
        guard FileManager.default.fileExists(atPath: path) else {
            return .text("no history beside \(portfolioPath) yet: `rapport coach --record \(portfolioPath)` records a 1:1")
        }
        do throws(HistoryFailure) {
            return .text(try HistorySummary.of(try HistoryStore(path: path, create: false), rep: rep.isEmpty ? nil : rep).render())
        } catch {
            return .error("error: \(error.description)")
        }
    }

    /// `:output FILE`: results go to FILE from now on (emptied first; never an input);
    /// `:output` alone: back to the terminal.
    package func output(_ path: String) -> ReplReply {
        guard !path.isEmpty else {
            let was = outputPath
            outputPath = nil
            return .text(was.map { "results go to the terminal again (\($0) holds the earlier ones)" } ?? "results go to the terminal")
        }
        let inputs = rules.sources.files.map(\.path).filter { !$0.hasPrefix("<") } + [portfolioPath]
        if let clash = AtomicFile.clash(output: path, inputs: inputs) { return .error("error: \(clash); choose another file") }
        guard FileManager.default.createFile(atPath: path, contents: Data()) else {
            return .error("error: cannot write \(path) (does its folder exist?)")
        }
        outputPath = path
        return .text("results go to \(path) (`:output` alone sends them back here)")
    }

    /// `:run RULE`: the rule's findings, one line each (the first `rows`), most severe first.
    package func runRule(_ id: String) -> ReplReply {
        let (found, unknown) = Lookup.rule(id, in: rules.checked)
        guard let rule = found else { return .error("error: \(unknown?.oneLine ?? id)") }
        var options = lintOptions()
        options.select = [rule.id]
        let outcome = pipeline.evaluate(rules, on: portfolio, options: options)
        if Cancellation.isRequested { return .error("cancelled") }
        let findings = outcome.findings.sorted { ($0.severity, $1.priority) > ($1.severity, $0.priority) }
        var out = "\(rule.id): \(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
        for finding in findings.prefix(maxRows) {
            let rep = finding.rep.map { " · \($0.name)" } ?? ""
            out += TerminalText.escaped("  \(finding.severity.rawValue)  \(finding.subject.name) (\(finding.subject.id))\(rep): \(finding.message)") + "\n"
        }
        if findings.count > maxRows { out += "  … \(findings.count - maxRows) more (`:set rows N` shows more)\n" }
        out += ReplSession.errorLines(outcome.errors)
        if let summary = outcome.applicability.summary, outcome.applicability.notApplicable.contains(where: { $0.rule == rule.id }) {
            out += summary + "\n"
        }
        return .text(out)
    }

    /// `:fields ENTITY`: every field rules can read on the entity (built in, then the rule
    /// files' own), with its type and what it holds.
    package func fields(_ name: String) -> ReplReply {
        // `opportunity` or `opportunities`, as the rules write lists of them.
        guard let entity = EntityType.allCases.first(where: { $0.rawValue == name || ValueType.entity($0).plural == name }) else {
            let names = EntityType.allCases.map(\.rawValue)
            let hint = NameSuggester.suggest(name, from: names).map { "; did you mean `\($0)`?" } ?? ""
            return .error("error: `:fields` takes an entity: \(names.joined(separator: ", "))" + (name.isEmpty ? "" : " (not `\(name)`)\(hint)"))
        }
        var rows: [(String, String, String)] = Schema.fields(of: entity).map { ($0.name, Self.typeName($0.type), $0.doc) }
        for (field, type) in (rules.checked.customFields[entity] ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append((field, Self.typeName(type), "the team's own field (`field \(entity.rawValue).\(field)`)"))
        }
        for (field, index) in (rules.checked.computedFields[entity] ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows.append((field, Self.typeName(rules.checked.definitions[index].body.type), "computed by `define \(entity.rawValue).\(field)`"))
        }
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let typeWidth = rows.map(\.1.count).max() ?? 0
        return .text(rows.map { name, type, doc in
            name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + type.padding(toLength: typeWidth, withPad: " ", startingAt: 0)
                + "  " + doc
        }.joined(separator: "\n") + "\n")
    }

    /// `number`, `list of contacts`, `rep`, `tier`.
    package static func typeName(_ type: ValueType) -> String {
        switch type {
        case .entity(let entity): entity.rawValue
        case .list(let element): "list of \(element.plural)"
        case .enumeration(let kind): kind.rawValue
        default: type.description.hasPrefix("a ") ? String(type.description.dropFirst(2)) : type.description
        }
    }

    /// The rep named (id or name, any case), or an error reply with a suggestion.
    package func rep(named text: String) -> Result<Int, ReplFailure> {
        if let found = SubjectLookup.find(text, type: .rep, in: portfolio) { return .success(Int(found.index)) }
        let hint = SubjectLookup.suggestion(text, type: .rep, in: portfolio).map { "; did you mean `\($0)`?" } ?? ""
        return .failure(ReplFailure("error: no rep is called `\(text)`\(hint)\n"))
    }

    package func coach(_ argument: String) -> ReplReply {
        guard !argument.isEmpty else { return .error("error: `:coach` needs a rep, as in `:coach \(portfolio.reps.first.map { portfolio.string($0.name) } ?? "Dana")`") }
        let index: Int
        switch rep(named: argument) {
        case .failure(let failure): return .error(failure.text)
        case .success(let found): index = found
        }
        var options = lintOptions()
        options.onlyRep = Int32(index)
        // The session's computed values (the team's percentiles, `lifetime`) serve the agenda too.
        adoptWarmUp()
        memo = KeptValues.serving(rules.checked.definitions.map(\.name), from: memo)
        let outcome = pipeline.evaluate(rules, on: portfolio, options: options, memo: memo!.memo)
        let findings = outcome.findings.filter { $0.rep?.index == Int32(index) }
        let errors = ReplSession.errorLines(outcome.errors.filter { $0.rep?.index == Int32(index) })
            + (outcome.applicability.summary.map { $0 + "\n" } ?? "")
        if Cancellation.isRequested { return .error("cancelled") }
        let agendas = CoachingAgenda.build(findings, top: top)
        guard !agendas.isEmpty else {
            return .text(TerminalText.escaped(portfolio.string(portfolio.reps[index].name)) + ": no rule fired, nothing to discuss.\n" + errors)
        }
        var text = CoachingAgenda.render(agendas, team: portfolio.string(portfolio.team.name), asOf: today,
                                         width: min(width, 100), more: { _ in "`:set top N` shows more" })
        // The heading names the team; at the prompt the rep's own heading is enough.
        if let firstBreak = text.firstIndex(of: "\n") { text = String(text[text.index(after: firstBreak)...]) }
        return .text(text.drop { $0 == "\n" }.description + errors)
    }

    package func why(_ argument: String) -> ReplReply {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return .error("error: `:why` needs a rule and a subject, as in `:why key_account_without_growth_plan a-001`") }
        let (explanation, problem) = Explainer.explain(rule: words[0], subject: words[1], rules: rules, portfolio: portfolio,
                                                       options: lintOptions())
        guard let explanation else { return .error("error: \(TerminalText.escaped(problem?.oneLine ?? "cannot explain"))") }
        return .text(TerminalText.escaped(explanation.render(), keepLayout: true))
    }

    package func set(_ argument: String) -> ReplReply {
        if argument.isEmpty {
            var out = ""
            let values = evaluationParams(rules.checked)
            let formatter = ValueFormatter(portfolio: portfolio)
            for param in rules.checked.params {
                let marker = params[param.name] != nil ? "  (set)" : ""
                // A param written as a percentage (`90%`) is shown as one.
                let span = param.defaultValue.span
                let written = span.file.index < rules.sources.files.count ? rules.sources[span.file].text(of: span) : ""
                let format = written.hasSuffix("%") ? "percent" : nil
                out += "\(param.name) = \(values[param.name].map { formatter.format($0, as: format) } ?? "missing")\(marker)\n"
            }
            out += "top = \(top)  (corrections per rep in :coach)\nrows = \(maxRows)  (rows shown before “… N more”)\n"
            return .text(out)
        }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return .error("error: write `:set PARAM VALUE`, as in `:set dark_after 60 days`") }
        if words[0] == "top" || words[0] == "rows", rules.checked.params.first(where: { $0.name == words[0] }) == nil {
            guard let number = Int(words[1]), number >= 1 else { return .error("error: `:set \(words[0])` takes a whole number of at least 1") }
            if words[0] == "top" { top = number } else { maxRows = number }
            return .text("\(words[0]) = \(number)")
        }
        var sources = rules.sources
        let (value, problems) = ParamOverride.parse("\(words[0])=\(words[1])", params: rules.checked.params, sources: &sources)
        guard let value else { return .error(render(problems, sources)) }
        params[value.name] = value.value
        return .text("\(value.name) = \(ValueFormatter(portfolio: portfolio).format(value.value))")
    }

    package func setAsOf(_ argument: String) -> ReplReply {
        if argument.isEmpty {
            asOf = nil
            return .text("as of \(today) (the portfolio's as_of)")
        }
        guard let date = CalendarDate(iso: argument) else { return .error("error: `:as-of` takes a date written YYYY-MM-DD, not `\(argument)`") }
        asOf = date
        return .text("as of \(date)")
    }
}

extension ReplSession {
    /// Lines naming the subjects whose evaluation failed (empty when none did).
    package static func errorLines(_ errors: [EvaluationError]) -> String {
        guard !errors.isEmpty else { return "" }
        var out = "\(errors.count) subject\(errors.count == 1 ? "" : "s") could not be evaluated:\n"
        for error in errors.prefix(10) { out += "  " + TerminalText.escaped(error.summary) + "\n" }
        if errors.count > 10 { out += "  … and \(errors.count - 10) more\n" }
        return out
    }
}

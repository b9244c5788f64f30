import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

extension ReplSession {
    /// Default columns of a list of entities, as `show` would take them.
    package func defaultColumns(_ type: EntityType) -> String {
        let lifetime = rules.checked.computedFields[.account]?["lifetime"] != nil
        switch type {
        case .account: return "id, name, owner.name, tier" + (lifetime ? ", lifetime as money" : ", potential as money")
        case .rep: return "id, name, region, quota as money"
        case .lead: return "id, name, company, owner.name, status, created as date"
        case .opportunity: return "id, name, account.name, owner.name, stage, amount as money, close_date as date"
        case .contact: return "id, name, title, account.name, level, last_contact as date"
        case .activity: return "id, date as date, kind, account.name, rep.name"
        case .growthPlan: return "account.name, status, updated as date, target as money"
        case .action: return "what, due as date, done"
        case .revenue: return "account.name, period, amount as money"
        case .proposal: return "opportunity.name, sent as date, co_created"
        case .team: return "name, manager"
        }
    }

    /// Parameter values for evaluation: defaults, `:set` values, then session `let`s.
    package func evaluationParams(_ checked: CheckedRuleSet) -> [String: Value] {
        var options = LintOptions()
        options.params = params
        var values = LintEngine.parameterValues(checked, options: options)
        for global in globals { values[global.name] = global.value }
        return values
    }

    /// Parses the part `range` of the input file `file`, keeping offsets.
    package func parsePart(_ range: Range<Int>, of file: FileID, in sources: SourceMap) -> (Expr?, [Diagnostic]) {
        let original = sources[file]
        let bytes = range == 0..<original.bytes.count ? original.bytes : ReplInput.only(range, of: original.bytes)
        return Parser.parseStandaloneExpression(SourceFile(id: file, path: original.path, bytes: bytes))
    }

    /// A checked and evaluated query, or the reply that explains why there is none.
    package struct Evaluated {
        package let query: CheckedQuery
        package let value: Value
        package let formats: [String?]
        package let headers: [String]
        package let compiler: Compiler
        /// The rule files and the line typed, for messages about a value that fails.
        package let sources: SourceMap
        /// Warnings about the line typed (a comparison that drops missing values, say).
        package let warnings: [Diagnostic]
    }

    /// Checks and evaluates `text` (with its `show` columns, or the default ones for a list of entities).
    /// `part` is the byte range of the expression in `text` (`let x = …` evaluates only its
    /// right side); messages show the whole line as typed.
    package func evaluate(_ text: String, part: Range<Int>? = nil) -> Result<Evaluated, ReplFailure> {
        var sources = rules.sources
        let bytes = Array(text.utf8)
        let file = sources.add(path: "<repl>", bytes: bytes)
        let whole = part ?? 0..<bytes.count
        let split = ReplInput.splitShow(SourceFile(id: file, path: "<repl>", bytes: ReplInput.only(whole, of: bytes)))
        let (parsed, parseProblems) = parsePart(split?.expression.clamped(to: whole) ?? whole, of: file, in: sources)
        guard let expr = parsed else { return .failure(ReplFailure(render(parseProblems, sources))) }
        var columns: [Expr] = []
        var formats: [String?] = []
        var headers: [String] = []
        if let split {
            if split.columns.isEmpty {
                return .failure(ReplFailure("error: `show` needs the columns to show, as in `accounts show name, tier`\n"))
            }
            for column in split.columns {
                let (parsedColumn, problems) = parsePart(column.range, of: file, in: sources)
                guard let parsedColumn else { return .failure(ReplFailure(render(problems, sources))) }
                columns.append(parsedColumn)
                formats.append(column.format)
                headers.append(column.heading ?? String(decoding: sources[file].bytes[column.range], as: UTF8.self))
            }
        }
        let globalTypes = Dictionary(globals.map { ($0.name, $0.type) }, uniquingKeysWith: { $1 })
        var (checked, problems) = Checker.checkQuery(expr, columns: columns, ruleSet: rules.ruleSet, globals: globalTypes)
        guard var query = checked else { return .failure(ReplFailure(render(problems, sources))) }
        if split == nil, let element = query.value.type.element, case .entity(let type) = element {
            // A list of entities prints as a table of the type's usual columns.
            let defaults = "show " + defaultColumns(type)
            let columnsFile = sources.add(path: "<columns>", bytes: Array(defaults.utf8))
            for column in ReplInput.splitShow(sources[columnsFile])?.columns ?? [] {
                if let parsedColumn = parsePart(column.range, of: columnsFile, in: sources).0 {
                    columns.append(parsedColumn)
                    formats.append(column.format)
                    headers.append(String(decoding: sources[columnsFile].bytes[column.range], as: UTF8.self))
                }
            }
            (checked, problems) = Checker.checkQuery(expr, columns: columns, ruleSet: rules.ruleSet, globals: globalTypes)
            guard let withColumns = checked else { return .failure(ReplFailure(render(problems, sources))) }
            query = withColumns
        }
        adoptWarmUp()
        memo = KeptValues.serving(query.checked.definitions.map(\.name), from: memo)
        let (value, compiler) = query.run(portfolio: portfolio, today: today, params: evaluationParams(query.checked), memo: memo!.memo)
        if Cancellation.isRequested {
            // Values computed by loops that stopped early are wrong: forget them all.
            memo = nil
            return .failure(ReplFailure("cancelled\n"))
        }
        if let fault = memo!.memo.takeFault() {
            compiler.runtime.definitions.release()
            return .failure(ReplFailure(render([Diagnostic.evaluationFault(fault)], sources)))
        }
        let warnings = problems.filter { $0.severity == .warning && $0.labels.contains { $0.span.file == file } }
        return .success(Evaluated(query: query, value: value, formats: formats, headers: headers, compiler: compiler,
                                  sources: sources, warnings: warnings))
    }

    /// Takes what the background warm-up computed, if it is done; never waits for it.
    package func adoptWarmUp() {
        if let done = warming?.poll() {
            warming = nil
            if let warm = done {
                if memo == nil { memo = warm } else { memo!.absorb(warm) }
            }
        }
    }

    /// An expression typed at the prompt: evaluated and printed.
    package func query(_ text: String) -> ReplReply {
        timed {
            switch evaluate(text) {
            case .failure(let failure): return .error(failure.text)
            case .success(let evaluated):
                defer { evaluated.compiler.runtime.definitions.release() }
                let warnings = evaluated.warnings.isEmpty ? "" : render(evaluated.warnings, evaluated.sources)
                return .text(warnings + ReplPrinter(session: self, evaluated: evaluated).render())
            }
        }
    }

    /// `let name = expression`: evaluated once, then usable like a param.
    package func letBinding(_ text: String) -> ReplReply {
        let body = text.dropFirst(3).drop { $0 == " " || $0 == "\t" }
        let name = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        let rest = body.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        guard !name.isEmpty, name.first!.isLowercase || name.first == "_", rest.hasPrefix("="), !rest.hasPrefix("==") else {
            return .error("error: write a session value as `let name = expression`, as in `let big = accounts where lifetime > 1000000`")
        }
        let taken = Set(rules.checked.params.map(\.name) + rules.checked.rules.map(\.id)
            + rules.checked.definitions.map { $0.name.split(separator: "(").first.map(String.init) ?? $0.name })
        if taken.contains(name) {
            return .error("error: `\(name)` is already a param, define or rule of the rule set; choose another name")
        }
        // Only the right side is evaluated; messages show the line as typed.
        switch evaluate(text, part: (text.utf8.count - rest.dropFirst().utf8.count)..<text.utf8.count) {
        case .failure(let failure): return .error(failure.text)
        case .success(let evaluated):
            defer { evaluated.compiler.runtime.definitions.release() }
            globals.removeAll { $0.name == name }
            globals.append((name, evaluated.query.value.type, evaluated.value))
            let shown = ReplPrinter(session: self, evaluated: evaluated).render()
            // A table or list starts on its own line, so its columns stay aligned.
            return .text("\(name) =" + (shown.dropLast().contains("\n") || shown.hasPrefix("  ") ? "\n" : " ") + shown)
        }
    }
}

/// Why a query produced no value (already rendered).
package struct ReplFailure: Error {
    package let text: String
    package init(_ text: String) { self.text = text }
}

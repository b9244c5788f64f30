import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// What the REPL says back to one line of input.
public struct ReplReply: Sendable, Equatable {
    /// Text to print (ends with a newline when not empty).
    public var output: String
    /// True when the text is an error (printed to standard error by the shell).
    public var isError: Bool
    /// The input is incomplete: show the continuation prompt and read more.
    public var needsMore: Bool
    /// The user asked to leave.
    public var quit: Bool

    public init(output: String = "", isError: Bool = false, needsMore: Bool = false, quit: Bool = false) {
        self.output = output
        self.isError = isError
        self.needsMore = needsMore
        self.quit = quit
    }

    package static func error(_ text: String) -> ReplReply { ReplReply(output: text.hasSuffix("\n") ? text : text + "\n", isError: true) }
    package static func text(_ text: String) -> ReplReply { ReplReply(output: text.isEmpty || text.hasSuffix("\n") ? text : text + "\n") }
}

/// How lists of entities print.
public enum ReplOutputMode: String, Sendable, CaseIterable {
    case table, csv, json, line
    /// Every field of each entity with its value, one per line (psql's expanded display).
    case record
}

/// The REPL's core: pure line in, text out, so transcripts replay it without a terminal.
/// It holds the portfolio, the rules (plus declarations typed at the prompt), session values
/// and settings.
public final class ReplSession {
    /// Where the rules come from: a path, or nil for the shipped pack.
    public internal(set) var rulesPath: String?
    public internal(set) var portfolioPath: String
    public internal(set) var portfolio: Portfolio { didSet { memo = nil; warming = nil } }
    /// The rules as loaded, without the session's declarations.
    package var baseRules: CheckResult
    /// The rules with the session's declarations.
    public internal(set) var rules: CheckResult { didSet { memo = nil; warming = nil } }
    /// Declarations typed at the prompt, in order, each as its own source text.
    package var declarations: [String] = []
    /// `let` values typed at the prompt.
    package var globals: [(name: String, type: ValueType, value: Value)] = []
    /// `:set` values of rule params.
    package var params: [String: Value] = [:] { didSet { memo = nil; warming = nil } }
    public var asOf: CalendarDate? { didSet { memo = nil; warming = nil } }
    public var mode: ReplOutputMode = .table
    public var timing = false
    /// Corrections per rep in `:coach`.
    public var top = 3
    /// Rows shown before "… N more".
    public var maxRows = 20
    /// Columns of the terminal, which tables and records are cut to; the command line sets it
    /// on a terminal, and output to a pipe or a file is never cut.
    public var width = Int.max
    /// Whether replies taller than the terminal go through a pager (`:pager on|off`; the command
    /// line does the paging, and never when the output is not a terminal).
    public var pager = true
    /// Where query results go instead of the terminal (`:output FILE`), nil for the terminal.
    public package(set) var outputPath: String?
    /// Lines of an unfinished block.
    package var pending: [String] = []
    /// Whether `pending` is finished, kept as lines come.
    package var continuation = ReplInput.Continuation()
    /// Colour in error messages.
    public var colored = false
    /// Numbers inputs for the names of their source files.
    package var inputCount = 0
    /// Computed-field values kept between queries (`is_key` of 100,000 accounts is computed
    /// once), with the definitions they were computed for. Dropped when the rules, the
    /// portfolio, the date or a param change.
    package var memo: KeptValues?
    /// Computed fields being computed in the background since the session opened.
    package var warming: ReplWarmUp?
    /// Files `:save` wrote in this session (it replaces only those).
    package var savedPaths: Set<String> = []
    /// The stages the session has run (loading, checking, evaluating), timed.
    public var pipeline = Pipeline()

    /// Opens a session; nil with the problems (rendered) when the rules or portfolio cannot be used.
    /// `portfolioBytes` stands for the file's contents (the example team built into the binary).
    public static func open(rulesPath: String?, portfolioPath: String, portfolioBytes: [UInt8]? = nil,
                            colored: Bool = false) -> (ReplSession?, String) {
        var pipeline = Pipeline()
        let (session, problems, sources) = open(rulesPath: rulesPath, portfolioPath: portfolioPath, portfolioBytes: portfolioBytes,
                                                pipeline: &pipeline)
        session?.colored = colored
        return (session, problems.isEmpty ? "" : DiagnosticRenderer(sources: sources, colored: colored).render(problems) + "\n")
    }

    /// Opens a session through `pipeline` (whose stages it keeps timing); nil with the
    /// diagnostics, pointing into the sources given, when the rules or portfolio cannot be used.
    public static func open(rulesPath: String?, portfolioPath: String, portfolioBytes: [UInt8]? = nil,
                            pipeline: inout Pipeline) -> (ReplSession?, [Diagnostic], SourceMap) {
        let rules = pipeline.rules(at: rulesPath)
        if rules.diagnostics.hasErrors { return (nil, rules.diagnostics.filter { $0.severity == .error }, rules.sources) }
        var sources = SourceMap()
        let load = portfolioBytes.map { pipeline.portfolio(bytes: $0, path: portfolioPath, sources: &sources) }
            ?? pipeline.portfolio(at: portfolioPath, sources: &sources)
        guard let portfolio = load.portfolio else { return (nil, load.diagnostics, sources) }
        let session = ReplSession(rulesPath: rulesPath, portfolioPath: portfolioPath, portfolio: portfolio, rules: rules)
        session.pipeline = pipeline
        return (session, [], sources)
    }

    /// A session over rules already checked (without errors) and a portfolio already loaded
    /// (the fuzzer opens one per input without checking and loading them again).
    public static func open(rules: CheckResult, rulesPath: String?, portfolio: Portfolio, portfolioPath: String) -> ReplSession {
        ReplSession(rulesPath: rulesPath, portfolioPath: portfolioPath, portfolio: portfolio, rules: rules)
    }

    package init(rulesPath: String?, portfolioPath: String, portfolio: Portfolio, rules: CheckResult) {
        self.rulesPath = rulesPath
        self.portfolioPath = portfolioPath
        self.portfolio = portfolio
        self.baseRules = rules
        self.rules = rules
    }

    /// Starts computing the accounts' computed fields on another thread, so the first question
    /// is answered as fast as the next ones.
    public func warmUp() {
        let fields = (rules.checked.computedFields[.account] ?? [:]).keys.sorted()
        guard !fields.isEmpty else { return }
        warming = ReplWarmUp(ruleSet: rules.ruleSet, fields: fields, portfolio: portfolio, today: today,
                             params: evaluationParams(rules.checked))
    }

    /// The date rules see as `today`.
    public var today: CalendarDate { asOf ?? portfolio.asOf }

    /// What was loaded and how to get help.
    public var banner: String {
        let p = portfolio
        var out = "Rapport \(RapportVersion.current) — \(TerminalText.escaped(p.string(p.team.name))), as of \(today)\n"
        out += "\(p.reps.count) reps, \(p.accounts.count) accounts, \(p.contacts.count) contacts, \(p.activities.count) activities, "
        out += "\(p.opportunities.count) opportunities, \(p.leads.count) leads (\(portfolioPath))\n"
        out += "\(rules.checked.rules.count) rules from \(rulesPath ?? "the shipped pack")\n"
        let applicability = Applicability(rules.checked.rules, in: rules.checked, coverage: DataCoverage(p))
        if let summary = applicability.summary { out += summary + "\n" }
        out += "Type an expression such as `count(accounts where is_key)`, `:coach REP` for a 1:1 agenda, `:help` for more.\n"
        return out
    }

    /// True when a block is being continued.
    public var isContinuing: Bool { !pending.isEmpty }

    /// Handles one line of input.
    public func submit(_ line: String) -> ReplReply {
        if pending.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return ReplReply() }
            if trimmed.hasPrefix(":") { return command(trimmed) }
        }
        pending.append(line)
        continuation.add(Substring(line))
        // An empty line ends a block whatever state it is in, so a mistake cannot trap the user.
        if !line.trimmingCharacters(in: .whitespaces).isEmpty && continuation.needsMore {
            return ReplReply(needsMore: true)
        }
        let text = pending.joined(separator: "\n")
        cancelPending()
        return evaluateInput(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Drops an unfinished block (Ctrl-C at the continuation prompt).
    public func cancelPending() {
        pending = []
        continuation = ReplInput.Continuation()
    }

    /// The end of the input: an error when a block is still open (a script that ends inside a
    /// `rule` or a bracket), nil otherwise.
    public func finish() -> ReplReply? {
        guard !pending.isEmpty else { return nil }
        let lines = pending.count
        let first = pending.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        cancelPending()
        let shown = first.count > 60 ? String(first.prefix(60)) + "…" : first
        return ReplReply(output: "error: the input ended inside an unfinished block of \(lines) line\(lines == 1 ? "" : "s") "
                             + "starting `\(TerminalText.escaped(shown))`: close its brackets, text or `rule … end`\n",
                         isError: true)
    }

    package func evaluateInput(_ text: String) -> ReplReply {
        inputCount += 1
        let first = text.prefix { $0.isLetter || $0 == "_" }
        switch first {
        case "let": return toOutput(letBinding(text))
        case "param", "define", "rule", "field", "import", "test": return declare(text)
        default: return toOutput(query(text))
        }
    }

    /// A result, written to the `:output` file when there is one (the terminal then shows
    /// nothing, as psql's `\o`); errors and messages stay on the terminal.
    package func toOutput(_ reply: ReplReply) -> ReplReply {
        guard let outputPath, !reply.isError, !reply.output.isEmpty else { return reply }
        guard let handle = FileHandle(forWritingAtPath: outputPath) else {
            return .error("error: cannot write to \(outputPath) any more; `:output` alone sends results back to the terminal")
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(reply.output.utf8))
        } catch {
            return .error("error: cannot write to \(outputPath): \(error.localizedDescription)")
        }
        return ReplReply()
    }

    /// Renders diagnostics like `rapport check`.
    package func render(_ diagnostics: [Diagnostic], _ sources: SourceMap) -> String {
        DiagnosticRenderer(sources: sources, colored: colored).render(diagnostics) + "\n"
    }

    /// Times `body` when `:timing on`.
    package func timed(_ body: () -> ReplReply) -> ReplReply {
        guard timing else { return body() }
        let clock = ContinuousClock()
        var reply = ReplReply()
        let elapsed = clock.measure { reply = body() }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        reply.output += String(format: "time: %.1f ms\n", ms)
        return reply
    }
}

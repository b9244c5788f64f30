import ArgumentParser
import Foundation
import RapportCore

/// The command line's one place for problems, stages and exit codes. Every error and warning a
/// command reports is a ``Diagnostic`` with a code (`docs/diagnostics.md`); they are rendered
/// on standard error, coloured when standard error is a terminal (whatever standard output
/// is), and an error ends the command with exit status 2. The command's stages run through
/// ``pipeline``; with `--timings`, ``finish()`` prints what each took.
final class Frontend {
    /// `--color`.
    let color: ColorChoice
    /// `--timings`.
    let showTimings: Bool
    /// The stages run so far.
    var pipeline = Pipeline()

    init(color: ColorChoice = .auto, timings: Bool = false) {
        self.color = color
        showTimings = timings
    }

    /// Renders `diagnostics` on standard error, then `summary` on a line of its own.
    func show(_ diagnostics: [Diagnostic], sources: SourceMap = SourceMap(), summary: String? = nil) {
        // A blank line after the diagnostics sets them apart from what follows.
        var text = diagnostics.isEmpty ? "" : DiagnosticRenderer(sources: sources, colored: color.enabledForStderr).render(diagnostics) + "\n"
        if let summary { text += TerminalText.escaped(summary) + "\n" }
        if !text.isEmpty { Terminal.err(text) }
    }

    /// Shows `diagnostics` and gives the exit status that ends the command (throw it).
    func failure(_ diagnostics: [Diagnostic], sources: SourceMap = SourceMap(), summary: String? = nil) -> ExitCode {
        show(diagnostics, sources: sources, summary: summary)
        return ExitCode(2)
    }

    /// One error that has no place in a file.
    func failure(_ code: String, _ message: String, help: [String] = [], suggestion: String? = nil, path: String? = nil) -> ExitCode {
        failure([Diagnostic(.error, code: code, message: message, help: help, path: path).suggesting(suggestion)])
    }

    /// Prints the stages' times on standard error, when `--timings` asked for them.
    func finish() {
        if showTimings { Terminal.err(pipeline.timings.render()) }
    }

    /// The rule set at `path` (the shipped pack when nil), checked; its errors end the command.
    func rules(at path: String?) throws -> CheckResult {
        let result = pipeline.rules(at: path)
        if result.diagnostics.hasErrors {
            let errors = result.diagnostics.filter { $0.severity == .error }
            throw failure(errors, sources: result.sources,
                          summary: "the rules in \(path ?? "the shipped pack") have \(plural(errors.count, "error")); run `rapport check` for details")
        }
        return result
    }

    /// The `--param name=value` options read against `rules`; a mistake ends the command.
    func params(_ arguments: [String], rules: CheckResult) throws -> [String: Value] {
        var values: [String: Value] = [:]
        var sources = rules.sources
        var problems: [Diagnostic] = []
        for argument in arguments {
            let (value, diagnostics) = ParamOverride.parse(argument, params: rules.checked.params, sources: &sources)
            if let value { values[value.name] = value.value }
            problems += diagnostics
        }
        if !problems.isEmpty { throw failure(problems, sources: sources) }
        return values
    }

    /// The portfolio at `path`, read whole; a file that does not load ends the command.
    func portfolio(at path: String, bytes: [UInt8]? = nil) throws -> (Portfolio, SourceMap) {
        var sources = SourceMap()
        let load = bytes.map { pipeline.portfolio(bytes: $0, path: path, sources: &sources) }
            ?? pipeline.portfolio(at: path, sources: &sources)
        guard let portfolio = load.portfolio else {
            let errors = load.diagnostics.filter { $0.severity == .error }.count
            throw failure(load.diagnostics, sources: sources, summary: "\(path) was not loaded: \(plural(errors, "error"))")
        }
        return (portfolio, sources)
    }

    /// The snoozes for the portfolio at `path` from `source`; a snooze file with problems ends
    /// the command.
    func snoozes(_ source: BatchLint.Snoozes, for path: String, rules: CheckResult) throws -> [Snooze] {
        var sources = SourceMap()
        let (entries, problems) = pipeline.snoozes(source, for: path, ruleIDs: rules.checked.rules.map(\.id), sources: &sources)
        if !problems.isEmpty {
            throw failure(problems, sources: sources,
                          summary: "the snooze file beside \(path) cannot be used: \(plural(problems.count, "error"))")
        }
        return entries
    }

    /// Ends the command with status 2 when subjects could not be evaluated (after the output of
    /// everything that could be judged), listing the first twenty.
    func checkEvaluation(_ errors: [EvaluationError]) throws {
        guard !errors.isEmpty else { return }
        var notes = errors.prefix(20).map(\.summary)
        if errors.count > 20 { notes.append("… and \(errors.count - 20) more (rapport lint --format json lists them all)") }
        throw failure([Diagnostic(.error, code: "eval.failed", message: "\(plural(errors.count, "subject")) could not be evaluated",
                                  notes: notes)])
    }

    /// No report is written over an input: `outputs` that are among `inputs` end the command.
    func refuseOutputsOverInputs(_ outputs: [String], inputs: [String], option: String) throws {
        for output in outputs {
            guard let clash = AtomicFile.clash(output: output, inputs: inputs) else { continue }
            throw failure("io.output_is_input", clash, help: ["choose another \(option) file"])
        }
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, CaseIterable, Sendable, ExpressibleByArgument {
    case auto, always, never

    /// Colour for what goes to standard output.
    var enabled: Bool { enabled(for: STDOUT_FILENO) }

    /// Colour for messages on standard error.
    var enabledForStderr: Bool { enabled(for: STDERR_FILENO) }

    /// `auto`: when the stream is a terminal and `NO_COLOR` is unset (https://no-color.org).
    private func enabled(for descriptor: Int32) -> Bool {
        switch self {
        case .auto: isatty(descriptor) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        case .always: true
        case .never: false
        }
    }
}

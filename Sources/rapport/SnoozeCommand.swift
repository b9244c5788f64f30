import ArgumentParser
import Foundation
import RapportCore

struct SnoozeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Leave a finding aside until a date agreed with the rep.",
        subcommands: [SnoozeAdd.self, SnoozeList.self]
    )
}

/// Where a snooze command reads and writes: `--snooze FILE` or the file beside `--portfolio`.
struct SnoozeTarget: ParsableArguments {
    @Option(help: "The portfolio the snooze is for: the subject is checked against it, and the file beside it is used.",
            completion: ShellCompletions.portfolio)
    var portfolio: String?

    @Option(help: "The snooze file (default: rapport.snooze.yaml beside --portfolio).")
    var snooze: String?

    func validate() throws {
        if portfolio == nil && snooze == nil { throw ValidationError("give --portfolio FILE or --snooze FILE") }
    }

    var path: String { snooze ?? SnoozeFile.path(besidePortfolio: portfolio!) }
}

struct SnoozeAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Append a snooze for one rule and one subject (written atomically).",
        discussion: """
        The rule must exist; with --portfolio, the subject must too (given by id or name; the id \
        is written) and --until must not be before the portfolio's as_of. Exit 2 otherwise.
        """
    )

    @Argument(help: "The rule id.", completion: ShellCompletions.rules)
    var rule: String

    @Argument(help: "The subject: its id, or its name.", completion: ShellCompletions.subjects)
    var subject: String

    @Option(help: "Why the finding is left aside (what was agreed).")
    var reason: String

    @Option(help: "The last day the snooze holds (YYYY-MM-DD).", transform: dateArgument)
    var until: CalendarDate

    @Option(help: "Who agreed to it (default: $USER).")
    var by: String?

    @Option(help: "A rule file or folder (default: the shipped pack).", completion: ShellCompletions.ruleFiles)
    var rules: String?

    @OptionGroup var target: SnoozeTarget

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason cannot be empty: say what was agreed") }
    }

    func run() throws {
        let frontend = Frontend()
        let ruleSet = try frontend.rules(at: rules)
        let loaded = try target.portfolio.map { try frontend.portfolio(at: $0).0 }
        let path = target.path
        var sources = SourceMap()
        let existingBytes: [UInt8]
        do {
            existingBytes = FileManager.default.fileExists(atPath: path) ? try FileReader.read(path) : []
        } catch {
            throw frontend.failure("io.unreadable", "cannot read \(path): \(error.reason)", path: path)
        }
        let (existing, problems) = SnoozeFile.load(path: path, sources: &sources)
        if !problems.isEmpty {
            throw frontend.failure(problems, sources: sources,
                                   summary: "the snooze file \(path) has \(plural(problems.count, "error")); fix it before adding to it")
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let (entry, refused) = SnoozeFile.addition(rule: rule, subject: subject, reason: reason, by: who, until: until,
                                                  rules: ruleSet.checked, portfolio: loaded, portfolioName: target.portfolio ?? "",
                                                  existing: existing)
        guard let entry else { throw frontend.failure(refused) }
        try AtomicFile.write(SnoozeFile.appending(entry, to: existingBytes), to: path)
        Terminal.out("snoozed \(rule) for \(entry.subject) until \(until) in \(path)\n")
    }
}

struct SnoozeList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the snoozes of a file, with those that have expired marked."
    )

    @Option(name: .customLong("as-of"), help: "The date to judge expiry by (default: the portfolio's as_of, else today).", transform: dateArgument)
    var asOf: CalendarDate?

    @OptionGroup var target: SnoozeTarget

    func run() throws {
        var sources = SourceMap()
        let (entries, problems) = SnoozeFile.load(path: target.path, sources: &sources, mustExist: true)
        let frontend = Frontend()
        if !problems.isEmpty { throw frontend.failure(problems, sources: sources) }
        var date = asOf
        if date == nil, let portfolio = target.portfolio { date = try frontend.portfolio(at: portfolio).0.asOf }
        let today = date ?? todayUTC()
        if entries.isEmpty { Terminal.out("\(target.path): no snoozes\n") }
        for entry in entries {
            let state = entry.isActive(on: today) ? "until \(entry.until)" : "EXPIRED \(entry.until)"
            Terminal.out("\(entry.rule) · \(entry.subject) · \(state) · \(entry.by): \(entry.reason) (\(entry.location))\n")
        }
    }
}

/// Today's date in UTC, for commands that judge dates without a portfolio.
func todayUTC() -> CalendarDate {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
}

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
    @Option(help: "The portfolio the snooze is for: the subject is checked against it, and the file beside it is used.")
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

    @Argument(help: "The rule id.")
    var rule: String

    @Argument(help: "The subject: its id, or its name.")
    var subject: String

    @Option(help: "Why the finding is left aside (what was agreed).")
    var reason: String

    @Option(help: "The last day the snooze holds (YYYY-MM-DD).")
    var until: CalendarDate

    @Option(help: "Who agreed to it (default: $USER).")
    var by: String?

    @Option(help: "A rule file or folder (default: the shipped pack).")
    var rules: String?

    @OptionGroup var target: SnoozeTarget

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason cannot be empty: say what was agreed") }
    }

    func run() throws {
        let ruleSet = try loadRulesOrExit(rules, color: .auto)
        let ids = ruleSet.checked.rules.map(\.id)
        guard let checked = ruleSet.checked.rule(rule) else {
            let hint = NameSuggester.suggest(rule, from: ids).map { "; did you mean `\($0)`?" } ?? ""
            Terminal.err("error: no rule is called `\(rule)`\(hint)\n")
            throw ExitCode(2)
        }
        var subjectID = subject
        if let portfolio = target.portfolio {
            let (loaded, _) = try loadPortfolioOrExit(portfolio, color: .auto)
            guard let found = SubjectLookup.find(subject, type: checked.subjectType, in: loaded) else {
                let hint = SubjectLookup.suggestion(subject, type: checked.subjectType, in: loaded).map { "; did you mean `\($0)`?" } ?? ""
                Terminal.err("error: \(portfolio) has no \(checked.subjectType.rawValue) `\(subject)` (rule `\(rule)` is about \(checked.subjectType.rawValue)s)\(hint)\n")
                throw ExitCode(2)
            }
            subjectID = found.id
            if until < loaded.asOf {
                Terminal.err("error: --until \(until) is before the portfolio's as_of (\(loaded.asOf)): the snooze would never hold\n")
                throw ExitCode(2)
            }
        }
        let path = target.path
        var sources = SourceMap()
        let existingBytes = FileManager.default.fileExists(atPath: path) ? try FileReader.read(path) : []
        let (existing, problems) = SnoozeFile.load(path: path, sources: &sources)
        if !problems.isEmpty {
            Terminal.err(DiagnosticRenderer(sources: sources, colored: ColorChoice.auto.enabledForStderr).render(problems) + "\n")
            Terminal.err("the snooze file \(path) has \(plural(problems.count, "error")); fix it before adding to it\n")
            throw ExitCode(2)
        }
        if let same = existing.first(where: { $0.rule == rule && $0.subject == subjectID && $0.until >= until }) {
            Terminal.err("error: \(same.location) already snoozes `\(rule)` for `\(subjectID)` until \(same.until)\n")
            throw ExitCode(2)
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let entry = Snooze(rule: rule, subject: subjectID, reason: reason, by: who, until: until)
        var bytes = existingBytes
        if bytes.isEmpty {
            bytes = Array("# Findings left aside until a date (rapport snooze add). Snoozed findings are hidden and counted.\n".utf8)
        } else if bytes.last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
        bytes += Array(SnoozeFile.entryText(entry).utf8)
        try AtomicFile.write(bytes, to: path)
        Terminal.out("snoozed \(rule) for \(subjectID) until \(until) in \(path)\n")
    }
}

struct SnoozeList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the snoozes of a file, with those that have expired marked."
    )

    @Option(name: .customLong("as-of"), help: "The date to judge expiry by (default: the portfolio's as_of, else today).")
    var asOf: CalendarDate?

    @OptionGroup var target: SnoozeTarget

    func run() throws {
        var sources = SourceMap()
        let (entries, problems) = SnoozeFile.load(path: target.path, sources: &sources, mustExist: true)
        if !problems.isEmpty {
            Terminal.err(DiagnosticRenderer(sources: sources, colored: ColorChoice.auto.enabledForStderr).render(problems) + "\n")
            throw ExitCode(2)
        }
        var date = asOf
        if date == nil, let portfolio = target.portfolio { date = try loadPortfolioOrExit(portfolio, color: .auto).0.asOf }
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

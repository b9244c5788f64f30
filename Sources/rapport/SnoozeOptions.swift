import ArgumentParser
import Foundation
import RapportCore

/// `--snooze FILE` and `--no-snoozes`, shared by `lint` and `coach`.
struct SnoozeOptions: ParsableArguments {
    @Option(help: "A snooze file for every portfolio (default: rapport.snooze.yaml beside each portfolio).")
    var snooze: String?

    @Flag(name: .customLong("no-snoozes"), help: "Show snoozed findings too.")
    var noSnoozes = false

    func validate() throws {
        if snooze != nil && noSnoozes { throw ValidationError("--snooze and --no-snoozes cannot be used together") }
    }

    /// Where the snoozes come from; a given file that cannot be read or names unknown rules
    /// ends the command (status 2).
    func source(rules: CheckResult, frontend: Frontend) throws -> BatchLint.Snoozes {
        if noSnoozes { return .none }
        guard let snooze else { return .besidePortfolio }
        var sources = SourceMap()
        let (entries, problems) = SnoozeFile.load(path: snooze, sources: &sources, mustExist: true)
        let all = problems + SnoozeFile.checkRules(entries, known: rules.checked.rules.map(\.id))
        if !all.isEmpty {
            throw frontend.failure(all, sources: sources, summary: "the snooze file \(snooze) cannot be used: \(plural(all.count, "error"))")
        }
        return .given(entries)
    }
}

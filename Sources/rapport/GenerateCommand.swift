import ArgumentParser
import Foundation
import RapportCore

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// A date option's value, or the reason it is not one ("February 2026 has 28 days").
func dateArgument(_ text: String) throws -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
        throw ValidationError(CalendarDate.problem(with: text) ?? "write the date as YYYY-MM-DD")
    }
    return date
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic synthetic portfolio shaped like a real B2B team.",
        discussion: """
        The same arguments always give the same bytes. About 35 accounts per rep; tiers key 10%, \
        growth 20%, core 40%, transactional 30%; each rep works in a relationship, steady or \
        transactional way, so the coaching rules find realistic, uneven problems. Output streams, \
        so a million accounts need little memory.
        """
    )

    @Option(help: "Number of accounts.")
    var accounts: Int

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"), help: "The portfolio's date, YYYY-MM-DD (default 2026-11-27, fixed so output is reproducible).", transform: dateArgument)
    var asOf: CalendarDate = CalendarDate(year: 2026, month: 11, day: 27)!

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard (0...10_000_000).contains(accounts) else { throw ValidationError("--accounts must be between 0 and 10,000,000") }
        // The generated history reaches about 15 years back and 2 years ahead of the date.
        guard asOf >= CalendarDate(year: 100, month: 1, day: 1)!, asOf <= CalendarDate(year: 9900, month: 12, day: 31)! else {
            throw ValidationError("--as-of must be between 0100-01-01 and 9900-12-31: the generated history reaches years around it")
        }
    }

    func run() throws {
        var generator = PortfolioGenerator(.init(accounts: accounts, seed: seed, asOf: asOf))
        if let output {
            let file = try AtomicFile(path: output)
            var writer = JSONStreamWriter { try file.write($0) }
            try generator.write(to: &writer)
            try file.commit()
        } else {
            var writer = JSONStreamWriter { FileHandle.standardOutput.write(Data($0)) }
            try generator.write(to: &writer)
        }
    }
}

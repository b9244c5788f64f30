import Foundation
import RapportCore

/// REPL lines on the example team: each input is a script of lines.
enum ReplTargets {
    static let pack = RuleSetChecker.checkShipped()
    static let team: Portfolio? = {
        var sources = SourceMap()
        return PortfolioLoader.load(bytes: Array(ExampleTeam.json.utf8), path: ExampleTeam.path, syntax: .json, sources: &sources).portfolio
    }()

    static func repl(_ bytes: [UInt8]) {
        guard let team else { return }
        // A fresh session per input (so an input replays alone), over rules and a team read once.
        let session = ReplSession.open(rules: pack, rulesPath: nil, portfolio: team, portfolioPath: ExampleTeam.path)
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Commands that touch files or the terminal are left out.
            // (The session trims the line before it reads a command, so the check does too.)
            let command = line.trimmingCharacters(in: .whitespaces)
            if ["save", "output", "load", "rules", "history"].contains(where: { command.hasPrefix(":" + $0) }) { continue }
            _ = session.submit(String(line))
        }
        _ = session.finish()
    }
}

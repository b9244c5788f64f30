import ArgumentParser
import Foundation
import RapportCore

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a portfolio: team, date, counts, tiers, activity range and reps.",
        discussion: "Use it to check an export at a glance. Exit status: 0 when the file loads, 2 when it does not."
    )

    @Argument(help: "A portfolio file (.json, .yaml or .yml).", completion: ShellCompletions.portfolio)
    var portfolio: String

    @Option(help: "Colour for error messages: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let (loaded, _) = try Frontend(color: color).portfolio(at: portfolio)
        // Names from the data, with their control characters made visible.
        Terminal.out(TerminalText.escaped(InspectText.render(PortfolioSummary(loaded)), keepLayout: true))
    }
}

/// The text layout of `rapport inspect`.
enum InspectText {
    static func render(_ s: PortfolioSummary) -> String {
        var out = "\(s.team)" + (s.manager.map { " (manager: \($0))" } ?? "") + "\n"
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        func row(_ label: String, _ value: String) { out += "  " + label.padding(toLength: 15, withPad: " ", startingAt: 0) + value + "\n" }
        row("as of", "\(s.asOf) (\(s.thisQuarter); fiscal year starts in \(months[s.fiscalYearStart - 1]))")
        row("currency", s.currency ?? "none")
        row("reps", count(s.reps))
        row("accounts", count(s.accounts) + "  (" + s.tiers.filter { $0.count > 0 }.map { "\($0.name) \(count($0.count))" }.joined(separator: ", ") + ")")
        row("growth plans", count(s.growthPlans))
        row("contacts", count(s.contacts))
        row("activities", count(s.activities) + (s.firstActivity.map { "  (\($0) to \(s.lastActivity!))" } ?? ""))
        row("opportunities", count(s.opportunities) + "  (\(count(s.openOpportunities)) open)")
        row("leads", count(s.leads))
        // What the portfolio lacks entirely: rules reading it cannot judge (docs/portfolio-loading.md).
        let missing = s.coverage.missing
        if !missing.isEmpty {
            row("no data on", missing.map(\.missingPhrase).joined(separator: ", "))
            out += "  " + String(repeating: " ", count: 15) + "(rules that read these cannot judge this portfolio)\n"
        }
        guard !s.repLines.isEmpty else { return out }
        out += "\n"
        let headers = ["rep", "id", "accounts", "key", "open deals", "leads"]
        let rows = s.repLines.map { [$0.name, $0.id, count($0.accounts), count($0.keyAccounts), count($0.openOpportunities), count($0.leads)] }
        out += table(headers, rows, rightAligned: [2, 3, 4, 5])
        return out
    }

    /// Thousands separated with commas: 12,345.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    static func table(_ headers: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return line(headers) + rows.map(line).joined()
    }
}

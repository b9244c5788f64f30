import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// What `rapport history` shows: per recorded run and rep, the open findings by severity, how
/// many were opened and fixed since the run before; the median days a fixed finding had been
/// open; the longest-open findings of the last run.
public struct HistorySummary: Sendable, Equatable {
    /// One rep (nil: the team) in one run.
    public struct Line: Sendable, Equatable {
        public let repID: String?
        public let repName: String?
        /// Open findings by severity, most severe first (critical … praise).
        public let bySeverity: [Int]
        public let opened: Int
        public let fixed: Int
    }

    /// One run.
    public struct RunLines: Sendable, Equatable {
        public let asOf: CalendarDate
        public let command: String
        public let lines: [Line]
    }

    /// A finding still open in the last run, and since when.
    public struct LongOpen: Sendable, Equatable {
        public let title: String
        public let subject: String
        public let repName: String?
        public let since: CalendarDate
        public let runs: Int
    }

    public let runs: [RunLines]
    /// Median days from first seen to fixed, over the findings fixed in the runs shown.
    public let medianDaysToFix: Double?
    public let fixedCount: Int
    public let longestOpen: [LongOpen]

    /// The summary of `store`, for one rep (id or name, any case) or all, from `since` on.
    public static func of(_ store: HistoryStore, rep: String? = nil, since: CalendarDate? = nil) throws(HistoryFailure) -> HistorySummary {
        let runs = try store.runs()
        var previous: [String: StoredFinding] = [:]
        var firstSeen: [String: (date: CalendarDate, runs: Int)] = [:]
        var result: [RunLines] = []
        var daysToFix: [Int] = []
        var last: [String: StoredFinding] = [:]
        let wanted = rep?.lowercased()
        func keep(_ finding: StoredFinding) -> Bool {
            guard let wanted else { return true }
            return finding.repID?.lowercased() == wanted || finding.repName?.lowercased() == wanted
        }
        for run in runs {
            let open = try store.findings(ofRun: run.id).filter { !$0.snoozed && keep($0) }
            let current = Dictionary(open.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
            for identity in current.keys {
                if previous[identity] == nil { firstSeen[identity] = (run.info.asOf, 1) } else { firstSeen[identity]?.runs += 1 }
            }
            // Praise that is no longer there was not a problem fixed.
            let fixedHere = previous.keys.filter { current[$0] == nil && previous[$0]?.severity != "praise" }
            let shown = since.map { run.info.asOf >= $0 } ?? true
            if shown {
                for identity in fixedHere {
                    if let first = firstSeen[identity] { daysToFix.append(Int(run.info.asOf.dayNumber) - Int(first.date.dayNumber)) }
                }
                var groups: [String: (id: String?, name: String?, findings: [StoredFinding], opened: Int, fixed: Int)] = [:]
                var order: [String] = []
                func group(_ finding: StoredFinding) -> String {
                    let key = finding.repID ?? ""
                    if groups[key] == nil {
                        groups[key] = (finding.repID, finding.repName, [], 0, 0)
                        order.append(key)
                    }
                    return key
                }
                for finding in open {
                    let key = group(finding)
                    groups[key]!.findings.append(finding)
                    if previous[finding.identity] == nil && !result.isEmpty && finding.severity != "praise" { groups[key]!.opened += 1 }
                }
                for identity in fixedHere {
                    guard let finding = previous[identity] else { continue }
                    groups[group(finding)]!.fixed += 1
                }
                let severities = Severity.allCases.reversed().map(\.rawValue)
                let lines = order.sorted { ($0.isEmpty ? "" : "~" + $0) < ($1.isEmpty ? "" : "~" + $1) }.map { key in
                    let entry = groups[key]!
                    return Line(repID: entry.id, repName: entry.name,
                                bySeverity: severities.map { severity in entry.findings.filter { $0.severity == severity }.count },
                                opened: entry.opened, fixed: entry.fixed)
                }
                result.append(RunLines(asOf: run.info.asOf, command: run.info.command, lines: lines))
            }
            previous = current
            last = current
        }
        let longest = last.values.compactMap { finding -> LongOpen? in
            guard finding.severity != "praise", let first = firstSeen[finding.identity] else { return nil }
            return LongOpen(title: finding.title, subject: finding.subjectName, repName: finding.repName, since: first.date, runs: first.runs)
        }.sorted { ($0.since, $1.runs, $0.subject, $0.title) < ($1.since, $0.runs, $1.subject, $1.title) }
        let sorted = daysToFix.sorted()
        let median: Double? = sorted.isEmpty ? nil : sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2])
            : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        return HistorySummary(runs: result, medianDaysToFix: median, fixedCount: daysToFix.count, longestOpen: Array(longest.prefix(5)))
    }

    /// The summary as text for people.
    public func render() -> String {
        guard !runs.isEmpty else { return "No run recorded (yet): `rapport coach --record PORTFOLIO` records one.\n" }
        let severities = Severity.allCases.reversed().map(\.rawValue)
        let names = runs.flatMap { $0.lines.map { line in line.repName.map { "\($0) (\(line.repID ?? ""))" } ?? "Team" } }
        let nameWidth = max(names.map(\.count).max() ?? 0, 4)
        var out = ""
        for run in runs {
            out += "\(run.asOf) (\(run.command))\n"
            for line in run.lines {
                let name = line.repName.map { "\($0) (\(line.repID ?? ""))" } ?? "Team"
                // "7 warning, 14 suggestion, 1 info": the severities that occur, most severe first.
                let counts = zip(severities, line.bySeverity).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
                out += "  " + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                    + (counts.isEmpty ? "nothing open" : counts.joined(separator: ", "))
                    + [line.opened > 0 ? "\(line.opened) new" : nil, line.fixed > 0 ? "\(line.fixed) fixed" : nil].compactMap { $0 }
                        .map { " · " + $0 }.joined() + "\n"
            }
            out += "\n"
        }
        if let medianDaysToFix {
            out += "Fixed: \(fixedCount) finding\(fixedCount == 1 ? "" : "s"), median \(JSONWriter.format(medianDaysToFix)) days from first seen to fixed.\n"
        } else {
            out += "Fixed: none yet.\n"
        }
        if !longestOpen.isEmpty {
            out += "Open longest:\n"
            for item in longestOpen {
                out += "  \(item.title) · \(item.subject)" + (item.repName.map { " (\($0))" } ?? "") + "\n"
                out += "    open since \(item.since), \(item.runs) run\(item.runs == 1 ? "" : "s") in a row\n"
            }
        }
        return TerminalText.escaped(out, keepLayout: true)
    }
}

extension String {
    /// The text right-aligned in `width` columns.
    package func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// The findings of one portfolio, with what produced them.
public struct LintReport: Sendable {
    /// The portfolio file.
    public let path: String
    public let team: String
    public let asOf: CalendarDate
    public let findings: [Finding]
    /// Findings at or above this severity make the run fail.
    public let failOn: Severity
    /// Number of rules run.
    public let rulesRun: Int
    /// Findings hidden by a snooze that holds on `asOf`.
    public var snoozed: [(finding: Finding, snooze: Snooze)] = []
    /// Snoozes whose date has passed (their findings show again).
    public var expiredSnoozes: [Snooze] = []
    /// Figures from the portfolio for charts, when a reporter asked for them.
    public var digest: PortfolioDigest?
    /// Subjects a rule could not be evaluated for (the run then exits 2).
    public var evaluationErrors: [EvaluationError] = []
    /// Rules that did not run because the portfolio lacks the data they read.
    public var notApplicable: [Applicability.NotApplicable] = []
    /// Those rules in a paragraph for people, when there are any.
    public var coverageSummary: String?
    /// How the findings compare with an earlier recorded run (`--record`, `--since`), when there is one.
    public var history: FindingHistory?
    /// Open findings (praise aside) per recorded run, by rep id ("" for the team), oldest first:
    /// the HTML report's trend.
    public var trend: [String: [(date: CalendarDate, open: Int)]] = [:]

    public init(path: String, team: String, asOf: CalendarDate, findings: [Finding], failOn: Severity, rulesRun: Int) {
        self.path = path
        self.team = team
        self.asOf = asOf
        self.findings = findings
        self.failOn = failOn
        self.rulesRun = rulesRun
    }

    /// The report of `findings` once `snoozes` are applied on `asOf`.
    public init(path: String, team: String, asOf: CalendarDate, findings: [Finding], snoozes: [Snooze],
                failOn: Severity, rulesRun: Int) {
        let outcome = SnoozeOutcome(findings, snoozes: snoozes, on: asOf)
        self.init(path: path, team: team, asOf: asOf, findings: outcome.kept, failOn: failOn, rulesRun: rulesRun)
        snoozed = outcome.snoozed
        expiredSnoozes = outcome.expired
    }

    /// The report with only the findings (and snoozed findings) `keep` accepts: `lint --rep`.
    public func keeping(_ keep: (Finding) -> Bool) -> LintReport {
        var copy = LintReport(path: path, team: team, asOf: asOf, findings: findings.filter(keep), failOn: failOn, rulesRun: rulesRun)
        copy.snoozed = snoozed.filter { keep($0.finding) }
        copy.expiredSnoozes = expiredSnoozes
        copy.digest = digest
        copy.evaluationErrors = evaluationErrors
        copy.notApplicable = notApplicable
        copy.coverageSummary = coverageSummary
        return copy
    }

    /// Findings at or above `failOn`.
    public var failing: Int { findings.count { $0.severity >= failOn } }

    /// Counts per severity, most severe first, leaving out zeros.
    public var severityCounts: [(Severity, Int)] {
        Severity.allCases.reversed().compactMap { severity in
            let count = findings.count { $0.severity == severity }
            return count > 0 ? (severity, count) : nil
        }
    }

    /// Findings grouped by coached rep (team-level findings first), each group most severe
    /// first, then by priority, then in rule and subject order.
    public var byRep: [(rep: Finding.Rep?, findings: [Finding])] { Self.byRep(findings) }

    /// `findings` grouped and ranked as ``byRep`` describes.
    public static func byRep(_ findings: [Finding]) -> [(rep: Finding.Rep?, findings: [Finding])] {
        var groups: [Int32: [Finding]] = [:]
        var team: [Finding] = []
        var reps: [Int32: Finding.Rep] = [:]
        for finding in findings {
            if let rep = finding.rep {
                groups[rep.index, default: []].append(finding)
                reps[rep.index] = rep
            } else {
                team.append(finding)
            }
        }
        func ranked(_ list: [Finding]) -> [Finding] {
            list.enumerated().sorted { a, b in
                if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
                if a.element.priority != b.element.priority { return a.element.priority > b.element.priority }
                return a.offset < b.offset
            }.map(\.element)
        }
        var result: [(Finding.Rep?, [Finding])] = team.isEmpty ? [] : [(nil, ranked(team))]
        for index in groups.keys.sorted() { result.append((reps[index], ranked(groups[index]!))) }
        return result
    }
}

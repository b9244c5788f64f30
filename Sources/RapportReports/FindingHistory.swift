import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

extension Finding {
    /// What makes a finding the same from one run to the next: the rule and its subject (a rule
    /// fires at most once per subject).
    public var identity: String { "\(rule)|\(subject.type.rawValue)|\(subject.id)" }
}

/// How the findings of a run compare with an earlier recorded run (`--record`, `--since`): which
/// are new, which were already open and since when, and what was fixed in between. The history
/// store computes it; the agenda and the reports show it.
public struct FindingHistory: Sendable, Equatable {
    /// A finding's state against the earlier run.
    public enum State: Sendable, Equatable {
        /// Not in the earlier run.
        case new
        /// Open in every recorded run since `since`, this one being the `times`-th.
        case open(since: CalendarDate, times: Int)

        /// `new`, `open since 13 Nov 2026 (3rd time)`.
        public var label: String {
            switch self {
            case .new: "new"
            case .open(let since, let times): "open since \(since) (\(Self.ordinal(times)) time)"
            }
        }

        private static func ordinal(_ n: Int) -> String {
            let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
            return "\(n)\(suffix)"
        }
    }

    /// A finding of the earlier run that this run no longer has: to praise.
    public struct Fixed: Sendable, Equatable {
        public let rule: String
        public let title: String
        public let subject: String
        public let repID: String?
        public let repName: String?

        public init(rule: String, title: String, subject: String, repID: String?, repName: String?) {
            self.rule = rule
            self.title = title
            self.subject = subject
            self.repID = repID
            self.repName = repName
        }
    }

    /// The date of the run compared with.
    public let since: CalendarDate
    /// Each finding's state, by ``Finding/identity``.
    public let states: [String: State]
    /// What was fixed since, in the earlier run's order.
    public let fixed: [Fixed]
    /// When each finding was first seen (``Finding/identity``), for reports.
    public let firstSeen: [String: CalendarDate]

    public init(since: CalendarDate, states: [String: State], fixed: [Fixed], firstSeen: [String: CalendarDate]) {
        self.since = since
        self.states = states
        self.fixed = fixed
        self.firstSeen = firstSeen
    }

    /// A point's state: new when every finding in it is; otherwise that of its oldest finding.
    public func state(of point: TalkingPoint) -> State? {
        let known = point.findings.compactMap { states[$0.identity] }
        guard !known.isEmpty else { return nil }
        var oldest: (since: CalendarDate, times: Int)?
        for case .open(let since, let times) in known where oldest.map({ since < $0.since }) ?? true { oldest = (since, times) }
        return oldest.map { .open(since: $0.since, times: $0.times) } ?? .new
    }
}

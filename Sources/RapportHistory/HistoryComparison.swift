import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

extension HistoryStore {
    /// Which recorded run a run is compared with.
    public enum Since: Sendable, Equatable {
        /// The last run recorded before this one's date.
        case last
        /// The last run on or before the date.
        case date(CalendarDate)
    }

    /// How `findings` of a run as of `asOf` compare with the recorded run `since` chooses: each
    /// new or open since when (and how many runs in a row), and what that run had that this one
    /// does not (fixed; a finding snoozed now is not fixed). Nil when no run is that early.
    public func compare(_ findings: [Finding], snoozed: [Finding] = [], asOf: CalendarDate,
                        since: Since = .last) throws(HistoryFailure) -> FindingHistory? {
        let earlier = try runs().filter { $0.info.asOf < asOf }
        let base: Run?
        switch since {
        case .last: base = earlier.last
        case .date(let date): base = earlier.last { $0.info.asOf <= date }
        }
        guard let base else { return nil }
        let chain = earlier.filter { $0.info.asOf <= base.info.asOf }
        var open: [[String: StoredFinding]] = []
        for run in chain {
            let stored = try self.findings(ofRun: run.id).filter { !$0.snoozed }
            open.append(Dictionary(stored.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        var states: [String: FindingHistory.State] = [:]
        var firstSeen: [String: CalendarDate] = [:]
        for finding in findings {
            let identity = finding.identity
            firstSeen[identity] = chain.indices.first { open[$0][identity] != nil }.map { chain[$0].info.asOf } ?? asOf
            guard open.last?[identity] != nil else {
                states[identity] = .new
                continue
            }
            var start = chain.count - 1
            while start > 0 && open[start - 1][identity] != nil { start -= 1 }
            states[identity] = .open(since: chain[start].info.asOf, times: chain.count - start + 1)
        }
        let now = Set((findings + snoozed).map(\.identity))
        // Praise that is no longer there was not a problem fixed.
        let fixed = try self.findings(ofRun: base.id).filter { !$0.snoozed && $0.severity != "praise" && !now.contains($0.identity) }.map {
            FindingHistory.Fixed(rule: $0.rule, title: $0.title, subject: $0.subjectName, repID: $0.repID, repName: $0.repName)
        }
        return FindingHistory(since: base.info.asOf, states: states, fixed: fixed, firstSeen: firstSeen)
    }
}

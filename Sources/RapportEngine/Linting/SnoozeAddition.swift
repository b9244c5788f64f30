import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

extension SnoozeFile {
    /// The entry `rapport snooze add` writes, checked: the rule exists; with a portfolio, the
    /// subject (an id or a name, any case) is in it and `until` is not before its date; and
    /// `existing` does not hold the same snooze until then or later. Nil with the diagnostics
    /// otherwise. `portfolioName` names the portfolio in messages.
    public static func addition(rule: String, subject: String, reason: String, by: String, until: CalendarDate,
                                rules: CheckedRuleSet, portfolio: Portfolio?, portfolioName: String = "the portfolio",
                                existing: [Snooze]) -> (Snooze?, [Diagnostic]) {
        let (found, unknownRule) = Lookup.rule(rule, in: rules)
        guard let checked = found else { return (nil, [unknownRule].compactMap { $0 }) }
        var subjectID = subject
        if let portfolio {
            let (match, unknownSubject) = Lookup.subject(subject, of: checked, in: portfolio, what: portfolioName)
            guard let match else { return (nil, [unknownSubject].compactMap { $0 }) }
            subjectID = match.id
            if until < portfolio.asOf {
                return (nil, [Diagnostic(.error, code: "snooze.past",
                                         message: "--until \(until) is before the portfolio's as_of (\(portfolio.asOf)): the snooze would never hold")])
            }
        }
        if let same = existing.first(where: { $0.rule == rule && $0.subject == subjectID && $0.until >= until }) {
            return (nil, [Diagnostic(.error, code: "snooze.duplicate",
                                     message: "\(same.location) already snoozes `\(rule)` for `\(subjectID)` until \(same.until)")])
        }
        return (Snooze(rule: rule, subject: subjectID, reason: reason, by: by, until: until), [])
    }

    /// The text of a snooze file with `entry` added at its end; a new file starts with a comment
    /// saying what it is.
    public static func appending(_ entry: Snooze, to bytes: [UInt8]) -> [UInt8] {
        var text = bytes
        if text.isEmpty {
            text = Array("# Findings left aside until a date (rapport snooze add). Snoozed findings are hidden and counted.\n".utf8)
        } else if text.last != UInt8(ascii: "\n") {
            text.append(UInt8(ascii: "\n"))
        }
        return text + Array(entryText(entry).utf8)
    }
}

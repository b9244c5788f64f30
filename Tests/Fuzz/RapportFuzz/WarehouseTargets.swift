import Foundation
import RapportCore

/// Rows as a warehouse sends them back for `lint --engine`: each line of the input is one row
/// (a JSON object; anything else is a row of no columns) of the query its `q` names, else of
/// the query at the line's position. Whatever the values (missing columns, wrong types, huge
/// numbers, unknown reps), the findings are made, ordered by rule, and every report and the
/// agenda are written; the chart figures take the same rows.
enum WarehouseTargets {
    static let pack = RuleSetChecker.checkShipped()
    static let program = SQLRuleCompiler.compile(pack.checked, dialect: .postgres)
    static let head = Portfolio.head(asOf: CalendarDate(iso: "2026-11-27")!, currency: "EUR", fiscalYearStart: 4, team: "Team",
                                     manager: nil, reps: [("r-01", "Dave Carter"), ("r-02", "Ana Ruiz"), ("r-01", "Twice")])

    static func rows(_ bytes: [UInt8]) {
        var made = SQLFindings(program, rules: pack, head: head)
        var objects: [[String: Any]] = []
        for (position, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
            let object = (try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])) as? [String: Any] ?? [:]
            objects.append(object)
            let named = (object["q"] as? Double).flatMap { Int(exactly: $0) } ?? position
            let query = ((named % program.queries.count) + program.queries.count) % program.queries.count
            made.add(query: query) { object[$0] }
        }
        let findings = made.findings()
        let order = Dictionary(uniqueKeysWithValues: program.queries.enumerated().map { ($1.rule, $0) })
        FuzzTargets.require(zip(findings, findings.dropFirst()).allSatisfy { order[$0.rule]! <= order[$1.rule]! },
                            "findings out of rule order")
        var report = LintReport(path: "postgres://fuzz@/db", team: "Team", asOf: head.asOf, findings: findings, failOn: .warning,
                                rulesRun: program.queries.count)
        report.digest = PortfolioDigest(head: head, asOf: head.asOf, activities: { add in
            for object in objects {
                guard let date = (object["date"] as? String).flatMap({ CalendarDate(iso: $0) }),
                      let kind = (object["kind"] as? String).flatMap(ActivityKind.init(rawValue:)) else { continue }
                add(Int32(clamping: (object["rep"] as? Double).flatMap { Int(exactly: $0) } ?? -1), kind, date,
                    (object["n"] as? Double).flatMap { Int(exactly: $0) }.map { min(max($0, 0), 1 << 20) } ?? 1)
            }
        }, keyRevenue: { add in
            for object in objects {
                guard let period = (object["period"] as? String).flatMap({ FiscalQuarter(iso: Array($0.utf8)) }) else { continue }
                add(Int32(clamping: (object["rep"] as? Double).flatMap { Int(exactly: $0) } ?? -1), period, object["amount"] as? Double ?? 0)
            }
        })
        let run = LintRun(reports: [report], rules: RuleInfo.list(pack.checked.rules, sources: pack.sources), failOn: .warning)
        for format in ReportFormat.allCases {
            format.reporter(colored: false, top: 3).write(run) { _ in }
        }
        _ = CoachingAgenda.render(CoachingAgenda.build(findings, top: 3), team: report.team, asOf: report.asOf)
    }
}

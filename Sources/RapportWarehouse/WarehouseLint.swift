import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports
import RapportSQL

/// Runs statements on a warehouse and hands each row back as the text of one JSON object.
protocol WarehouseSession: Sendable {
    /// Runs `statements` in order; `row` gets each row with its statement's position.
    func run(_ statements: [String], row: (Int, String) throws(WarehouseError) -> Void) async throws(WarehouseError)
}

/// `rapport lint --engine`: the rules compiled to SQL run where the data is, and their rows
/// come back as findings, the same as in process, for the same reports, agendas, snoozes and
/// history.
public enum WarehouseLint {
    /// What a run on a warehouse gives.
    public struct Run: Sendable {
        /// The portfolio's own values and reps, read from the warehouse.
        public let head: Portfolio
        /// The date the rules saw as today.
        public let asOf: CalendarDate
        /// In rule order, then subject order, as in process.
        public let findings: [Finding]
        /// The rules that could not judge: the warehouse lacks data they read.
        public let applicability: Applicability
        /// The HTML report's figures, when asked for.
        public let digest: PortfolioDigest?
        /// Rep ids that findings named but the reps table lacks (those findings go to the team).
        public let unknownReps: [String]
    }

    /// The findings of `rules` (those `options` select) on the warehouse `engine` names.
    public static func run(_ rules: CheckResult, options: LintOptions, on engine: WarehouseEngine,
                           digest wantsDigest: Bool = false) async throws(WarehouseError) -> Run {
        let session: any WarehouseSession = switch engine {
        case .postgres(let location): PostgresWarehouse(location: location)
        case .spark(let settings): SparkWarehouse(settings: settings)
        }
        let selected = LintEngine.selected(rules.checked, options)
        let program = SQLRuleCompiler.compile(rules.checked, dialect: engine.dialect, asOf: options.asOf, params: options.params)
        let selectedIDs = Set(selected.map(\.id))
        // A run that silently left a rule out would not be the same lint: each is an error.
        let refused = zip(program.leftOutRules, program.leftOut).filter { selectedIDs.contains($0.0) }
        if !refused.isEmpty {
            throw WarehouseError(refused.map { rule, diagnostic in
                var copy = diagnostic
                copy.help = ["leave it out with `--ignore \(rule)`, or lint a portfolio file in process"]
                return copy
            })
        }

        // One round (Spark starts its JVM once): the portfolio's own values, its reps and what
        // data it holds, then the rules and the chart figures. Rows come in statement order, so
        // the header is complete before the first finding is made.
        let running = program.keeping(selectedIDs)
        var header = Header()
        var made: SQLFindings?
        var headRead: Portfolio?
        let figures = wantsDigest ? DigestQueries(asOf: options.asOf) : nil
        var digestRows = DigestQueries.Rows()
        let first = Header.statements.count
        let ruleEnd = first + running.queries.count
        let statements = Header.statements + running.queries.map(\.sql) + (figures?.statements ?? [])
        try await session.run(statements) { (index: Int, text: String) throws(WarehouseError) in
            let object = try Self.object(text)
            if index < first {
                try header.add(index, object)
            } else if index < ruleEnd {
                if made == nil {
                    let read = try header.portfolio()
                    headRead = read
                    made = SQLFindings(running, rules: rules, head: read)
                }
                made?.add(query: index - first) { object[$0] }
            } else {
                digestRows.add(index - ruleEnd, object)
            }
        }
        let head = if let headRead { headRead } else { try header.portfolio() }
        let asOf = options.asOf ?? head.asOf
        // Rules that read data the warehouse lacks ran, but judge nothing: their rows are dropped.
        let applicability = LintEngine.applicability(rules.checked, options, coverage: header.coverage)
        let skipped = applicability.ruleIDs
        var findings = (made?.findings() ?? []).filter { !skipped.contains($0.rule) }
        if let only = options.onlyRep { findings = findings.filter { $0.rep?.index == only } }
        return Run(head: head, asOf: asOf, findings: findings, applicability: applicability,
                   digest: figures.map { $0.digest(digestRows, head: head, asOf: asOf) },
                   unknownReps: (made?.unknownReps ?? []).sorted())
    }

    /// One row's JSON object.
    static func object(_ text: String) throws(WarehouseError) -> [String: Any] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any] else {
            throw WarehouseError("warehouse.bad_row", "the warehouse sent a row Rapport cannot read: \(text.prefix(120))")
        }
        return object
    }
}

/// The portfolio's own row, its reps and which data sets it holds, read in one round.
struct Header {
    static let statements = [
        "SELECT as_of, currency, fiscal_year_start, team_name, manager FROM portfolio",
        "SELECT id, name, ordinal FROM reps",
        "SELECT " + DataSet.allCases.map { data in
            let (table, column) = RelationalLayout.source(of: data)
            let from = table + (column.map { " WHERE \($0) IS NOT NULL" } ?? "")
            return "(SELECT COUNT(*) FROM (SELECT 1 AS o FROM \(from) LIMIT 1) x) AS \(data.rawValue)"
        }.joined(separator: ", "),
    ]

    private var own: [[String: Any]] = []
    private var reps: [(id: String, name: String, ordinal: Double?)] = []
    private(set) var coverage = DataCoverage(present: [])

    mutating func add(_ statement: Int, _ row: [String: Any]) throws(WarehouseError) {
        switch statement {
        case 0: own.append(row)
        case 1:
            guard let id = row["id"] as? String, !id.isEmpty else {
                throw WarehouseError("warehouse.bad_row", "a row of the reps table has no id")
            }
            reps.append((id, row["name"] as? String ?? id, row["ordinal"] as? Double))
        default:
            coverage = DataCoverage(present: Set(DataSet.allCases.filter { ((row[$0.rawValue] as? Double) ?? 0) > 0 }))
        }
    }

    /// The portfolio's own values and its reps (by ordinal, then id), or why they cannot be read.
    func portfolio() throws(WarehouseError) -> Portfolio {
        guard own.count == 1, let row = own.first else {
            throw WarehouseError("warehouse.bad_portfolio_row", "the portfolio table holds \(own.count) rows; it must hold exactly one",
                                 help: ["it holds the portfolio's own values: as_of, currency, fiscal_year_start, team_name, manager (`rapport schema`)"])
        }
        guard let text = row["as_of"] as? String, let asOf = CalendarDate(iso: String(text.prefix(10))) else {
            throw WarehouseError("warehouse.bad_portfolio_row", "the portfolio table's as_of is not a date")
        }
        let start = (row["fiscal_year_start"] as? Double).map { Int(exactly: $0) ?? 0 } ?? 1
        guard (1...12).contains(start) else {
            throw WarehouseError("warehouse.bad_portfolio_row", "the portfolio table's fiscal_year_start is \(start), not a month from 1 to 12")
        }
        let ordered = reps.sorted { ($0.ordinal ?? .infinity, $0.id) < ($1.ordinal ?? .infinity, $1.id) }
        return Portfolio.head(asOf: asOf, currency: row["currency"] as? String, fiscalYearStart: start,
                              team: row["team_name"] as? String ?? "", manager: row["manager"] as? String,
                              reps: ordered.map { ($0.id, $0.name) })
    }
}

import RapportBase
import RapportModel
import RapportReports

/// The HTML report's figures from a warehouse: activities per rep, kind and month up to the
/// as-of date (a fiscal quarter is whole months), and the revenue of key-tier accounts per
/// owner and quarter, counted and summed where the data is.
struct DigestQueries {
    /// The date given instead of the portfolio's `as_of`.
    let asOf: CalendarDate?

    /// The rows the statements returned.
    struct Rows {
        var activities: [(rep: String?, kind: String, year: Int, month: Int, count: Int)] = []
        var revenue: [(owner: String?, period: String, amount: Double)] = []

        mutating func add(_ statement: Int, _ row: [String: Any]) {
            if statement == 0 {
                // Whole numbers in range only: a warehouse's value never traps the conversion.
                func whole(_ key: String) -> Int? { (row[key] as? Double).flatMap { Int(exactly: $0) }.flatMap { abs($0) < 1 << 40 ? $0 : nil } }
                guard let kind = row["kind"] as? String, let year = whole("y"), let month = whole("m"), let count = whole("n"), count >= 0 else { return }
                activities.append((row["rep_id"] as? String, kind, year, month, count))
            } else {
                guard let period = row["period"] as? String else { return }
                revenue.append((row["owner_id"] as? String, period, row["amount"] as? Double ?? 0))
            }
        }
    }

    var statements: [String] {
        let today = asOf.map { "DATE '\($0)'" } ?? "(SELECT as_of FROM portfolio)"
        return [
            "SELECT rep_id, kind, EXTRACT(YEAR FROM date) AS y, EXTRACT(MONTH FROM date) AS m, COUNT(*) AS n FROM activities "
                + "WHERE date <= \(today) GROUP BY rep_id, kind, EXTRACT(YEAR FROM date), EXTRACT(MONTH FROM date)",
            "SELECT a.owner_id, r.period, SUM(r.amount) AS amount FROM revenue r JOIN accounts a ON a.id = r.account_id "
                + "WHERE a.tier = 'key' GROUP BY a.owner_id, r.period",
        ]
    }

    /// The figures of the rows, for the portfolio `head` as of `asOf`.
    func digest(_ rows: Rows, head: Portfolio, asOf: CalendarDate) -> PortfolioDigest {
        let repIndex = head.repIndexByID
        return PortfolioDigest(head: head, asOf: asOf, activities: { add in
            for row in rows.activities {
                // The first of the month stands for the month: its quarter is the month's.
                guard let kind = ActivityKind(rawValue: row.kind), let month = CalendarDate(year: row.year, month: row.month, day: 1) else { continue }
                add(row.rep.flatMap { repIndex[$0] } ?? -1, kind, month, row.count)
            }
        }, keyRevenue: { add in
            for row in rows.revenue {
                guard let period = FiscalQuarter(iso: Array(row.period.utf8)) else { continue }
                add(row.owner.flatMap { repIndex[$0] } ?? -1, period, row.amount)
            }
        })
    }
}

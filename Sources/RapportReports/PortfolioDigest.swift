import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine

/// The figures behind the HTML report's charts, taken from a portfolio while it is in memory.
public struct PortfolioDigest: Sendable, Equatable {
    /// Activities of one kind per quarter, oldest quarter first.
    public struct Mix: Sendable, Equatable {
        public var counts: [ActivityKind: [Int]] = [:]
    }

    /// The quarters of the activity charts, oldest first, ending with the quarter of `as_of`.
    public let activityQuarters: [FiscalQuarter]
    /// The quarters of the revenue charts: the last eight complete ones (the current quarter's
    /// bookings are not in yet, so showing it would draw a fall that is not there).
    public let revenueQuarters: [FiscalQuarter]
    /// Per rep (in portfolio order), then the whole team last.
    public let activityMix: [Mix]
    /// Booked revenue of the rep's key-tier accounts per quarter; the whole team last.
    public let keyRevenue: [[Double]]
    /// Rep ids and names in portfolio order.
    public let reps: [(id: String, name: String)]
    /// The portfolio's currency code, if given.
    public let currency: String?

    /// `amount` as money in the portfolio's currency.
    public func money(_ amount: Double) -> String { ValueFormatter.money(amount, currency: currency) }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.activityQuarters == rhs.activityQuarters && lhs.revenueQuarters == rhs.revenueQuarters
            && lhs.activityMix == rhs.activityMix && lhs.keyRevenue == rhs.keyRevenue
            && lhs.reps.map(\.id) == rhs.reps.map(\.id)
    }

    /// Reads activities of the last 4 quarters and key-account revenue of the 8 before the current one.
    public init(_ portfolio: Portfolio, asOf: CalendarDate) {
        self.init(head: portfolio, asOf: asOf, activities: { add in
            for activity in portfolio.activities { add(activity.rep, activity.kind, activity.date, 1) }
        }, keyRevenue: { add in
            for entry in portfolio.revenue {
                let account = portfolio.accounts[Int(entry.account)]
                if account.tier == .key { add(account.owner, entry.period, entry.amount) }
            }
        })
    }

    /// The figures of a portfolio whose own values and reps `head` holds, from its activities
    /// (each: rep index or -1, kind, date, how many) and the revenue of its key-tier accounts
    /// (each: owner's index, quarter, amount), as `activities` and `keyRevenue` hand them over.
    package init(head portfolio: Portfolio, asOf: CalendarDate,
                 activities: ((Int32, ActivityKind, CalendarDate, Int) -> Void) -> Void,
                 keyRevenue: ((Int32, FiscalQuarter, Double) -> Void) -> Void) {
        let current = portfolio.quarter(of: asOf)
        func back(_ steps: Int, skipping skip: Int = 0) -> [FiscalQuarter] {
            // Quarters before the year 1 do not exist: the charts then cover fewer.
            (skip..<steps + skip).reversed().compactMap { offset in
                let total = current.year * 4 + (current.quarter - 1) - offset
                return total >= 4 ? FiscalQuarter(year: total / 4, quarter: total % 4 + 1) : nil
            }
        }
        activityQuarters = back(4)
        revenueQuarters = back(8, skipping: 1)
        let repCount = portfolio.reps.count
        var mix = Array(repeating: Mix(), count: repCount + 1)
        let activitySlot = Dictionary(uniqueKeysWithValues: activityQuarters.enumerated().map { ($1, $0) })
        let quarterCount = activityQuarters.count
        activities { rep, kind, date, count in
            guard date <= asOf, let slot = activitySlot[portfolio.quarter(of: date)] else { return }
            for target in [Int(rep), repCount] where target >= 0 && target <= repCount {
                mix[target].counts[kind, default: Array(repeating: 0, count: quarterCount)][slot] += count
            }
        }
        var revenue = Array(repeating: Array(repeating: 0.0, count: revenueQuarters.count), count: repCount + 1)
        let revenueSlot = Dictionary(uniqueKeysWithValues: revenueQuarters.enumerated().map { ($1, $0) })
        keyRevenue { owner, period, amount in
            guard let slot = revenueSlot[period] else { return }
            if owner >= 0 && Int(owner) < repCount { revenue[Int(owner)][slot] += amount }
            revenue[repCount][slot] += amount
        }
        activityMix = mix
        self.keyRevenue = revenue
        reps = portfolio.reps.map { (portfolio.string($0.id), portfolio.string($0.name)) }
        currency = portfolio.string(portfolio.currency)
    }
}

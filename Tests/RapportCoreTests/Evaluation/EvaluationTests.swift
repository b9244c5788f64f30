import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// Run-time semantics: missing values, dates and durations, quarters, aggregates.
final class EvaluationTests: XCTestCase {
    private static let portfolio: Portfolio = {
        var sources = SourceMap()
        return PortfolioLoader.load(path: Repo.path("Rules/fixtures/key_accounts.json"), sources: &sources).portfolio!
    }()

    /// Evaluates `expression` as a `let` of a rule over account `account` (a-1 is index 0).
    private func value(_ expression: String, account: Int32 = 0, prelude: String = "",
                       file: StaticString = #filePath, line: UInt = #line) -> Value {
        probe(expression, advice: "{v}", account: account, prelude: prelude, file: file, line: line).0
    }

    /// The advice rendered from `template` for account `account`.
    private func advice(_ template: String, account: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) -> String? {
        probe("1", advice: template, account: account, prelude: "", file: file, line: line).1
    }

    private func probe(_ expression: String, advice: String, account: Int32, prelude: String,
                       file: StaticString, line: UInt) -> (Value, String?) {
        let folder = TemporaryFolder()
        let path = folder.write("probe.rapport", """
            \(prelude)
            rule probe
              severity info
              for each account a
              let v = \(expression)
              advise "\(advice)"
            end
            """)
        let result = RuleSetChecker.check(path: path)
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics.filter { $0.severity == .error })
        guard rendered.isEmpty, let rule = result.checked.rules.first else {
            XCTFail(rendered, file: file, line: line)
            return (.missing, nil)
        }
        // Each probe runs on the typed path and on the general one: they must agree.
        let outcomes = [true, false].map { typed in
            let runtime = Runtime(portfolio: Self.portfolio, today: Self.portfolio.asOf,
                                  params: LintEngine.parameterValues(result.checked, options: LintOptions()),
                                  definitionCount: result.checked.definitions.count)
            defer { runtime.definitions.release() }
            let compiler = Compiler(runtime: runtime, checked: result.checked, typed: typed)
            let compiled = CompiledRule(rule: rule, compiler: compiler, sources: result.sources)
            let outcome = compiled.evaluateOne(account, memo: Memo(copying: compiler.memo), formatter: ValueFormatter(portfolio: Self.portfolio))
            return (outcome.lets[0].1, outcome.finding?.message)
        }
        XCTAssertEqual(outcomes[0].0, outcomes[1].0, "typed and general paths differ on \(expression)", file: file, line: line)
        XCTAssertEqual(outcomes[0].1, outcomes[1].1, "typed and general paths differ on \(advice)", file: file, line: line)
        return outcomes[0]
    }

    private func date(_ text: String) -> Value { .date(CalendarDate(iso: text)!) }

    func testMissingValues() {
        XCTAssertEqual(value("a.growth_plan.status", account: 1), .missing, "a field of a missing value is missing")
        XCTAssertEqual(value("a.growth_plan.status is missing", account: 1), .bool(true))
        XCTAssertEqual(value("a.employees > 3", account: 1), .bool(false), "comparison with missing is false")
        XCTAssertEqual(value("a.employees != 3", account: 1), .bool(false), "even !=: nothing is known")
        XCTAssertEqual(value("a.employees + 1", account: 1), .missing, "arithmetic with missing is missing")
        XCTAssertEqual(value("a.employees ?? 7", account: 1), .number(7))
        XCTAssertEqual(value("max([] ?? [1])"), .missing, "max of an empty list is missing")
        XCTAssertEqual(value("max(a.activities.date)", account: 2), .missing)
        XCTAssertEqual(value("sum([1, a.employees, 2])", account: 1), .number(3), "aggregates skip missing values")
        XCTAssertEqual(value("1 / 0"), .missing, "dividing by zero gives missing")
        XCTAssertEqual(value("a.potential > 0 and a.employees > 0", account: 1), .bool(false))
        XCTAssertEqual(value("first(a.opportunities)", account: 1), .missing)
    }

    func testDatesAndDurations() {
        XCTAssertEqual(value("2026-01-31 + 1 month"), date("2026-02-28"), "calendar months clamp")
        XCTAssertEqual(value("2024-02-29 + 1 year"), date("2025-02-28"))
        XCTAssertEqual(value("2026-11-27 - 2 weeks"), date("2026-11-13"))
        XCTAssertEqual(value("days(2026-11-27 - 2026-11-01)"), .number(26))
        XCTAssertEqual(value("days(3 months)"), .number(92), "months measured back from today (2026-08-27 to 2026-11-27)")
        XCTAssertEqual(value("90 days > 3 months"), .bool(false))
        XCTAssertEqual(value("2026-08-29 within last 90 days"), .bool(true), "both ends included")
        XCTAssertEqual(value("2026-08-28 within last 90 days"), .bool(false))
        XCTAssertEqual(value("2026-12-11 within next 2 weeks"), .bool(true))
        XCTAssertEqual(value("2026-12-12 within next 2 weeks"), .bool(false))
        XCTAssertEqual(value("2026-01-01 before 2026-01-02 and 2026-01-02 after 2026-01-01"), .bool(true))
        XCTAssertEqual(value("2 * 30 days"), .duration(Duration(days: 60)))
    }

    func testQuarters() {
        XCTAssertEqual(value("this_quarter"), .period(FiscalQuarter(year: 2026, quarter: 4)!))
        XCTAssertEqual(value("last_quarter"), .period(FiscalQuarter(year: 2026, quarter: 3)!))
        XCTAssertEqual(value("quarter(2026-02-01) < this_quarter"), .bool(true))
        XCTAssertEqual(value("last(a.revenue by period).period == last_quarter"), .bool(true))
    }

    func testAggregatesAndLists() {
        XCTAssertEqual(value("percentile([1, 2, 3, 4, 5], 90%)"), .number(4.6))
        XCTAssertEqual(value("median([5, 1, 3, 2])"), .number(2.5))
        XCTAssertEqual(value("avg([1, 2, 3, 6])"), .number(3))
        XCTAssertEqual(value("count(a.contacts where level == \"executive\")"), .number(2))
        XCTAssertEqual(value("(a.contacts by name desc).name"), .list([.text("Carla Rossi"), .text("Ben Ode"), .text("Ana Ruiz")]))
        XCTAssertEqual(value("take(a.contacts.name, 2)"), .list([.text("Ana Ruiz"), .text("Ben Ode")]))
        XCTAssertEqual(value("any c in a.contacts: c.department == \"IT\""), .bool(true))
        XCTAssertEqual(value("all c in a.contacts: c.level == \"executive\""), .bool(false))
        XCTAssertEqual(value("no c in a.contacts: c.level == \"staff\""), .bool(true))
        XCTAssertEqual(value("a.tier in [\"key\", \"growth\"] and a.tier not in [\"core\"]"), .bool(true))
        XCTAssertEqual(value("count(accounts)"), .number(7))
        XCTAssertEqual(value("count(accounts.contacts)"), .number(8), "a mapped list field is flattened")
        XCTAssertEqual(value("a.owner.name"), .text("Dave Carter"))
        XCTAssertEqual(value("count(a.owner.accounts)"), .number(7))
        XCTAssertEqual(value("round(2.345, 2) + abs(-1) + round(2.5)"), .number(2.35 + 1 + 3))
        XCTAssertEqual(value("upper(\"key\") + lower(\"X\")"), .text("KEYx"))
        XCTAssertEqual(value("contains(a.name, \"acme\") and starts_with(a.name, \"ACME\")"), .bool(true))
    }

    func testDefinesAndFunctions() {
        let prelude = """
            define account.lifetime = sum(revenue.amount)
            define account.double_lifetime = lifetime * 2
            define share(part, whole) = if whole == 0 then 0 else part / whole
            param factor = 3
            """
        XCTAssertEqual(value("a.lifetime", prelude: prelude), .number(860_000))
        XCTAssertEqual(value("a.double_lifetime", prelude: prelude), .number(1_720_000))
        XCTAssertEqual(value("share(1, 4) + share(1, 0) + factor", prelude: prelude), .number(3.25))
        XCTAssertEqual(value("max(accounts.lifetime)", prelude: prelude), .number(3_600_000))
    }

    func testTemplatesAndFormats() {
        XCTAssertEqual(advice("{a.potential as money} {0.25 as percent} {1234567.891 as number} {2026-07-02 as date} {a.contacts.name as list}"),
                       "€900,000 25% 1,234,567.89 2 Jul 2026 Ana Ruiz, Ben Ode and Carla Rossi")
        XCTAssertEqual(advice("{a.growth_plan.updated as date}; {a.employees}; {a.tier}; {a.owner}; {90 days}; {this_quarter}", account: 1),
                       "never; none; key; Dave Carter; 90 days; 2026-Q4")
        XCTAssertEqual(advice("{if a.tier == \"key\" then \"key {a.name}\" else \"other\"}"), "key Acme Corp")
        XCTAssertEqual(advice("{[\"Pilot\", \"Renewal\", \"Pilot\", \"Pilot\", \"Audit\", \"Renewal\"] as list}"),
                       "Pilot (3 times), Renewal (twice) and Audit", "a repeated name is said once, with how often")
        XCTAssertEqual(advice("{[\"Pilot\", \"Pilot\"] as list}"), "Pilot (twice)")
    }

    /// Amounts and dates are written as bytes; every currency, sign and size reads as before,
    /// and amounts beyond 64 bits are written, not trapped on.
    func testMoneyAndDatesWrittenAsBytes() {
        XCTAssertEqual(ValueFormatter.money(-1234.5, currency: "EUR"), "-€1,235")
        XCTAssertEqual(ValueFormatter.money(999, currency: "USD"), "$999")
        XCTAssertEqual(ValueFormatter.money(1_000_000, currency: "GBP"), "£1,000,000")
        XCTAssertEqual(ValueFormatter.money(42, currency: "CHF"), "CHF 42")
        XCTAssertEqual(ValueFormatter.money(0, currency: nil), "0")
        XCTAssertEqual(ValueFormatter.money(-7, currency: nil), "-7")
        XCTAssertEqual(ValueFormatter.money(1e20, currency: "EUR"), "€100000000000000000000")
        XCTAssertEqual(ValueFormatter.money(-1e20, currency: nil), "-100000000000000000000")
        let long = String(repeating: "X", count: 80)
        XCTAssertEqual(ValueFormatter.money(1500, currency: long), long + " 1,500")
        XCTAssertEqual(advice("{2026-01-05 as date}, {2026-12-31 as date}, {0999-03-10 as date}"), "5 Jan 2026, 31 Dec 2026, 10 Mar 999")
        XCTAssertEqual(advice("{a.potential * a.potential * a.potential as percent} {-0.5 as percent}"), "72900000000000000000% -50%")
    }

    /// Selection gives the ranks sorting would, on lists with many repeats and on edge shares.
    func testPercentileBySelectionMatchesSorting() {
        func bySorting(_ values: [Double], _ share: Double) -> Value {
            let sorted = values.sorted()
            let rank = min(max(share, 0), 1) * Double(sorted.count - 1)
            let lower = Int(rank.rounded(.down))
            let upper = min(lower + 1, sorted.count - 1)
            return .number(sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - Double(lower)))
        }
        var generator = SystemRandomNumberGenerator()
        for size in [1, 2, 3, 10, 101, 1000] {
            for spread in [1, 5, 1_000_000] {
                let values = (0..<size).map { _ in Double(Int.random(in: 0..<spread, using: &generator)) - Double(spread / 3) }
                for share in [0, 0.1, 0.25, 0.5, 0.9, 0.99, 1, 1.5, -1] {
                    XCTAssertEqual(Compiler.percentile(values, share), bySorting(values, share), "size \(size), spread \(spread), share \(share)")
                }
            }
        }
        XCTAssertEqual(Compiler.percentile([], 0.5), .missing)
    }

    func testThousandsSeparators() {
        let cases: [(Int64, String)] = [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (-1000, "-1,000"),
                                         (123_456, "123,456"), (-1_234_567, "-1,234,567"),
                                         (Int64.max, "9,223,372,036,854,775,807"), (Int64.min, "-9,223,372,036,854,775,808")]
        for (value, text) in cases { XCTAssertEqual(NumberText.grouped(value), text) }
    }
}

/// Every declared builtin, called with arguments of the kinds its signature names, checks and
/// evaluates (on both paths) to a value of its declared result type.
extension EvaluationTests {
    func testEveryDeclaredBuiltinEvaluatesToItsDeclaredType() {
        func argument(_ kind: BuiltinParameterKind) -> String {
            switch kind {
            case .list, .numbers, .ordered: "[3, 1, 2]"
            case .value(.number, _): "2"
            case .value(.date, _): "today"
            case .value(.duration, _): "30 days"
            case .value(.text, _): "\"Abc\""
            case .value(let type, _): "(unexpected \(type))"
            }
        }
        for function in Builtins.functions {
            let call = "\(function.name)(\(function.parameters.map { argument($0.kind) }.joined(separator: ", ")))"
            let result = value(call)
            let fits: Bool
            switch (function.result, result) {
            case (.fixed(.number), .number), (.fixed(.boolean), .bool), (.fixed(.text), .text), (.fixed(.period), .period),
                 (.element, .number), (.firstArgument, .list):
                fits = true
            default:
                fits = false
            }
            XCTAssertTrue(fits, "\(call) gave \(result), declared \(function.result)")
        }
    }
}

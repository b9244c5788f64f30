import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// ``JSONReporter`` writes findings straight from their packed texts: the bytes must be those of
/// the documented schema written as a tree (``tree(_:portfolio:)``, from the finding's public
/// accessors) for every kind of finding.
final class JSONReporterTests: XCTestCase {
    /// `portfolios` holds the findings of each portfolio of one run.
    private func assertWrittenAsTree(_ portfolios: [[Finding]], _ message: String, line: UInt = #line) {
        let paths = portfolios.indices.map { $0 == 0 ? "team \"x\".json" : "team \($0).json" }
        let run = LintRun(reports: zip(paths, portfolios).map { path, findings in
            LintReport(path: path, team: "t", asOf: CalendarDate(year: 2026, month: 1, day: 1)!, findings: findings,
                       failOn: .warning, rulesRun: 1)
        }, rules: [], failOn: .warning)
        let once = JSONReporter.EscapedTexts(run)
        for (number, findings) in portfolios.enumerated() {
            // With what the findings share escaped once, and without (escaped on the spot).
            let ways = [(once, once.reports[number]), (JSONReporter.EscapedTexts(), JSONReporter.EscapedTexts.Report(path: paths[number]))]
            for (escaped, report) in ways {
                for pretty in [true, false] {
                    for finding in findings {
                        var writer = JSONWriter(indent: pretty ? 2 : nil)
                        JSONReporter.write(finding, report: report, escaped: escaped, into: &writer)
                        var tree = JSONWriter(indent: pretty ? 2 : nil)
                        tree.value(Self.tree(finding, portfolio: paths[number]))
                        if writer.bytes != tree.bytes {
                            XCTFail("\(message): \(finding.rule) on \(finding.subject.id):\n\(String(decoding: writer.bytes, as: UTF8.self))\n"
                                    + "expected\n\(String(decoding: tree.bytes, as: UTF8.self))", line: line)
                            return
                        }
                    }
                }
            }
        }
    }

    func testShippedPackAndProbeFindings() throws {
        let portfolio = try generatedPortfolio(300, seed: 4)
        let pack = RuleSetChecker.checkShipped()
        let packFindings = LintEngine.run(pack.checked, on: portfolio, sources: pack.sources)
        XCTAssertGreaterThan(Set(packFindings.map(\.rule)).count, 15)
        assertWrittenAsTree([packFindings], "pack")
        let probe = RuleSetChecker.check(path: Repo.path("Tests/Fixtures/rules/typed-probe.rapport"))
        let probeFindings = LintEngine.run(probe.checked, on: portfolio, sources: probe.sources)
        XCTAssertGreaterThan(probeFindings.count, 300)
        assertWrittenAsTree([probeFindings], "probe")
    }

    /// Titles and rationales of the finding's own (holes filled per subject), none at all,
    /// texts that need escapes, a team-level finding without evidence.
    func testOwnTitlesRationalesAndEscapes() {
        let origin = Finding.Origin(rule: "r", severity: .warning, title: "Rule title", tags: ["a", "b\"c"],
                                    rationale: "Because", location: .init(file: "x.rapport", line: 3, column: 1),
                                    evidenceNames: ["days", "note \\ name"])
        let subject = Finding.Subject(type: .account, id: "a-1", name: "Café \"Ünïcode\"\n\u{2028}", index: 0)
        let rep = Finding.Rep(id: "r-1", name: "Ana", index: 0)
        var findings: [Finding] = []
        for title in ["Rule title", "Own \t title"] {
            for rationale: String? in ["Because", "Own because", nil] {
                findings.append(Finding(origin: origin, title: title, message: "Line one\nline \u{01} two", rationale: rationale,
                                        subject: subject, rep: rep, evidence: ["12", "\\ é"], priority: 2.5))
            }
        }
        // Another portfolio's rep under the same number (reps are numbered per portfolio).
        let other = Finding(origin: origin, title: "Rule title", message: "m", rationale: nil, subject: subject,
                            rep: Finding.Rep(id: "r-1", name: "Ana \"two\"", index: 0), evidence: ["1", "2"], priority: 1)
        let team = Finding(rule: "t", severity: .praise, title: "Team", tags: [], message: "m", rationale: nil,
                           subject: .init(type: .team, id: "", name: "Team", index: 0), rep: nil,
                           location: .init(file: "y", line: 1, column: 2), evidence: [], priority: 0)
        assertWrittenAsTree([findings + [team], [other, team]], "made by hand")
    }

    /// A finding as a `findings[]` object of `docs/lint-json.md`, field by field.
    static func tree(_ f: Finding, portfolio: String) -> JSONValue {
        let subject = f.subject
        return .object([
            ("portfolio", .string(portfolio)),
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("title", .string(f.title)),
            ("message", .string(f.message)),
            ("rationale", f.rationale.map(JSONValue.string) ?? .null),
            ("subject", .object([("type", .string(subject.type.rawValue)), ("id", .string(subject.id)),
                                 ("name", .string(subject.name))])),
            ("rep", f.rep.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("location", .object([("file", .string(f.location.file)), ("line", .number(Double(f.location.line))),
                                  ("column", .number(Double(f.location.column)))])),
            ("evidence", .object(f.evidence.map { ($0.name, .string($0.value)) })),
            ("priority", .number(f.priority)),
            ("tags", .array(f.tags.map(JSONValue.string))),
        ])
    }
}

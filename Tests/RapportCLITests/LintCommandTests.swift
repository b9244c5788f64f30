import Foundation
import XCTest

final class LintCommandTests: XCTestCase {
    func testTextReportOnTheExampleTeam() throws {
        let result = try CLI.run(["lint", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 1, "warnings are at the default --fail-on")
        assertCLIGolden(result.stdout, "lint/northwind-team.txt")
    }

    func testJSONReport() throws {
        let result = try CLI.run(["lint", "--format", "json", "--rules", "Rules", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "lint/key_accounts.json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        let keys = Set(findings.first?.keys.map { $0 } ?? [])
        XCTAssertTrue(keys.isSuperset(of: ["rule", "severity", "title", "message", "rationale", "subject", "rep", "location", "evidence", "priority"]))
    }

    func testShippedPackWorksOutsideTheRepository() throws {
        let elsewhere = NSTemporaryDirectory()
        let result = try CLI.run(["lint", "--select", "multi_threaded_growth", CLI.repoRoot + "/Examples/northwind-team.json"],
                                 directory: elsewhere)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Key account run as a relationship"), result.stdout)
    }

    func testFailOnMinSeveritySelectAndIgnore() throws {
        let praiseOnly = try CLI.run(["lint", "--select", "praise", "Examples/northwind-team.json"])
        XCTAssertEqual(praiseOnly.status, 0, "praise alone does not fail the run")
        XCTAssertFalse(praiseOnly.stdout.contains("warning "))
        let strict = try CLI.run(["lint", "--select", "praise", "--fail-on", "praise", "Examples/northwind-team.json"])
        XCTAssertEqual(strict.status, 1)
        let serious = try CLI.run(["lint", "--min-severity", "warning", "--ignore", "key_accounts", "Examples/northwind-team.json"])
        XCTAssertFalse(serious.stdout.contains("suggestion "))
        XCTAssertFalse(serious.stdout.contains("key_account_without_growth_plan"))
    }

    func testParams() throws {
        let loose = try CLI.run(["lint", "--select", "unnurtured_lead", "--param", "nurture_gap=400 days", "--format", "json",
                                 "Examples/northwind-team.json"])
        XCTAssertEqual(loose.status, 0)
        XCTAssertTrue(loose.stdout.contains("\"findings\": 0"), loose.stdout)
        let unknown = try CLI.run(["lint", "--param", "nurture_gapp=3 days", "Examples/northwind-team.json"])
        XCTAssertEqual(unknown.status, 2)
        assertCLIGolden(unknown.stderr, "lint/unknown_param.stderr")
        let wrongType = try CLI.run(["lint", "--param", "nurture_gap=30", "Examples/northwind-team.json"])
        XCTAssertEqual(wrongType.status, 2)
        assertCLIGolden(wrongType.stderr, "lint/wrong_param_type.stderr")
    }

    func testAsOfMovesToday() throws {
        let later = try CLI.run(["lint", "--select", "unnurtured_lead", "--as-of", "2027-06-01", "--format", "json", "Rules/fixtures/leads.json",
                                 "--rules", "Rules"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["findings"] as? [Any])?.count, 4)
    }

    func testBrokenRulesAndPortfoliosExitTwo() throws {
        let brokenRules = try CLI.run(["lint", "--rules", "Grammar/corpus/invalid/unknown_field.rapport", "Examples/northwind-team.json"])
        XCTAssertEqual(brokenRules.status, 2)
        XCTAssertTrue(brokenRules.stderr.contains("type.unknown_field"), brokenRules.stderr)
        let brokenPortfolio = try CLI.run(["lint", "Tests/Fixtures/portfolios/invalid/unknown_level.json"])
        XCTAssertEqual(brokenPortfolio.status, 2)
        XCTAssertEqual(try CLI.run(["lint"]).status, 2)
        XCTAssertEqual(try CLI.run(["lint", "--select", "no_such_rule", "Examples/northwind-team.json"]).status, 2)
    }

    func testRapportTestCommand() throws {
        let passing = try CLI.run(["test", "Rules"])
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.hasSuffix(" failed\n"))
        let folder = NSTemporaryDirectory() + "rapport-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/fixtures", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/Rules/fixtures/key_accounts.json", toPath: folder + "/fixtures/k.json")
        try """
            rule tiered_key
              severity info
              for each account a
              when a.tier == "key"
              advise "{a.name}"
            end

            test tiered_key
              given "fixtures/k.json"
              expect 1 finding
            end
            """.write(toFile: folder + "/r.rapport", atomically: true, encoding: .utf8)
        let failing = try CLI.run(["test", "r.rapport"], directory: folder)
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stdout, """
            FAIL tiered_key  r.rapport:8
                 expected 1 finding, found 3
                 actual findings: a-1 (Acme Corp), a-2 (Bolt Ltd), a-4 (Dune Foods)
            1 test: 0 passed, 1 failed

            """)
    }
}

final class CoverageCommandTests: XCTestCase {
    func testShippedPackIsFullyCovered() throws {
        let result = try CLI.run(["test", "Rules", "--min-coverage", "100"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("coverage: 100% of 32 rules"), result.stdout)
    }

    func testSpecExamplesCoverageIsReportedAndGated() throws {
        let examples = CLI.repoRoot + "/../shared/spec/examples"
        guard FileManager.default.fileExists(atPath: examples) else { throw XCTSkip("no ../shared/spec/examples") }
        let result = try CLI.run(["test", "--min-coverage", "50", "examples"], directory: CLI.repoRoot + "/../shared/spec")
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "test/spec-examples-coverage.txt")
    }
}

final class MarkdownReportTests: XCTestCase {
    func testCoachingBriefGolden() throws {
        let result = try CLI.run(["lint", "--format", "markdown", "--rules", "Rules", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "lint/key_accounts.md")
    }

    func testDataIsEscaped() throws {
        let folder = NSTemporaryDirectory() + "rapport-md-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = try String(contentsOfFile: CLI.repoRoot + "/Rules/fixtures/key_accounts.json", encoding: .utf8)
            .replacingOccurrences(of: "\"Bolt Ltd\"", with: "\"<script>alert(1)</script> *Bolt* | Ltd\"")
        try fixture.write(toFile: folder + "/p.json", atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--format", "markdown", "--rules", "Rules", folder + "/p.json"])
        XCTAssertFalse(result.stdout.contains("<script>"), result.stdout)
        XCTAssertTrue(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*Bolt\\* \\| Ltd"), result.stdout)
    }
}

/// Issue #21's command line: the report format from the output's extension, folders that hold
/// other files, params and dates refused with the reason.
final class LintCommandLineTests: XCTestCase {
    /// A folder removed when the test ends.
    final class TemporaryDirectory {
        let path = NSTemporaryDirectory() + "rapport-cli-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    func testTheOutputsExtensionNamesItsFormat() throws {
        let folder = try TemporaryDirectory()
        for (name, start) in [("r.html", "<!DOCTYPE html>"), ("r.sarif", "{"), ("r.xml", "<?xml"), ("r.md", "# "), ("r.json", "{")] {
            let path = folder.path + "/" + name
            let result = try CLI.run(["lint", "-o", path, "Examples/northwind-team.json"])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(start), name)
        }
        // Either order: the --format after the output it names is that output's, not a second report.
        let html = folder.path + "/both.html"
        let after = try CLI.run(["lint", "-o", html, "--format", "html", "Examples/northwind-team.json"])
        XCTAssertEqual(after.status, 1, after.stderr)
        XCTAssertEqual(after.stdout, "", "nothing on standard output")
        XCTAssertTrue(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let contradiction = try CLI.run(["lint", "--format", "text", "-o", folder.path + "/x.html", "Examples/northwind-team.json"])
        XCTAssertEqual(contradiction.status, 2)
        XCTAssertTrue(contradiction.stderr.contains("ends in .html (html), but --format text was given for it"), contradiction.stderr)
    }

    func testAFolderSkipsFilesThatAreNotPortfolios() throws {
        let result = try CLI.run(["lint", "--format", "json", "Examples"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, """
            note[io.not_a_portfolio]: Examples/maven-crm.mapping.yaml is not a portfolio (it does not name the format `rapport-portfolio/1`): skipped


            """)
    }

    func testAShareGivenWithoutItsPercentSignIsRefusedWithTheFix() throws {
        let result = try CLI.run(["lint", "--param", "key_percentile=95", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 2)
        assertCLIGolden(result.stderr, "lint/param-share-without-percent.stderr")
        XCTAssertEqual(try CLI.run(["lint", "--param", "key_percentile=95%", "Examples/northwind-team.json"]).status, 1)
        XCTAssertEqual(try CLI.run(["lint", "--param", "key_percentile=0.95", "Examples/northwind-team.json"]).status, 1, "a share as a fraction")
    }

    func testDatesAreRefusedWithTheReason() throws {
        for (date, reason) in [("2026-02-30", "February 2026 has 28 days"), ("2024-02-30", "February 2024 has 29 days"),
                               ("2026-13-01", "there is no month 13"), ("yesterday", "write the date as YYYY-MM-DD")] {
            let result = try CLI.run(["lint", "--as-of", date, "Examples/northwind-team.json"])
            XCTAssertEqual(result.status, 2, date)
            XCTAssertTrue(result.stderr.contains(reason), result.stderr)
        }
    }
}

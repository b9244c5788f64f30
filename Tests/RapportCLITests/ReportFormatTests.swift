import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Every `rapport lint --format` against its golden, on the key-account fixture with the repository's rules.
final class ReportFormatTests: XCTestCase {
    let fixture = ["--rules", "Rules", "Rules/fixtures/key_accounts.json"]

    func lint(_ format: String, _ extra: [String] = []) throws -> CLI.Result {
        let result = try CLI.run(["lint", "--format", format] + extra + fixture)
        XCTAssertEqual(result.status, 1, "the fixture has warnings: \(result.stderr)")
        return result
    }

    func testEveryFormatHasItsGolden() throws {
        for (format, golden) in [("text", "key_accounts.txt"), ("json", "key_accounts.json"), ("sarif", "key_accounts.sarif"),
                                 ("junit", "key_accounts.junit.xml"), ("markdown", "key_accounts.md"), ("html", "key_accounts.html")] {
            assertCLIGolden(try lint(format).stdout, "lint/" + golden)
        }
    }

    func testSARIFFollowsTheSchema() throws {
        let document = try JSONSerialization.jsonObject(with: Data(try lint("sarif").stdout.utf8))
        XCTAssertEqual(SARIFSchema.check(document), [])
        let log = try XCTUnwrap(document as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, 32, "every rule that ran is described")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        let first = results[0]
        let location = try XCTUnwrap((first["locations"] as? [[String: Any]])?.first)
        let logical = try XCTUnwrap((location["logicalLocations"] as? [[String: Any]])?.first)
        XCTAssertNotNil(logical["name"] as? String)
        let region = try XCTUnwrap((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        XCTAssertGreaterThan(region["startLine"] as? Int ?? 0, 0)
        let properties = try XCTUnwrap(first["properties"] as? [String: Any])
        XCTAssertNotNil(properties["severity"], "the original severity is kept")
    }

    func testTheSchemaCheckCatchesMistakes() {
        // The check must be able to fail: a wrong level, an unknown property, a missing message.
        let broken: [String: Any] = ["version": "2.1.0", "runs": [[
            "tool": ["driver": ["name": "rapport", "rules": [["id": "r"]]]],
            "results": [["ruleId": "r", "ruleIndex": 3, "level": "suggestion", "colour": "red"]],
        ]]]
        let problems = SARIFSchema.check(broken)
        XCTAssertTrue(problems.contains { $0.contains("not one of") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("no property colour") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("requires message") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("ruleIndex 3") }, "\(problems)")
    }

    func testJUnitIsWellFormedWithASuitePerPortfolioAndACasePerRule() throws {
        let result = try CLI.run(["lint", "--format", "junit", "--rules", "Rules", "Rules/fixtures/key_accounts.json",
                                  "Tests/Fixtures/portfolios/hostile_names.json", "missing.json"])
        XCTAssertEqual(result.status, 2, "a missing file is exit 2")
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        XCTAssertEqual(suites.count, 3)
        XCTAssertEqual(try document.nodes(forXPath: "/testsuites/testsuite[1]/testcase").count, 32)
        XCTAssertEqual(try document.nodes(forXPath: "/testsuites/testsuite[3]/testcase/error").count, 1)
        let failures = try document.nodes(forXPath: "/testsuites/testsuite[1]//failure").count
        XCTAssertGreaterThan(failures, 0)
    }

    func testHTMLEscapesEverythingFromTheData() throws {
        let result = try CLI.run(["lint", "--format", "html", "--rules", "Rules", "Tests/Fixtures/portfolios/hostile_names.json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let html = result.stdout
        XCTAssertFalse(html.contains("<script"), "no script element from the data")
        XCTAssertFalse(html.contains("<img"), "no image element from the data")
        XCTAssertFalse(html.contains("<b>bold"), "no markup from the data")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name renders as text")
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "nothing is fetched from the network")
        XCTAssertTrue(html.contains("<svg"), "charts are inline SVG")
        let markdown = try CLI.run(["lint", "--format", "markdown", "--rules", "Rules", "Tests/Fixtures/portfolios/hostile_names.json"]).stdout
        XCTAssertFalse(markdown.contains("<script"))
        XCTAssertFalse(markdown.contains("<img"))
    }

    func testSeveralFormatsInOneRun() throws {
        let folder = NSTemporaryDirectory() + "rapport-formats-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["lint", "--format", "sarif", "--output", folder + "/a.sarif", "--format", "text",
                                  "-f", "junit", "-o", folder + "/b.xml"] + fixture)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, try lint("text").stdout, "the format without --output goes to standard output")
        XCTAssertEqual(try String(contentsOfFile: folder + "/a.sarif", encoding: .utf8), try lint("sarif").stdout)
        XCTAssertEqual(try String(contentsOfFile: folder + "/b.xml", encoding: .utf8), try lint("junit").stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !["a.sarif", "b.xml"].contains($0) }
        XCTAssertEqual(leftovers, [], "atomic writes leave no temporary files")
    }

    func testOutputPairingMistakesAreUsageErrors() throws {
        let twoToStdout = try CLI.run(["lint", "--format", "text", "--format", "json"] + fixture)
        XCTAssertEqual(twoToStdout.status, 2)
        XCTAssertTrue(twoToStdout.stderr.contains("only one report can go to standard output"), twoToStdout.stderr)
        // Two --outputs without a --format are two text reports; the same file twice is refused.
        let sameFile = try CLI.run(["lint", "--output", "/tmp/rapport-x.txt", "--output", "/tmp/rapport-x.txt"] + fixture)
        XCTAssertEqual(sameFile.status, 2)
        XCTAssertTrue(sameFile.stderr.contains("the same --output file"), sameFile.stderr)
        let unwritable = try CLI.run(["lint", "--format", "json", "--output", "/nonexistent-folder/x.json"] + fixture)
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.stderr.contains("/nonexistent-folder/x.json"), unwritable.stderr)
    }
}

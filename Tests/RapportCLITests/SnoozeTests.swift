import Foundation
import XCTest

/// `rapport snooze add|list` and snoozes applied by `lint` and `coach`.
final class SnoozeTests: XCTestCase {
    var folder = ""
    var portfolio: String { folder + "/team.json" }
    var snoozeFile: String { folder + "/rapport.snooze.yaml" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-snooze-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/Rules/fixtures/key_accounts.json", toPath: portfolio)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(["lint", "--format", "json", "--rules", "Rules"] + arguments)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
    }

    func findings(_ object: [String: Any], rule: String) -> [String] {
        (object["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == rule }
            .compactMap { ($0["subject"] as? [String: Any])?["id"] as? String }
    }

    func testAddedSnoozeHidesTheFindingUntilItsDate() throws {
        let before = try json([portfolio])
        let subjects = findings(before, rule: "key_account_without_growth_plan")
        let subject = try XCTUnwrap(subjects.first)
        let add = try CLI.run(["snooze", "add", "key_account_without_growth_plan", subject, "--reason", "Revisit in January: \"new CFO\"",
                               "--until", "2027-01-15", "--by", "dana", "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(add.status, 0, add.stderr)
        let text = try String(contentsOfFile: snoozeFile, encoding: .utf8)
        XCTAssertTrue(text.contains("reason: \"Revisit in January: \\\"new CFO\\\"\""), text)

        let during = try json([portfolio])
        XCTAssertEqual(findings(during, rule: "key_account_without_growth_plan"), Array(subjects.dropFirst()))
        XCTAssertEqual((during["summary"] as? [String: Any])?["snoozed"] as? Int, 1)

        let after = try CLI.run(["lint", "--rules", "Rules", "--as-of", "2027-01-16", "--select", "key_account_without_growth_plan", portfolio])
        XCTAssertTrue(after.stdout.contains("snooze expired on 2027-01-15: key_account_without_growth_plan for \(subject) (dana: Revisit in January"),
                      after.stdout)
        XCTAssertEqual(findings(try json(["--as-of", "2027-01-16", portfolio]), rule: "key_account_without_growth_plan"), subjects)

        let everything = try json(["--no-snoozes", portfolio])
        XCTAssertEqual(findings(everything, rule: "key_account_without_growth_plan"), subjects)

        let coach = try CLI.run(["coach", "--rules", "Rules", portfolio])
        XCTAssertTrue(coach.stdout.contains("1 finding snoozed"), coach.stdout)

        let sarif = try CLI.run(["lint", "--format", "sarif", "--rules", "Rules", portfolio]).stdout
        XCTAssertTrue(sarif.contains("\"suppressions\""), "snoozed findings are suppressed results in SARIF")
        XCTAssertEqual(SARIFSchema.check(try JSONSerialization.jsonObject(with: Data(sarif.utf8))), [])

        let list = try CLI.run(["snooze", "list", "--portfolio", portfolio, "--as-of", "2027-02-01"])
        XCTAssertTrue(list.stdout.contains("EXPIRED 2027-01-15"), list.stdout)

        let again = try CLI.run(["snooze", "add", "key_account_without_growth_plan", subject, "--reason", "again", "--until", "2027-01-01",
                                 "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("already snoozes"), again.stderr)
    }

    func testAddRefusesWhatCannotHold() throws {
        let unknownRule = try CLI.run(["snooze", "add", "key_account_without_growth_pln", "a-1", "--reason", "x", "--until", "2027-01-01",
                                       "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(unknownRule.status, 2)
        XCTAssertTrue(unknownRule.stderr.contains("did you mean `key_account_without_growth_plan`?"), unknownRule.stderr)
        let unknownSubject = try CLI.run(["snooze", "add", "key_account_without_growth_plan", "nobody-here", "--reason", "x",
                                          "--until", "2027-01-01", "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(unknownSubject.status, 2)
        XCTAssertTrue(unknownSubject.stderr.contains("has no account `nobody-here`"), unknownSubject.stderr)
        let past = try CLI.run(["snooze", "add", "key_account_without_growth_plan", "a-1", "--reason", "x", "--until", "2020-01-01",
                                "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(past.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: snoozeFile), "nothing is written when the snooze is refused")
    }

    func testABrokenSnoozeFileStopsTheRunWithALocatedError() throws {
        let broken = """
        - rule: key_account_without_growth_pln
          subject: a-1
          reason: typo in the rule
          by: dana
          until: 2027-01-01
        - rule: key_account_without_growth_plan
          subjct: a-2
          reason: typo in a key
          by: dana
          until: 15/01/2027

        """
        try broken.write(toFile: snoozeFile, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--rules", "Rules", portfolio])
        XCTAssertEqual(result.status, 2)
        assertCLIGolden(result.stderr.replacingOccurrences(of: folder, with: "<tmp>"), "lint/broken_snooze.stderr")
    }
}

import Foundation
import XCTest

/// `rapport explain` pinned by goldens: a firing and a non-firing case of four shipped rules.
final class ExplainCommandTests: XCTestCase {
    private let cases: [(rule: String, subject: String, fixture: String)] = [
        ("key_account_without_growth_plan", "a-2", "key_accounts"), ("key_account_without_growth_plan", "a-1", "key_accounts"),
        ("proposal_in_isolation", "o-1", "deals"), ("proposal_in_isolation", "o-2", "deals"),
        ("unnurtured_lead", "l-2", "leads"), ("unnurtured_lead", "l-1", "leads"),
        ("numbers_only", "r-1", "reps"), ("numbers_only", "r-2", "reps"),
    ]

    func testFiringAndSilentCases() throws {
        for (rule, subject, fixture) in cases {
            let result = try CLI.run(["explain", "--rules", "Rules", rule, subject, "Rules/fixtures/\(fixture).json"])
            XCTAssertEqual(result.status, 0, result.stderr)
            assertCLIGolden(result.stdout, "explain/\(rule)-\(subject).txt")
        }
    }

    func testUnknownRuleOrSubject() throws {
        let rule = try CLI.run(["explain", "going_drak", "a-1", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(rule.status, 2)
        XCTAssertEqual(rule.stderr, "error[lookup.unknown_rule]: no rule is called `going_drak`\n  = help: did you mean `going_dark`?\n\n")
        let subject = try CLI.run(["explain", "going_dark", "o-1", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(subject.status, 2)
        XCTAssertTrue(subject.stderr.contains("error[lookup.unknown_subject]: Rules/fixtures/key_accounts.json has no account `o-1`"),
                      subject.stderr)
        // A subject may be given by name, as in the REPL's `:why` and `snooze add`.
        let named = try CLI.run(["explain", "going_dark", "acme corp", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(named.status, 0, named.stderr)
    }
}

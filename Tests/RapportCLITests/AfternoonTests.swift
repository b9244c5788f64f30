import Foundation
import XCTest

/// `REPL/transcripts/afternoon.txt` run by the real binary as a script, then the rule it saved
/// linted from the command line: the findings `:run` showed are the ones `lint` reports.
final class AfternoonTests: XCTestCase {
    func testTheRuleDraftedInTheAfternoonIsLinted() throws {
        let saved = "/tmp/rapport-afternoon.rapport"
        try? FileManager.default.removeItem(atPath: saved)
        defer { try? FileManager.default.removeItem(atPath: saved) }
        let transcript = try String(contentsOfFile: CLI.repoRoot + "/REPL/transcripts/afternoon.txt", encoding: .utf8)
        let inputs = transcript.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            for prompt in ["rapport> ", "   ...> "] where line.hasPrefix(prompt) { return String(line.dropFirst(prompt.count)) }
            return nil
        }
        let session = try CLI.run(["repl"], input: inputs.joined(separator: "\n") + "\n")
        XCTAssertEqual(session.status, 0, session.stderr)
        XCTAssertTrue(session.stdout.contains("slipping_big_deal: 5 findings"), session.stdout)
        let lint = try CLI.run(["lint", "--rules", saved, "--format", "json", "Examples/northwind-team.json"])
        XCTAssertEqual(lint.status, 1, lint.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.compactMap { ($0["subject"] as? [String: Any])?["id"] as? String },
                       ["o-0057", "o-0059", "o-0060", "o-0061", "o-0064"])
        XCTAssertEqual(try CLI.run(["check", saved]).status, 0, "the saved file checks on its own")
    }
}

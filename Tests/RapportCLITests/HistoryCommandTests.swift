import Foundation
import XCTest

/// Issue #22: three recorded 1:1s of a team whose portfolio changes between them, a recorder
/// killed at random points, and two recorders at once.
final class HistoryCommandTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "rapport-history-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// The example team, changed by `change`, as the team's file in the test's folder.
    private func writeTeam(_ change: (inout [[String: Any]]) -> Void = { _ in }) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLI.repoRoot + "/Examples/northwind-team.json"))
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        var accounts = try XCTUnwrap(root["accounts"] as? [[String: Any]])
        change(&accounts)
        root["accounts"] = accounts
        let path = folder + "/team.json"
        try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func shown(_ text: String) -> String { text.replacingOccurrences(of: folder, with: "TMP") }

    func testThreeRecordedOneOnOnes() throws {
        // First 1:1, two weeks before the example's date.
        var team = try writeTeam()
        let first = try CLI.run(["coach", "--record", "--as-of", "2026-11-13", team])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdout.contains("Compared with"), "nothing to compare with yet")
        // A week later Castell Foods SA has a growth plan, and a finding about Brenner is snoozed.
        let plan: [String: Any] = ["status": "active", "updated": "2026-11-18", "next_review": "2027-02-18", "target": 900000,
                                   "objectives": ["Grow the second site"], "actions": [["what": "Joint roadmap review", "due": "2027-01-15"]]]
        func planFor(_ id: String, _ accounts: inout [[String: Any]]) {
            if let index = accounts.firstIndex(where: { $0["id"] as? String == id }) { accounts[index]["growth_plan"] = plan }
        }
        team = try writeTeam { planFor("a-002", &$0) }
        let snooze = try CLI.run(["snooze", "add", "single_threaded_key_account", "a-001", "--reason", "sponsor named in January",
                                  "--until", "2027-01-31", "--portfolio", team])
        XCTAssertEqual(snooze.status, 0, snooze.stderr)
        let second = try CLI.run(["coach", "--record", "--as-of", "2026-11-20", "--rep", "r-01", team])
        XCTAssertEqual(second.status, 2, "one rep's agenda is not recorded")
        XCTAssertEqual(try CLI.run(["coach", "--record", "--as-of", "2026-11-20", team]).status, 0)
        // The third, on the example's own date: Brenner has a plan too, and Kessler became a key account.
        team = try writeTeam { accounts in
            planFor("a-002", &accounts)
            planFor("a-001", &accounts)
            if let index = accounts.firstIndex(where: { $0["id"] as? String == "a-005" }) { accounts[index]["tier"] = "key" }
        }
        let third = try CLI.run(["coach", "--record", "--rep", "r-01", "--all", team])
        XCTAssertEqual(third.status, 2)
        let agenda = try CLI.run(["coach", "--rep", "r-01", "--all", team])
        XCTAssertEqual(agenda.status, 0, agenda.stderr)
        assertCLIGolden(shown(agenda.stdout), "history/third-one-on-one-r-01.txt")
        XCTAssertTrue(agenda.stdout.contains("Compared with the 1:1 of 2026-11-20."))
        XCTAssertTrue(agenda.stdout.contains("· new"), "something new since")
        XCTAssertTrue(agenda.stdout.contains("open since 2026-11-13 (3rd time)"))
        XCTAssertTrue(agenda.stdout.contains("Fixed since 2026-11-20\n     - Key account handled with no growth plan: Brenner Maschinenbau GmbH"),
                      agenda.stdout)
        XCTAssertEqual(try CLI.run(["coach", "--record", team]).status, 0)
        let earlier = try CLI.run(["coach", "--rep", "r-01", "--since", "2026-11-13", team])
        XCTAssertTrue(earlier.stdout.contains("Compared with the 1:1 of 2026-11-13."), earlier.stdout)
        XCTAssertTrue(earlier.stdout.contains("Fixed since 2026-11-13"), "Castell's growth plan: \(earlier.stdout)")
        // The reports against the history: SARIF's baseline states, JSON's state and first_seen, the HTML trend.
        let sarif = try CLI.run(["lint", "--format", "sarif", "--since", "2026-11-13", team])
        XCTAssertEqual(sarif.status, 1, sarif.stderr)
        for state in ["\"baselineState\" : \"new\"", "\"baselineState\" : \"unchanged\"", "\"baselineState\" : \"absent\"",
                      "\"firstDetectionTimeUtc\" : \"2026-11-13T00:00:00Z\""] {
            XCTAssertTrue(sarif.stdout.replacingOccurrences(of: "\": ", with: "\" : ").contains(state), state)
        }
        let json = try CLI.run(["lint", "--format", "json", team])
        XCTAssertTrue(json.stdout.contains("\"state\": \"unchanged\""), json.stdout.prefix(2000).description)
        XCTAssertTrue(json.stdout.contains("\"first_seen\": \"2026-11-13\""))
        let html = try CLI.run(["lint", "--format", "html", team])
        let dave = try XCTUnwrap(html.stdout.range(of: "<h3>Dave Carter"))
        let figure = try XCTUnwrap(html.stdout[dave.upperBound...].range(of: "<figure>"))
        let end = try XCTUnwrap(html.stdout[figure.lowerBound...].range(of: "</figure>"))
        assertCLIGolden(String(html.stdout[figure.lowerBound..<end.upperBound]) + "\n", "history/html-trend-r-01.svg.html")
        XCTAssertTrue(html.stdout.contains("open since 2026-11-13"), "the agenda's states in the HTML report")
        let history = try CLI.run(["history", team])
        XCTAssertEqual(history.status, 0, history.stderr)
        assertCLIGolden(shown(history.stdout), "history/history.txt")
        let onlyDave = try CLI.run(["history", team, "--rep", "dave carter"])
        XCTAssertFalse(onlyDave.stdout.contains("Ana Ruiz"), onlyDave.stdout)
        XCTAssertTrue(onlyDave.stdout.contains("Dave Carter (r-01)"), onlyDave.stdout)
    }

    func testAFileThatIsNotAHistoryIsRefusedAndLeftAlone() throws {
        let team = try writeTeam()
        try "my notes\n".write(toFile: team + ".history.sqlite", atomically: true, encoding: .utf8)
        let result = try CLI.run(["coach", "--record", team])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("error[history.unusable]"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: team + ".history.sqlite", encoding: .utf8), "my notes\n")
    }

    /// A recorder killed at any point leaves every earlier run whole.
    func testARecorderKilledAtRandomPointsLeavesTheEarlierRunsWhole() throws {
        let team = try writeTeam()
        var generator = SystemRandomNumberGenerator()
        var recorded = 0
        for day in 1...12 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["coach", "--record", "--as-of", String(format: "2026-10-%02d", day), team]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Somewhere between start-up and the end of the run (about 150 ms in a debug build).
            usleep(UInt32.random(in: 20_000...260_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { recorded += 1 }
            let history = try CLI.run(["history", "--history", team + ".history.sqlite"])
            guard FileManager.default.fileExists(atPath: team + ".history.sqlite") else { continue }
            XCTAssertTrue([0, 2].contains(history.status))
            if history.status == 0 {
                let runs = history.stdout.components(separatedBy: " (coach)\n").count - 1
                XCTAssertGreaterThanOrEqual(runs, recorded, "every completed run is there")
                XCTAssertLessThanOrEqual(runs, day)
                // Every run recorded holds all its findings: the team's line is in each.
                XCTAssertEqual(history.stdout.components(separatedBy: "  Team ").count - 1, runs, history.stdout)
            } else {
                XCTAssertTrue(history.stderr.contains("no such history file") || history.stderr.contains("history.unusable"), history.stderr)
            }
        }
        // Whatever was killed, the file still takes a run.
        XCTAssertEqual(try CLI.run(["coach", "--record", "--as-of", "2026-10-31", team]).status, 0)
    }

    func testTwoRecordersAtOnceBothLand() throws {
        let team = try writeTeam()
        let processes = try ["2026-11-06", "2026-11-13", "2026-11-20"].map { date -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["coach", "--record", "--as-of", date, team]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        let history = try CLI.run(["history", team])
        XCTAssertEqual(history.status, 0, history.stderr)
        XCTAssertEqual(history.stdout.components(separatedBy: " (coach)\n").count - 1, 3, history.stdout)
    }
}

/// Retention and export of the history.
final class HistoryRetentionTests: XCTestCase {
    func testForgetAndExport() throws {
        let folder = NSTemporaryDirectory() + "rapport-retention-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let team = folder + "/team.json"
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/Examples/northwind-team.json", toPath: team)
        for date in ["2026-11-06", "2026-11-13", "2026-11-20"] {
            XCTAssertEqual(try CLI.run(["lint", "--record", "--format", "json", "--as-of", date, team]).status, 1)
        }
        let csv = try CLI.run(["history", "export", team])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first, "as_of,recorded_at,command,portfolio,rule,title,severity,subject_type,subject_id,subject_name,rep_id,rep_name,message,snoozed")
        XCTAssertEqual(Set(rows.dropFirst().map { $0.prefix(10) }), ["2026-11-06", "2026-11-13", "2026-11-20"])
        let forget = try CLI.run(["history", "forget", "--before", "2026-11-13", team])
        XCTAssertEqual(forget.stdout, "forgot 1 run recorded before 2026-11-13 in \(team).history.sqlite\n")
        let json = try CLI.run(["history", "export", "--format", "json", team])
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(objects.compactMap { $0["as_of"] as? String }), ["2026-11-13", "2026-11-20"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: team + ".history.sqlite"))
        XCTAssertNil(bytes.range(of: Data("2026-11-06".utf8)), "what was forgotten is gone from the file")
        XCTAssertEqual(try CLI.run(["history", "export", "-o", team, team]).status, 2, "never over an input")
    }
}

import XCTest

/// `--timings`: each stage the command ran, with its time, on standard error; the output on
/// standard output is the same as without it.
final class TimingsTests: XCTestCase {
    private func stages(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").dropFirst().map { line in
            let name = line.trimmingCharacters(in: .whitespaces)
            // The name, without the time at the end of the line.
            return name.components(separatedBy: "  ").first ?? name
        }
    }

    func testLintCoachExplainAndTestNameTheirStages() throws {
        let plain = try CLI.run(["lint", "Examples/northwind-team.json"])
        let lint = try CLI.run(["lint", "--timings", "Examples/northwind-team.json"])
        XCTAssertEqual(lint.stdout, plain.stdout)
        XCTAssertTrue(lint.stderr.hasPrefix("timings:\n"), lint.stderr)
        XCTAssertEqual(stages(lint.stderr), ["rules: load", "rules: parse", "rules: resolve", "rules: check", "snoozes (×2)",
                                             "portfolio: load", "evaluate", "report", "total"])
        for line in lint.stderr.split(separator: "\n").dropFirst() {
            XCTAssertTrue(line.hasSuffix(" ms") || line.hasSuffix(" s"), String(line))
        }
        let coach = try CLI.run(["coach", "--timings", "Examples/northwind-team.json"])
        XCTAssertEqual(stages(coach.stderr), ["rules: load", "rules: parse", "rules: resolve", "rules: check", "portfolio: load",
                                              "snoozes (×2)", "evaluate", "report", "total"])
        let explain = try CLI.run(["explain", "--timings", "going_dark", "a-1", "Rules/fixtures/key_accounts.json"])
        XCTAssertEqual(stages(explain.stderr), ["rules: load", "rules: parse", "rules: resolve", "rules: check", "portfolio: load",
                                                "evaluate", "report", "total"])
        let test = try CLI.run(["test", "--timings", "Rules"])
        XCTAssertEqual(stages(test.stderr), ["rules: load", "rules: parse", "rules: resolve", "rules: check", "test", "total"])
    }

    func testAStreamedLintHasOneStageForReadingAndEvaluating() throws {
        let result = try CLI.run(["lint", "--timings", "--streaming", "always", "--format", "json", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(stages(result.stderr).contains("portfolio: load and evaluate, in parts"), result.stderr)
        XCTAssertFalse(stages(result.stderr).contains("evaluate"), result.stderr)
    }
}

import Foundation
import XCTest

final class CheckCommandTests: XCTestCase {
    func testVersionAndHelp() throws {
        let version = try CLI.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0 (commit \(try headCommit() ?? "unknown"))\n")
        let help = try CLI.run(["check", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: rapport check"), help.stdout)
    }

    /// The checkout's commit as `rapport --version` names it (12 hex digits), nil outside git.
    private func headCommit() throws -> String? {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", CLI.repoRoot, "rev-parse", "HEAD"]
        let out = Pipe()
        git.standardOutput = out
        git.standardError = FileHandle.nullDevice
        try git.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        git.waitUntilExit()
        return git.terminationStatus == 0 ? String(text.prefix(12)) : nil
    }

    func testShippedRulesAreClean() throws {
        let result = try CLI.run(["check", "Rules"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout, "5 files checked: no problems\n")
    }

    func testSpecExamplesAreClean() throws {
        let examples = CLI.repoRoot + "/../shared/spec/examples"
        guard FileManager.default.fileExists(atPath: examples) else { throw XCTSkip("no ../shared/spec/examples") }
        let result = try CLI.run(["check", examples])
        XCTAssertEqual(result.status, 0, result.stdout)
    }

    func testErrorsExitOneWithRenderedDiagnostics() throws {
        let result = try CLI.run(["check", "Grammar/corpus/invalid/three_broken_rules.rapport"])
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "check/three_broken_rules.txt")
    }

    func testJSONFormat() throws {
        let result = try CLI.run(["check", "--format", "json", "Grammar/corpus/invalid/three_broken_rules.rapport",
                                  "Grammar/corpus/invalid/import_not_found.rapport"])
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(result.stdout, "check/three_broken_rules.json")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        XCTAssertEqual((object?["diagnostics"] as? [Any])?.count, 4)
    }

    func testColourOnlyWhenAsked() throws {
        let plain = try CLI.run(["check", "Grammar/corpus/invalid/bad_severity.rapport"])
        XCTAssertFalse(plain.stdout.contains("\u{1B}["))
        let coloured = try CLI.run(["check", "--color", "always", "Grammar/corpus/invalid/bad_severity.rapport"])
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[31m"))
    }

    func testUsageErrorsExitTwo() throws {
        let noPaths = try CLI.run(["check"])
        XCTAssertEqual(noPaths.status, 2)
        XCTAssertTrue(noPaths.stderr.contains("rapport check Rules"), noPaths.stderr)
        let badFormat = try CLI.run(["check", "--format", "xml", "Rules"])
        XCTAssertEqual(badFormat.status, 2)
        let unknown = try CLI.run(["chekc"])
        XCTAssertEqual(unknown.status, 2)
    }

    func testQuadraticWarningEstimatesStepsForAPortfolio() throws {
        let result = try CLI.run(["check", "--portfolio", "Examples/northwind-team.json", "Grammar/corpus/invalid/quadratic_scan.rapport"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("= note: on this portfolio: 80 accounts × 80 = 6,400 steps"), result.stdout)
    }

    func testMissingPathIsAnError() throws {
        let result = try CLI.run(["check", "no/such/folder"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "error[io.not_found]: no such file or folder: no/such/folder\n  --> no/such/folder\n\n0 files checked: 1 error\n")
    }
}

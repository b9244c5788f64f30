import Foundation
import XCTest

/// The inputs that once stopped `rapport` with a trap, hung it or wrote over an input: each now
/// gets a located error or a correct value (issue #18). Outputs are goldens under `robustness/`.
final class TrapRegressionTests: FolderTestCase {

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The run's exit status and both streams, with the temporary folder shown as `TMP`.
    func transcript(_ result: CLI.Result) -> String {
        "exit \(result.status)\n--- stdout\n\(result.stdout)--- stderr\n\(result.stderr)".replacingOccurrences(of: folder, with: "TMP")
    }

    /// Runs `rapport` under `timeout`, so a regression that waits for ever fails instead of hanging the suite.
    func runBounded(_ arguments: [String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["20", CLI.binary.path] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.repoRoot)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self))
    }

    // MARK: Check-time errors

    func testLiteralsOutOfRangeAreLocatedCheckErrors() throws {
        let cases: [(String, [UInt8])] = [
            ("backslash-at-end", Array("\"\\".utf8)),
            ("quarter-year-0", Array("param p = 0000-Q1\n".utf8)),
            ("duration-too-long", Array("rule r\n  severity info\n  for each account a\n  when a.since within last 9999999999999999999999999 days\n  advise \"x\"\nend\n".utf8)),
            ("param-default-out-of-range", Array("param p = 1 month * 99999999999999999999999\n".utf8)),
        ]
        var out = ""
        for (name, bytes) in cases {
            let path = write(name + ".rapport", bytes)
            let result = try CLI.run(["check", path])
            XCTAssertEqual(result.status, 1, name)
            out += "== \(name)\n" + transcript(result)
        }
        assertCLIGolden(out, "robustness/check-literals.txt")
    }

    func testParamOutOfRangeIsRefusedWithItsLocation() throws {
        let result = try CLI.run(["lint", "--param", "dark_after=9999999999999999999999999 days", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 2)
        assertCLIGolden(transcript(result), "robustness/param-out-of-range.txt")
    }

    // MARK: Evaluation errors

    func testAValueOutOfRangeIsAnEvaluationErrorOfThatSubject() throws {
        // `last_quarter` and `today - …` before the year 1: the rule fails for those subjects, the others still run.
        let result = try CLI.run(["lint", "--as-of", "0001-03-01", "--select", "no_expansion_opportunity", "--select", "key_account_without_growth_plan",
                                  "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("Key account handled with no growth plan"), "other rules still report")
        assertCLIGolden(transcript(result), "robustness/evaluation-errors.txt")

        let json = try CLI.run(["lint", "--as-of", "0001-03-01", "--select", "no_expansion_opportunity", "--format", "json",
                                "Examples/northwind-team.json"])
        XCTAssertEqual(json.status, 2)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let errors = try XCTUnwrap(object["evaluation_errors"] as? [[String: Any]])
        XCTAssertFalse(errors.isEmpty)
        XCTAssertEqual(errors.first?["rule"] as? String, "no_expansion_opportunity")
        XCTAssertNotNil(errors.first?["reason"] as? String)
    }

    func testTheReplAnswersEveryReproducerWithAnErrorOrAValue() throws {
        let script = """
        take(accounts, 9999999999999999999999999) show name
        quarter(9999-12-31 + 1 day)
        90 days * 99999999999999999999999
        1 month * 99999999999999999999999
        today - 99999999999999999 weeks
        today + 8000 years
        9223372036854775808
        round(2.5, 400)
        :as-of 0001-01-01
        last_quarter
        "\\
        """
        let result = try CLI.run(["repl", "Examples/northwind-team.json"], input: script + "\n")
        XCTAssertEqual(result.status, 1)
        assertCLIGolden(transcript(result), "robustness/repl-reproducers.txt")
    }

    func testAnUnfinishedBlockAtTheEndOfInputIsAnError() throws {
        let result = try CLI.run(["repl", "Examples/northwind-team.json"], input: "count(accounts)\nrule half\n  severity info\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("25\n") || result.stdout.contains("\n"), result.stdout)
        assertCLIGolden(transcript(result), "robustness/repl-unfinished-block.txt")
    }

    func testAMismatchedBracketIsReportedByTheStreamedAndTheWholeRead() throws {
        // `--streaming always` takes the path `lint` takes by itself from 64 MiB (a larger file
        // would only make the suite slower).
        let small = write("small.json", Array("{\"accounts\":[{]}".utf8))
        let spaced = write("spaced.json", Array("{\"accounts\":[{]}".utf8) + Array(repeating: 0x20, count: 1 << 20))
        var out = ""
        for arguments in [["lint", "--streaming", "always", small], ["lint", "--streaming", "always", spaced]] {
            let result = try CLI.run(arguments)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains(":1:15"), result.stderr)
            out += transcript(result)
        }
        assertCLIGolden(out, "robustness/streaming-mismatched-bracket.txt")
    }

    // MARK: Terminal safety

    /// The example team with control characters in its names: ESC sequences that would retitle
    /// and clear the terminal, BEL and NUL.
    func hostilePortfolio() throws -> String {
        var text = try String(contentsOfFile: CLI.repoRoot + "/Examples/northwind-team.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"Northwind EMEA Mid-Market\"", with: "\"Northwind\\u001b]0;pwned\\u0007 Team\"")
        text = text.replacingOccurrences(of: "\"Castell Foods SA\"", with: "\"Castell\\u001b[2J\\u0000Foods\\u0085 SA\"")
        text = text.replacingOccurrences(of: "\"Dave Carter\"", with: "\"Dave\\u001b[31m Carter\"")
        return write("hostile.json", Array(text.utf8))
    }

    func testControlCharactersFromTheDataNeverReachTheTerminal() throws {
        let path = try hostilePortfolio()
        var out = ""
        for arguments in [["lint", path], ["coach", path, "--rep", "r-01"], ["inspect", path],
                          ["explain", "key_account_without_growth_plan", "a-002", path],
                          ["lint", "--format", "markdown", path]] {
            let result = try CLI.run(arguments)
            for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
                XCTAssertTrue(raw.isEmpty, "\(arguments.first!) \(stream) carries raw control characters: \(raw.map(\.value))")
            }
            XCTAssertTrue(result.stdout.contains("\\x1B"), "\(arguments) shows the escape visibly")
            out += "== \(arguments.first!)\n" + result.stdout.split(separator: "\n").filter { $0.contains("\\x") }.prefix(4).joined(separator: "\n") + "\n"
        }
        let repl = try CLI.run(["repl", path], input: "team.name\naccounts where starts_with(name, \"Castell\") show name, owner.name\n")
        XCTAssertFalse(repl.stdout.contains("\u{1B}"))
        out += "== repl\n" + repl.stdout
        assertCLIGolden(out.replacingOccurrences(of: folder, with: "TMP"), "robustness/control-characters.txt")
    }

    // MARK: Outputs never replace inputs

    func testAReportIsNeverWrittenOverAnInput() throws {
        let portfolio = write("team.json", Array(try Data(contentsOf: URL(fileURLWithPath: CLI.repoRoot + "/Examples/northwind-team.json"))))
        let before = try Data(contentsOf: URL(fileURLWithPath: portfolio))
        let same = try CLI.run(["lint", "-f", "json", "-o", portfolio, portfolio])
        XCTAssertEqual(same.status, 2)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: portfolio)
        let viaLink = try CLI.run(["lint", "-f", "json", "-o", folder + "/link.json", portfolio])
        XCTAssertEqual(viaLink.status, 2)
        let rules = try CLI.run(["lint", "--rules", "Rules", "-f", "markdown", "-o", "Rules/leads.rapport", portfolio])
        XCTAssertEqual(rules.status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: portfolio)), before, "the portfolio is untouched")
        assertCLIGolden(transcript(same) + transcript(viaLink) + transcript(rules), "robustness/output-is-an-input.txt")
    }

    func testAnImportIsNeverWrittenOverItsInput() throws {
        let csv = write("opportunities.csv", Array(try Data(contentsOf: URL(fileURLWithPath: CLI.repoRoot + "/Tests/Fixtures/import/salesforce/opportunities.csv"))))
        let before = try Data(contentsOf: URL(fileURLWithPath: csv))
        let result = try CLI.run(["import", "--preset", "salesforce", csv, "--out", csv])
        XCTAssertEqual(result.status, 2)
        let problems = try CLI.run(["import", "--preset", "salesforce", csv, "--problems", csv])
        XCTAssertEqual(problems.status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: csv)), before)
        assertCLIGolden(transcript(result), "robustness/import-over-input.txt")
    }

    // MARK: Inputs

    func testOnlyRegularFilesAreRead() throws {
        let fifo = folder + "/pipe.json"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        var out = ""
        for arguments in [["check", fifo], ["lint", fifo], ["lint", "--streaming", "always", fifo], ["inspect", fifo],
                          ["lint", "/dev/urandom"], ["coach", "/dev/zero"]] {
            let result = try runBounded(arguments)
            XCTAssertNotEqual(result.status, 124, "\(arguments) waited until killed")
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            out += "== \(arguments.joined(separator: " "))\n" + transcript(result)
        }
        assertCLIGolden(out.replacingOccurrences(of: folder, with: "TMP"), "robustness/not-regular-files.txt")
    }

    func testTheInputSizeLimitIsConfigurable() throws {
        let result = try CLI.run(["inspect", "Examples/northwind-team.json"], environment: ["RAPPORT_MAX_INPUT_BYTES": "1000"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("more than the limit of 1000"), result.stderr)
        XCTAssertEqual(try CLI.run(["inspect", "Examples/northwind-team.json"]).status, 0)
    }

    func testALinkInARuleFolderMustStayInside() throws {
        let rules = folder + "/rules"
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/Rules/leads.rapport", toPath: rules + "/leads.rapport")
        let outside = write("secret.rapport", Array("# private notes that must not show\nrule x\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: rules + "/zz.rapport", withDestinationPath: outside)
        let result = try CLI.run(["check", rules])
        XCTAssertFalse(result.stdout.contains("private notes") || result.stderr.contains("private notes"))
        assertCLIGolden(transcript(result), "robustness/rule-link-outside.txt")
    }

    func testSnoozeAddWritesThroughALinkAndKeepsIt() throws {
        let portfolio = folder + "/team.json"
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/Rules/fixtures/key_accounts.json", toPath: portfolio)
        let real = write("shared-snoozes.yaml", Array("[]\n".utf8))
        let link = folder + "/rapport.snooze.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        // A temporary file a killed run left beside it is cleaned up on this write.
        let stale = folder + "/.shared-snoozes.yaml.tmp-999999-42"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
        let add = try CLI.run(["snooze", "add", "key_account_without_growth_plan", "a-2", "--reason", "new CFO", "--until", "2027-01-15",
                               "--rules", "Rules", "--portfolio", portfolio])
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real, "the link is kept")
        XCTAssertTrue(try String(contentsOfFile: real, encoding: .utf8).contains("new CFO"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
    }
}

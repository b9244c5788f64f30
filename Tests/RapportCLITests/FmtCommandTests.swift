import Foundation
import XCTest

final class FmtCommandTests: XCTestCase {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "rapport-fmt-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func testShippedRulesAreFormatted() throws {
        let result = try CLI.run(["fmt", "--check", "Rules"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout, "")
    }

    func testCheckDiffAndWrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let messy = "rule r # the rule\nadvise \"x\"\n  severity   info\nfor each account a\nend\n"
        try messy.write(toFile: dir + "/r.rapport", atomically: true, encoding: .utf8)
        let check = try CLI.run(["fmt", "--check", "r.rapport"], directory: dir)
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stdout, "r.rapport\n")
        let diff = try CLI.run(["fmt", "--diff", "r.rapport"], directory: dir)
        assertCLIGolden(diff.stdout, "fmt/diff.txt")
        XCTAssertEqual(try String(contentsOfFile: dir + "/r.rapport", encoding: .utf8), messy, "--check and --diff write nothing")
        let write = try CLI.run(["fmt", "r.rapport"], directory: dir)
        XCTAssertEqual(write.status, 0, write.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/r.rapport", encoding: .utf8),
                       "rule r # the rule\n  severity info\n  for each account a\n  advise   \"x\"\nend\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["r.rapport"], "no temporary file left")
        XCTAssertEqual(try CLI.run(["fmt", "--check", "r.rapport"], directory: dir).status, 0)
    }

    func testRefusesAFileThatDoesNotParse() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let broken = "rule r\n  severity warnin\n  for each account a\n  advise \"x\"\nend\n"
        try broken.write(toFile: dir + "/b.rapport", atomically: true, encoding: .utf8)
        let result = try CLI.run(["fmt", "b.rapport"], directory: dir)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("parse.bad_severity"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/b.rapport", encoding: .utf8), broken)
    }
}

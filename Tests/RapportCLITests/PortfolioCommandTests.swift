import Foundation
import XCTest

final class PortfolioCommandTests: XCTestCase {
    func testInspectExampleTeam() throws {
        let result = try CLI.run(["inspect", "Examples/northwind-team.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertCLIGolden(result.stdout, "inspect/northwind-team.txt")
    }

    func testInspectRefusesABrokenFileWithExitTwo() throws {
        let result = try CLI.run(["inspect", "Tests/Fixtures/portfolios/invalid/bad_contact_reference.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        assertCLIGolden(result.stderr, "inspect/bad_contact_reference.stderr")
    }

    func testGenerateIsDeterministicAndLoads() throws {
        let first = try CLI.run(["generate", "--accounts", "3", "--seed", "7"])
        let second = try CLI.run(["generate", "--accounts", "3", "--seed", "7"])
        XCTAssertEqual(first.status, 0)
        XCTAssertEqual(first.stdout, second.stdout)
        assertCLIGolden(first.stdout, "generate/accounts-3-seed-7.json")
    }

    func testGenerateWritesAtomicallyToAFile() throws {
        let folder = NSTemporaryDirectory() + "rapport-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/team.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
        let result = try CLI.run(["generate", "--accounts", "40", "--seed", "2", "--as-of", "2026-06-30", "-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["team.json"], "no temporary file left")
        let inspect = try CLI.run(["inspect", path])
        XCTAssertEqual(inspect.status, 0, inspect.stderr)
        XCTAssertTrue(inspect.stdout.contains("as of          2026-06-30"), inspect.stdout)
        XCTAssertTrue(inspect.stdout.contains("accounts       40"), inspect.stdout)
    }

    func testGenerateRejectsBadArguments() throws {
        XCTAssertEqual(try CLI.run(["generate", "--accounts", "-1"]).status, 2)
        XCTAssertEqual(try CLI.run(["generate", "--accounts", "5", "--as-of", "2026-02-30"]).status, 2)
        let unwritable = try CLI.run(["generate", "--accounts", "5", "-o", "/no/such/folder/x.json"])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.stderr.contains("cannot write /no/such/folder/x.json"), unwritable.stderr)
    }
}

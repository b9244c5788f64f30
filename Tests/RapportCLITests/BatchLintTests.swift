import Foundation
import XCTest

final class BatchLintTests: XCTestCase {
    func testFolderOfTwentyWithOneBrokenFile() throws {
        let folder = NSTemporaryDirectory() + "rapport-batch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for seed in 1...19 {
            let result = try CLI.run(["generate", "--accounts", "60", "--seed", "\(seed)", "-o", folder + String(format: "/team-%02d.json", seed)])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        try "{\"format\": \"rapport-portfolio/1\", \"as_of\": \"2026-13-01\"".write(toFile: folder + "/team-20.json", atomically: true, encoding: .utf8)

        let parallel = try CLI.run(["lint", "--format", "json", "--jobs", "2", folder])
        XCTAssertEqual(parallel.status, 2, "a broken file makes the run exit 2")
        XCTAssertTrue(parallel.stderr.contains("team-20.json was not linted"), parallel.stderr)
        XCTAssertTrue(parallel.stderr.contains("1 portfolio of 20 could not be linted"), parallel.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parallel.stdout.utf8)) as? [String: Any])
        let linted = try XCTUnwrap(object["portfolios"] as? [[String: Any]]).map { ($0["path"] as? String ?? "") }
        XCTAssertEqual(linted.map { ($0 as NSString).lastPathComponent }, (1...19).map { String(format: "team-%02d.json", $0) })
        XCTAssertGreaterThan((object["findings"] as? [Any])?.count ?? 0, 19)

        let sequential = try CLI.run(["lint", "--format", "json", "--jobs", "1", folder])
        XCTAssertEqual(sequential.stdout, parallel.stdout, "the output does not depend on --jobs")
    }
}

import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// `Grammar/corpus/valid` must check clean; each file of `Grammar/corpus/invalid` must give
/// exactly the diagnostics in its `.expected` golden.
final class CorpusTests: XCTestCase {
    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder))
            .filter { $0.hasSuffix(".rapport") }.sorted()
    }

    /// Checks one file with paths shown relative to the repository, as a user in it would see them.
    private func check(_ relative: String) -> (CheckResult, String) {
        let result = RuleSetChecker.check(path: Repo.path(relative))
        let rendered = DiagnosticRenderer(sources: result.sources).render(result.diagnostics)
        return (result, rendered.replacingOccurrences(of: Repo.root + "/", with: ""))
    }

    func testValidCorpusChecksClean() throws {
        let names = try files(in: "Grammar/corpus/valid")
        XCTAssertGreaterThanOrEqual(names.count, 8)
        for name in names {
            let (result, rendered) = check("Grammar/corpus/valid/\(name)")
            XCTAssertTrue(result.diagnostics.isEmpty, "\(name):\n\(rendered)")
        }
    }

    func testInvalidCorpusMatchesGoldenDiagnostics() throws {
        let names = try files(in: "Grammar/corpus/invalid")
        XCTAssertGreaterThanOrEqual(names.count, 30)
        for name in names {
            let relative = "Grammar/corpus/invalid/\(name)"
            let (result, rendered) = check(relative)
            XCTAssertFalse(result.diagnostics.isEmpty, "\(name) should be reported")
            assertGolden(rendered, relative.replacingOccurrences(of: ".rapport", with: ".expected"))
        }
    }

    func testSpecExamplesCheckClean() throws {
        guard let examples = Repo.sharedExamples else { throw XCTSkip("../shared/spec/examples is not beside the repository") }
        let result = RuleSetChecker.check(path: examples)
        XCTAssertEqual(result.ruleSet.files.count, 3)
        XCTAssertEqual(DiagnosticRenderer(sources: result.sources).render(result.diagnostics), "")
    }

    func testShippedRulesCheckClean() throws {
        let result = RuleSetChecker.check(path: Repo.path("Rules"))
        XCTAssertFalse(result.ruleSet.files.isEmpty)
        XCTAssertEqual(DiagnosticRenderer(sources: result.sources).render(result.diagnostics), "")
    }
}

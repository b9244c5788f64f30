import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

final class RuleSetLoaderTests: XCTestCase {
    private let rule = { (id: String) in "rule \(id)\n severity info\n for each account a\n advise \"x\"\nend\n" }

    private func check(_ folder: TemporaryFolder, _ path: String) -> (CheckResult, String) {
        let result = RuleSetChecker.check(path: folder.path + "/" + path)
        let text = DiagnosticRenderer(sources: result.sources).render(result.diagnostics)
        return (result, text.replacingOccurrences(of: folder.path + "/", with: ""))
    }

    func testFolderFilesLoadInNameOrderAfterTheirImports() {
        let folder = TemporaryFolder()
        folder.write("b.rapport", "import \"shared/defs\"\n" + rule("b_rule"))
        folder.write("a.rapport", rule("a_rule"))
        folder.write("shared/defs.rapport", "param p = 1\n")
        folder.write("notes.txt", "not a rule file")
        let (result, text) = check(folder, "")
        XCTAssertEqual(text, "")
        XCTAssertEqual(result.ruleSet.paths.map { RuleSetLoader.fileName($0) }, ["a.rapport", "defs.rapport", "b.rapport"])
    }

    func testAFileImportedTwiceIsReadOnce() {
        let folder = TemporaryFolder()
        folder.write("common.rapport", "param p = 1\n")
        folder.write("x.rapport", "import \"common\"\n" + rule("x_rule"))
        folder.write("y.rapport", "import \"./common.rapport\"\n" + rule("y_rule"))
        let (result, _) = check(folder, "")
        XCTAssertEqual(result.diagnostics.map(\.code), ["check.unused_param"], "no duplicate `p`, only unused")
        XCTAssertEqual(result.ruleSet.files.count, 3)
    }

    func testCircularImportNamesTheChain() {
        let folder = TemporaryFolder()
        folder.write("a.rapport", "import \"b\"\n")
        folder.write("b.rapport", "import \"c\"\n")
        folder.write("c.rapport", "import \"a\"\n")
        let (result, _) = check(folder, "a.rapport")
        XCTAssertEqual(result.diagnostics.map(\.message), ["circular import: a.rapport → b.rapport → c.rapport → a.rapport"])
    }

    func testMissingImportNamesTheChainAndSuggests() {
        let folder = TemporaryFolder()
        folder.write("a.rapport", "import \"b\"\n")
        folder.write("b.rapport", "import \"comon\"\n")
        folder.write("common.rapport", "")
        let (result, _) = check(folder, "a.rapport")
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.diagnostics.first?.notes, ["import chain: a.rapport → b.rapport → comon.rapport"])
        XCTAssertEqual(result.diagnostics.first?.help, ["did you mean `\"common\"`?"])
    }

    func testImportsMayNotLeaveTheRoot() {
        let folder = TemporaryFolder()
        folder.write("outside.rapport", "param p = 1\n")
        folder.write("rules/main.rapport", "import \"../outside\"\n")
        folder.write("rules/abs.rapport", "import \"\(folder.path)/outside\"\n")
        let (result, _) = check(folder, "rules")
        XCTAssertEqual(result.diagnostics.map(\.code), ["import.outside_root", "import.outside_root"])
    }

    func testDuplicatesAcrossFilesShowBothPlaces() {
        let folder = TemporaryFolder()
        folder.write("a.rapport", rule("going_dark") + "define account.lifetime = 1\n")
        folder.write("b.rapport", "\n" + rule("going_dark") + "define rep.lifetime = 2\n")
        let (_, text) = check(folder, "")
        assertGolden(text, "Tests/Goldens/diagnostics/duplicate_across_files.txt")
    }

    func testEmptyFolderAndMissingPath() {
        let folder = TemporaryFolder()
        XCTAssertEqual(check(folder, "").0.diagnostics.map(\.code), ["io.empty_rule_set"])
        XCTAssertEqual(check(folder, "nope.rapport").0.diagnostics.map(\.code), ["io.not_found"])
    }

    func testErrorsInManyFilesAreAllReported() {
        let folder = TemporaryFolder()
        folder.write("a.rapport", "rule a\n severity bad\n for each account a\n advise \"x\"\nend\n")
        folder.write("b.rapport", "rule b\n severity info\n for each acount a\n advise \"x\"\nend\n")
        let (result, _) = check(folder, "")
        XCTAssertEqual(result.diagnostics.map(\.code), ["parse.bad_severity", "parse.unknown_subject"])
    }
}

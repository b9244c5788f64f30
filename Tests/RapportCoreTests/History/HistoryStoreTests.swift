import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportHistory

/// The history file: created private, versioned, and never written when it is not Rapport's.
final class HistoryStoreTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() { folder = TemporaryFolder() }

    private func info(_ asOf: String, hash: String = "p") -> RunInfo {
        RunInfo(recordedAt: "2026-12-06T10:00:00Z", asOf: CalendarDate(iso: asOf)!, portfolio: "team.json", portfolioHash: hash,
                rulesHash: "r", version: "test", params: "", command: "coach")
    }

    private func findings() throws -> [Finding] {
        var sources = SourceMap()
        let portfolio = try XCTUnwrap(PortfolioLoader.load(path: Repo.path("Examples/northwind-team.json"), sources: &sources).portfolio)
        let rules = RuleSetChecker.checkShipped()
        return LintEngine.lint(rules.checked, on: portfolio, sources: rules.sources).findings
    }

    func testANewFileIsPrivateAndVersionedAndRecordingTwiceDoesNotCountTwice() throws {
        let path = folder.path + "/team.history.sqlite"
        let store = try HistoryStore(path: path, create: true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "the history holds customer names")
        let all = try findings()
        try store.record(info("2026-11-13"), findings: all, snoozed: [])
        try store.record(info("2026-11-13"), findings: Array(all.dropFirst(3)), snoozed: Array(all.prefix(1)))
        let runs = try store.runs()
        XCTAssertEqual(runs.count, 1, "the same portfolio and date replace the earlier run")
        let stored = try store.findings(ofRun: runs[0].id)
        XCTAssertEqual(stored.count, all.count - 2)
        XCTAssertEqual(stored.filter(\.snoozed).map(\.identity), [all[0].identity])
        let connection = try SQLiteConnection(path: path, create: false)
        XCTAssertEqual(try connection.query("PRAGMA user_version").first?.first, .integer(HistoryStore.schemaVersion))
        XCTAssertEqual(try connection.query("PRAGMA application_id").first?.first, .integer(HistoryStore.applicationID))
        XCTAssertEqual(try connection.query("PRAGMA journal_mode").first?.first, .text("wal"))
    }

    func testStatesAgainstTheLastRun() throws {
        let store = try HistoryStore(path: folder.path + "/h.sqlite", create: true)
        let all = try findings().filter { $0.severity > .praise }
        try store.record(info("2026-11-13", hash: "1"), findings: Array(all[0..<10]), snoozed: [])
        try store.record(info("2026-11-20", hash: "2"), findings: Array(all[2..<12]), snoozed: [])
        let now = Array(all[4..<14])
        let history = try XCTUnwrap(store.compare(now, snoozed: [all[3]], asOf: CalendarDate(iso: "2026-11-27")!))
        XCTAssertEqual(history.since, CalendarDate(iso: "2026-11-20"))
        XCTAssertEqual(history.states[all[4].identity], .open(since: CalendarDate(iso: "2026-11-13")!, times: 3))
        XCTAssertEqual(history.states[all[10].identity], .open(since: CalendarDate(iso: "2026-11-20")!, times: 2))
        XCTAssertEqual(history.states[all[12].identity], .new)
        XCTAssertEqual(history.fixed.map(\.subject), [all[2].subject.name], "all[3] is snoozed now, not fixed")
        XCTAssertEqual(history.states[all[4].identity]?.label, "open since 2026-11-13 (3rd time)")
        let since = try XCTUnwrap(store.compare(now, asOf: CalendarDate(iso: "2026-11-27")!, since: .date(CalendarDate(iso: "2026-11-15")!)))
        XCTAssertEqual(since.since, CalendarDate(iso: "2026-11-13"))
        XCTAssertNil(try store.compare(now, asOf: CalendarDate(iso: "2026-11-13")!), "nothing earlier")
    }

    func testFilesThatAreNotRapportsHistoryAreRefusedAndLeftAlone() throws {
        let text = folder.write("notes.sqlite", "minutes of the 1:1s\n")
        XCTAssertThrowsError(try HistoryStore(path: text, create: true)) { error in
            XCTAssertTrue("\(error)".contains("not a Rapport history file"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: text, encoding: .utf8), "minutes of the 1:1s\n")

        let other = folder.path + "/other.sqlite"
        let connection = try SQLiteConnection(path: other, create: true)
        try connection.execute("CREATE TABLE t (x); PRAGMA application_id = 42")
        XCTAssertThrowsError(try HistoryStore(path: other, create: true)) { error in
            XCTAssertTrue("\(error)".contains("another program"), "\(error)")
        }
        XCTAssertEqual(try connection.query("SELECT name FROM sqlite_master").map { $0[0] }, [.text("t")])

        let newer = folder.path + "/newer.sqlite"
        _ = try HistoryStore(path: newer, create: true)
        try SQLiteConnection(path: newer, create: false).execute("PRAGMA user_version = 99")
        XCTAssertThrowsError(try HistoryStore(path: newer, create: true)) { error in
            XCTAssertTrue("\(error)".contains("newer Rapport (history schema 99"), "\(error)")
        }

        let damaged = folder.path + "/damaged.sqlite"
        do {
            // Closed before it is damaged, so every page is in the file (not in the WAL).
            let store = try HistoryStore(path: damaged, create: true)
            try store.record(info("2026-11-13"), findings: try findings(), snoozed: [])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: damaged + "-wal"))
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: damaged))
        try handle.truncate(atOffset: 5000)
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: damaged))
        XCTAssertThrowsError(try HistoryStore(path: damaged, create: true))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: damaged)), before, "never written")
    }
}

import Foundation
import CSQLite
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics
import RapportEngine
import RapportReports

/// What one recorded run was.
public struct RunInfo: Sendable, Equatable {
    /// When it was recorded (UTC, ISO 8601).
    public var recordedAt: String
    /// The date the findings describe.
    public var asOf: CalendarDate
    public var portfolio: String
    /// A hash of the portfolio file's bytes (FNV-1a, 64 bits, in hex).
    public var portfolioHash: String
    /// A hash of the rule files' texts.
    public var rulesHash: String
    public var version: String
    /// `--param` values, as `name=value` lines.
    public var params: String
    /// `coach` or `lint`.
    public var command: String

    public init(recordedAt: String, asOf: CalendarDate, portfolio: String, portfolioHash: String, rulesHash: String,
                version: String, params: String, command: String) {
        self.recordedAt = recordedAt
        self.asOf = asOf
        self.portfolio = portfolio
        self.portfolioHash = portfolioHash
        self.rulesHash = rulesHash
        self.version = version
        self.params = params
        self.command = command
    }
}

/// A finding as the history keeps it.
public struct StoredFinding: Sendable, Equatable {
    public let identity: String
    public let rule: String
    public let title: String
    public let severity: String
    public let subjectType: String
    public let subjectID: String
    public let subjectName: String
    public let repID: String?
    public let repName: String?
    public let message: String
    public let snoozed: Bool
}

/// A team's coaching history in one SQLite file (`<portfolio>.history.sqlite` by default):
/// each recorded run and its findings, so an agenda can say what is new, what is still open and
/// what was fixed. The file is created with mode 0600, in WAL mode; its schema is versioned
/// (`PRAGMA user_version`) and marked as Rapport's (`PRAGMA application_id`): a file of an
/// older Rapport is migrated, one of a newer Rapport, another program or a damaged one is
/// refused and never written.
public final class HistoryStore {
    /// The schema this version writes and reads.
    public static let schemaVersion: Int64 = 1
    /// `RaPp` in ASCII: marks a SQLite file as Rapport's history.
    public static let applicationID: Int64 = 0x5261_5070

    private let connection: SQLiteConnection
    /// The file.
    public var path: String { connection.path }

    /// The history file beside a portfolio: `team.json` → `team.json.history.sqlite`.
    public static func path(besidePortfolio portfolio: String) -> String { portfolio + ".history.sqlite" }

    /// Opens the history at `path`, creating it (mode 0600) when `create` and it is missing.
    public init(path: String, create: Bool) throws(HistoryFailure) {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            try Self.checkHeader(path)
        } else {
            guard create else { throw HistoryFailure("\(path): no such history file (record a run first with --record)") }
            // The file holds customer names: readable by its owner only, from the first byte.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else { throw HistoryFailure("\(path): cannot create: \(String(cString: strerror(errno)))") }
            close(descriptor)
        }
        connection = try SQLiteConnection(path: path, create: false)
        try prepare(new: !exists)
    }

    /// A file that is there must be a SQLite database before SQLite is let near it.
    private static func checkHeader(_ path: String) throws(HistoryFailure) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw HistoryFailure("\(path): cannot read it") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }  // created empty by an earlier run that stopped at once
        guard head == Data("SQLite format 3\0".utf8) else {
            throw HistoryFailure("\(path) is not a Rapport history file (not a SQLite database); it was left as it is")
        }
    }

    private func prepare(new: Bool) throws(HistoryFailure) {
        let application = try connection.query("PRAGMA application_id").first?.first?.integer ?? 0
        let version = try connection.query("PRAGMA user_version").first?.first?.integer ?? 0
        let tables = try connection.query("SELECT count(*) FROM sqlite_master").first?.first?.integer ?? 0
        if application != Self.applicationID && !(application == 0 && version == 0 && tables == 0) {
            throw HistoryFailure("\(path) is a SQLite database of another program, not a Rapport history; it was left as it is")
        }
        if version > Self.schemaVersion {
            throw HistoryFailure("\(path) was written by a newer Rapport (history schema \(version); this one reads up to \(Self.schemaVersion)); it was left as it is")
        }
        if tables > 0 {
            let check = try connection.query("PRAGMA quick_check").first?.first?.text ?? ""
            guard check == "ok" else { throw HistoryFailure("\(path) is damaged (\(check)); it was left as it is") }
        }
        try connection.execute("PRAGMA journal_mode = WAL")
        try connection.execute("PRAGMA foreign_keys = ON")
        try connection.transaction { () throws(HistoryFailure) in
            // Read again inside the write lock: another recorder may have migrated meanwhile.
            var current = try connection.query("PRAGMA user_version").first?.first?.integer ?? 0
            while current < Self.schemaVersion {
                current += 1
                try connection.execute(Self.migrations[Int(current) - 1])
            }
            try connection.execute("PRAGMA application_id = \(Self.applicationID); PRAGMA user_version = \(Self.schemaVersion)")
        }
    }

    /// Schema version N is made by `migrations[N - 1]` from version N - 1.
    private static let migrations = [
        """
        CREATE TABLE runs (
          id INTEGER PRIMARY KEY,
          recorded_at TEXT NOT NULL,
          as_of TEXT NOT NULL,
          portfolio TEXT NOT NULL,
          portfolio_hash TEXT NOT NULL,
          rules_hash TEXT NOT NULL,
          version TEXT NOT NULL,
          params TEXT NOT NULL,
          command TEXT NOT NULL
        );
        CREATE INDEX runs_as_of ON runs (as_of, id);
        CREATE TABLE findings (
          run INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
          identity TEXT NOT NULL,
          rule TEXT NOT NULL,
          title TEXT NOT NULL,
          severity TEXT NOT NULL,
          subject_type TEXT NOT NULL,
          subject_id TEXT NOT NULL,
          subject_name TEXT NOT NULL,
          rep_id TEXT,
          rep_name TEXT,
          message TEXT NOT NULL,
          snoozed INTEGER NOT NULL,
          PRIMARY KEY (run, identity)
        );
        """,
    ]

    /// A recorded run, as listed.
    public struct Run: Sendable, Equatable {
        public let id: Int64
        public let info: RunInfo
    }

    /// Records a run and its findings (`snoozed` are stored as such) in one transaction. A run of
    /// the same portfolio (same bytes), as-of date, rules and params replaces the earlier one,
    /// so recording twice does not count twice. Returns the run's id.
    @discardableResult
    public func record(_ info: RunInfo, findings: [Finding], snoozed: [Finding]) throws(HistoryFailure) -> Int64 {
        try connection.transaction { () throws(HistoryFailure) -> Int64 in
            let same: [SQLiteConnection.Value] = [.text(info.portfolioHash), .text(info.asOf.description), .text(info.rulesHash), .text(info.params)]
            try connection.query("DELETE FROM runs WHERE portfolio_hash = ? AND as_of = ? AND rules_hash = ? AND params = ?", same)
            try connection.query(
                "INSERT INTO runs (recorded_at, as_of, portfolio, portfolio_hash, rules_hash, version, params, command) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [.text(info.recordedAt), .text(info.asOf.description), .text(info.portfolio), .text(info.portfolioHash),
                 .text(info.rulesHash), .text(info.version), .text(info.params), .text(info.command)])
            let run = try connection.query("SELECT last_insert_rowid()").first?.first?.integer ?? 0
            let rows: [[SQLiteConnection.Value]] = (findings.map { ($0, false) } + snoozed.map { ($0, true) }).map { finding, isSnoozed in
                [.integer(run), .text(finding.identity), .text(finding.rule), .text(finding.title), .text(finding.severity.rawValue),
                 .text(finding.subject.type.rawValue), .text(finding.subject.id), .text(finding.subject.name),
                 finding.rep.map { .text($0.id) } ?? .null, finding.rep.map { .text($0.name) } ?? .null,
                 .text(finding.message), .integer(isSnoozed ? 1 : 0)]
            }
            try connection.run("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows: rows)
            return run
        }
    }

    /// Every recorded run, oldest first (by as-of date, then by when it was recorded).
    public func runs() throws(HistoryFailure) -> [Run] {
        try connection.query("SELECT id, recorded_at, as_of, portfolio, portfolio_hash, rules_hash, version, params, command FROM runs ORDER BY as_of, id")
            .map { row in
                Run(id: row[0].integer ?? 0, info: RunInfo(
                    recordedAt: row[1].text ?? "", asOf: row[2].text.flatMap { CalendarDate(iso: $0) } ?? CalendarDate(dayNumber: 0),
                    portfolio: row[3].text ?? "", portfolioHash: row[4].text ?? "", rulesHash: row[5].text ?? "",
                    version: row[6].text ?? "", params: row[7].text ?? "", command: row[8].text ?? ""))
            }
    }

    /// The findings of run `id`, in the order recorded.
    public func findings(ofRun id: Int64) throws(HistoryFailure) -> [StoredFinding] {
        try connection.query("""
            SELECT identity, rule, title, severity, subject_type, subject_id, subject_name, rep_id, rep_name, message, snoozed
            FROM findings WHERE run = ? ORDER BY rowid
            """, [.integer(id)]).map { row in
            StoredFinding(identity: row[0].text ?? "", rule: row[1].text ?? "", title: row[2].text ?? "", severity: row[3].text ?? "",
                          subjectType: row[4].text ?? "", subjectID: row[5].text ?? "", subjectName: row[6].text ?? "",
                          repID: row[7].text, repName: row[8].text, message: row[9].text ?? "", snoozed: row[10].integer == 1)
        }
    }
}

extension HistoryStore {
    /// FNV-1a, 64 bits, in hex: tells whether two files or rule sets are the same bytes (not a
    /// protection against anyone).
    public static func contentHash(_ parts: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

extension HistoryStore {
    /// Forgets every run recorded as of a date before `date` (retention), in one transaction,
    /// then rewrites the file so the forgotten rows are gone from it too. Returns how many runs.
    @discardableResult
    public func forget(before date: CalendarDate) throws(HistoryFailure) -> Int {
        let count = try connection.transaction { () throws(HistoryFailure) -> Int in
            let doomed = try connection.query("SELECT count(*) FROM runs WHERE as_of < ?", [.text(date.description)]).first?.first?.integer ?? 0
            try connection.query("DELETE FROM findings WHERE run IN (SELECT id FROM runs WHERE as_of < ?)", [.text(date.description)])
            try connection.query("DELETE FROM runs WHERE as_of < ?", [.text(date.description)])
            return Int(doomed)
        }
        try connection.execute("VACUUM")
        return count
    }

    /// Every recorded finding with its run, oldest run first: what `rapport history export` writes.
    public func exportRows() throws(HistoryFailure) -> [(run: RunInfo, finding: StoredFinding)] {
        var rows: [(run: RunInfo, finding: StoredFinding)] = []
        for run in try runs() {
            for finding in try findings(ofRun: run.id) { rows.append((run.info, finding)) }
        }
        return rows
    }
}

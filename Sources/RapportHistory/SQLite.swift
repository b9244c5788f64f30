import Foundation
import CSQLite

/// What went wrong with the history database, in words for people.
public struct HistoryFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
    package init(_ description: String) { self.description = description }
}

/// A connection to one SQLite database: the few calls the history store needs (statements
/// with bound values, rows, transactions). SQLite's own text for each failure is kept.
package final class SQLiteConnection {
    private var handle: OpaquePointer?
    package let path: String

    /// Opens the database at `path`; with `create`, makes it when missing.
    package init(path: String, create: Bool) throws(HistoryFailure) {
        self.path = path
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw HistoryFailure("\(path): \(reason)")
        }
        // Another recorder holds the write lock for a moment: wait for it rather than fail.
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { sqlite3_close_v2(handle) }

    private func failure(_ what: String) -> HistoryFailure {
        HistoryFailure("\(path): \(what): \(String(cString: sqlite3_errmsg(handle)))")
    }

    /// Runs `sql` (one or more statements without values).
    package func execute(_ sql: String) throws(HistoryFailure) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure("cannot run `\(sql.prefix(60))`") }
    }

    /// A value bound to a statement or read from a row.
    package enum Value: Sendable, Equatable {
        case null, integer(Int64), real(Double), text(String)

        package var text: String? { if case .text(let t) = self { t } else { nil } }
        package var integer: Int64? { if case .integer(let i) = self { i } else { nil } }
    }

    /// Runs `sql` with `values` bound to its `?`s and returns every row.
    @discardableResult
    package func query(_ sql: String, _ values: [Value] = []) throws(HistoryFailure) -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw failure("cannot prepare `\(sql.prefix(60))`") }
        defer { sqlite3_finalize(statement) }
        bind(values, to: statement)
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw failure("cannot run `\(sql.prefix(60))`") }
            let columns = sqlite3_column_count(statement)
            rows.append((0..<columns).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: .real(sqlite3_column_double(statement, column))
                case SQLITE_TEXT: .text(String(cString: sqlite3_column_text(statement, column)))
                default: .null
                }
            })
        }
        return rows
    }

    /// Runs the one statement `sql` once per element of `rows`, prepared once (a run's thousands
    /// of findings are inserted without parsing the statement again for each).
    package func run(_ sql: String, rows: [[Value]]) throws(HistoryFailure) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw failure("cannot prepare `\(sql.prefix(60))`") }
        defer { sqlite3_finalize(statement) }
        for values in rows {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            bind(values, to: statement)
            guard sqlite3_step(statement) == SQLITE_DONE else { throw failure("cannot run `\(sql.prefix(60))`") }
        }
    }

    /// Binds `values` to the `?`s of `statement`, in order.
    private func bind(_ values: [Value], to statement: OpaquePointer?) {
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (position, value) in values.enumerated() {
            let index = Int32(position + 1)
            switch value {
            case .null: sqlite3_bind_null(statement, index)
            case .integer(let number): sqlite3_bind_int64(statement, index, number)
            case .real(let number): sqlite3_bind_double(statement, index, number)
            case .text(let text): sqlite3_bind_text(statement, index, text, -1, transient)
            }
        }
    }

    /// Runs `body` in one write transaction: all of it lands, or none (a failure, or the
    /// process killed half-way, leaves the database as it was).
    package func transaction<T>(_ body: () throws(HistoryFailure) -> T) throws(HistoryFailure) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

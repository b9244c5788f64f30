import Foundation
import PostgresNIO

/// Statements run on PostgreSQL through its wire protocol (postgres-nio), each row coming back
/// as one JSON object (`row_to_json`), so every engine hands rows over the same way.
struct PostgresWarehouse: WarehouseSession {
    let location: PostgresLocation

    func run(_ statements: [String], row: (Int, String) throws(WarehouseError) -> Void) async throws(WarehouseError) {
        var logger = Logger(label: "rapport.warehouse")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try configuration(), id: 1, logger: logger)
        } catch let error as WarehouseError {
            throw error
        } catch {
            throw WarehouseError("warehouse.connect_failed", "cannot connect to \(location.name): \(Self.describe(error))",
                                 help: ["check the host, port, user and database in the URL; a password goes in the URL or PGPASSWORD"])
        }
        do {
            // The layout's tables are named without a schema: the URL's schema is searched.
            try await connection.query(PostgresQuery(unsafeSQL: "SET search_path TO \"\(location.schema.replacingOccurrences(of: "\"", with: "\"\""))\""),
                                       logger: logger)
            for (index, sql) in statements.enumerated() {
                let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT row_to_json(q)::text FROM (\(sql)) q"), logger: logger)
                for try await result in rows { try row(index, try result.decode(String.self)) }
            }
        } catch let error as WarehouseError {
            try? await connection.close()
            throw error
        } catch {
            try? await connection.close()
            throw WarehouseError.queryFailed(on: "PostgreSQL", Self.describe(error))
        }
        try? await connection.close()
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        if location.host.hasPrefix("/") {
            return PostgresConnection.Configuration(unixSocketPath: location.host + "/.s.PGSQL.\(location.port)", username: location.user,
                                                    password: location.password, database: location.database)
        }
        let tls: PostgresConnection.Configuration.TLS
        switch location.sslMode {
        case "disable", "allow": tls = .disable
        default:
            var settings = TLSConfiguration.makeClientConfiguration()
            // As libpq: `prefer` and `require` encrypt without checking whom; the `verify-` modes check.
            if !location.sslMode.hasPrefix("verify") { settings.certificateVerification = .none }
            let context = try NIOSSLContext(configuration: settings)
            tls = location.sslMode == "prefer" ? .prefer(context) : .require(context)
        }
        return PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                password: location.password, database: location.database, tls: tls)
    }

    /// What went wrong, in PostgreSQL's own words where it gave some.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.hint].map { " (\($0))" } ?? "")
        }
        if let underlying = error.underlying { return describe(connecting: underlying) }
        return "\(error.code)"
    }

    /// Why a connection failed, as people say it: "Connection refused (127.0.0.1:1)".
    private static func describe(connecting error: any Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        guard let failure = error as? NIOConnectionError else { return "\(error)" }
        if failure.connectionErrors.isEmpty, failure.dnsAError != nil || failure.dnsAAAAError != nil {
            return "the host name \(failure.host) cannot be resolved"
        }
        guard let last = failure.connectionErrors.last else { return "\(error)" }
        let reason = (last.error as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? "\(last.error)"
        return "\(reason) (\(failure.host):\(failure.port))"
    }
}

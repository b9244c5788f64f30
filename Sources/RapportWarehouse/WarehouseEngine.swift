import Foundation
import RapportBase
import RapportModel

/// Where compiled rules run: a PostgreSQL database (`postgres://user@host/db`) or Spark.
public enum WarehouseEngine: Sendable, Equatable {
    case postgres(PostgresLocation)
    case spark(SparkSettings)

    /// The engine `text` names: a `postgres://` or `postgresql://` URL, or `spark`.
    public static func parse(_ text: String, spark: SparkSettings = SparkSettings()) -> Result<WarehouseEngine, WarehouseError> {
        if text == "spark" { return .success(.spark(spark)) }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            return PostgresLocation.parse(text).map(WarehouseEngine.postgres)
        }
        return .failure(WarehouseError("warehouse.unknown_engine", "`\(text)` names no engine Rapport runs on",
                                       help: ["give `postgres://user@host:port/database` or `spark` (docs/warehouse.md)"]))
    }

    /// The SQL dialect the rules are compiled to.
    public var dialect: SQLDialect {
        switch self {
        case .postgres: .postgres
        case .spark: .spark
        }
    }

    /// How reports and the history name the data: the URL without its password, or
    /// `spark:<database or tables folder>`.
    public var name: String {
        switch self {
        case .postgres(let location): location.name
        case .spark(let settings): "spark:" + (settings.tables ?? settings.database ?? "default")
        }
    }
}

/// A PostgreSQL database, as a `postgres://` URL names it (libpq's form: `sslmode`, and `host`
/// for a Unix socket folder, in the query).
public struct PostgresLocation: Sendable, Equatable {
    /// A host name, or a Unix socket folder (starting with `/`).
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// `disable`, `prefer` (the default, as libpq's: encrypted when the server offers it),
    /// `require`, or `verify-full` (the server's certificate checked).
    public var sslMode: String
    /// The schema holding the layout's tables (`rapport load` makes `rapport`).
    public var schema: String

    /// The URL without its password.
    public var name: String {
        var query: [String] = []
        if host.hasPrefix("/") {
            query.append("host=\(host)")
            if port != 5432 { query.append("port=\(port)") }
        }
        if schema != "rapport" { query.append("schema=\(schema)") }
        let server = host.hasPrefix("/") ? "" : host + (port == 5432 ? "" : ":\(port)")
        return "postgres://\(user)@\(server)/\(database)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    static func parse(_ text: String) -> Result<PostgresLocation, WarehouseError> {
        func bad(_ why: String) -> Result<PostgresLocation, WarehouseError> {
            .failure(WarehouseError("warehouse.bad_url", "cannot read the PostgreSQL URL: \(why)",
                                    help: ["the form is `postgres://user:password@host:port/database?sslmode=require&schema=rapport`; a Unix socket: `postgres://user@/database?host=/run/postgresql`"]))
        }
        guard let url = URLComponents(string: text) else { return bad("it is not a URL") }
        let environment = ProcessInfo.processInfo.environment
        var location = PostgresLocation(host: url.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? "",
                                        port: url.port ?? 5432,
                                        user: url.user?.removingPercentEncoding ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres",
                                        password: url.password?.removingPercentEncoding ?? environment["PGPASSWORD"],
                                        database: "", sslMode: "prefer", schema: "rapport")
        for item in url.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("host", let value?): location.host = value
            case ("port", let value?):
                guard let port = Int(value), (1...65535).contains(port) else { return bad("port `\(value)` is not a port number") }
                location.port = port
            case ("sslmode", let value?):
                guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(value) else {
                    return bad("sslmode `\(value)` is none of disable, prefer, require, verify-full")
                }
                location.sslMode = value
            case ("user", let value?): location.user = value
            case ("password", let value?): location.password = value
            case ("dbname", let value?): location.database = value
            case ("schema", let value?) where !value.isEmpty: location.schema = value
            default: return bad("`\(item.name)` is not a setting Rapport reads (host, port, sslmode, user, password, dbname, schema)")
            }
        }
        if location.host.isEmpty { location.host = environment["PGHOST"] ?? "localhost" }
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        if location.database.isEmpty { location.database = path.isEmpty ? location.user : path }
        if location.database.contains("/") { return bad("the database `\(location.database)` has a `/` in its name") }
        return .success(location)
    }
}

/// How `spark-sql` is run: on which master, over which tables.
public struct SparkSettings: Sendable, Equatable {
    /// Passed as `--master` (a cluster's URL, or `local[*]`); nil: Spark's default.
    public var master: String?
    /// The database holding the layout's tables (`USE`); nil: the session's current one.
    public var database: String?
    /// A folder of the layout's tables as CSV files (`rapport export --tables`), read as
    /// temporary views instead of a database.
    public var tables: String?
    /// More `--conf key=value` settings, passed on.
    public var conf: [String] = []

    public init(master: String? = nil, database: String? = nil, tables: String? = nil, conf: [String] = []) {
        self.master = master
        self.database = database
        self.tables = tables
        self.conf = conf
    }
}

/// A warehouse that could not be reached or queried, as diagnostics for people.
public struct WarehouseError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    init(_ code: String, _ message: String, help: [String] = []) {
        diagnostics = [Diagnostic(.error, code: code, message: message, help: help)]
    }

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// A statement the warehouse refused or could not finish, in its own words.
    static func queryFailed(on engine: String, _ reason: String) -> WarehouseError {
        let missing = reason.contains("does not exist") || reason.contains("TABLE_OR_VIEW_NOT_FOUND") || reason.contains("cannot be found")
        return WarehouseError("warehouse.query_failed", "\(engine) could not run Rapport's queries: \(reason)",
                              help: missing ? ["the warehouse must hold every table of `rapport schema` (`rapport load` fills PostgreSQL from a portfolio file)"] : [])
    }
}

import Foundation
import PostgresNIO

/// Where a PostgreSQL store is, read from a `postgres://user:password@host:port/database` URL;
/// the password comes from the URL or `PGPASSWORD` and is never part of `description`.
public struct PostgresLocation: Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    var password: String?
    var requireTLS: Bool
    var disableTLS: Bool

    public static func isURL(_ s: String) -> Bool { s.hasPrefix("postgres://") || s.hasPrefix("postgresql://") }

    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isURL(url), let c = URLComponents(string: url), let host = c.host, !host.isEmpty else {
            throw StoreError.open(Self.redacted(url), "expected postgres://user@host:port/database")
        }
        self.host = host
        port = c.port ?? 5432
        user = c.user?.removingPercentEncoding ?? environment["PGUSER"] ?? "postgres"
        password = c.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        let name = String(c.path.drop(while: { $0 == "/" }))
        database = name.isEmpty ? user : name
        let mode = c.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer"
        requireTLS = ["require", "verify-ca", "verify-full"].contains(mode)
        disableTLS = mode == "disable"
    }

    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// A URL with any password taken out, for messages.
    public static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url), c.password != nil else { return url }
        c.password = nil
        return c.string ?? "postgres://…"
    }
}

/// PostgreSQL through postgres-nio: a pool of connections shared by the tasks of one process.
final class PostgresDatabase: SQLDatabase {
    let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    let location: PostgresLocation

    init(_ location: PostgresLocation, connections: Int = 8) {
        self.location = location
        var config = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password, database: location.database,
            tls: Self.tls(location))
        config.options.maximumConnections = connections
        var quiet = Logger(label: "chronograph.postgres")
        quiet.logLevel = .critical
        let client = PostgresClient(configuration: config, backgroundLogger: quiet)
        self.client = client
        logger = quiet
        runner = Task { await client.run() }
    }

    static func tls(_ location: PostgresLocation) -> PostgresClient.Configuration.TLS {
        location.disableTLS ? .disable : location.requireTLS ? .require(.makeClientConfiguration()) : .prefer(.makeClientConfiguration())
    }

    /// Connects once, so that a server that is not there, a wrong password or a missing database
    /// is a clear error at once rather than the pool's endless retries.
    func probe() async throws {
        let l = location
        let tls: PostgresConnection.Configuration.TLS =
            l.disableTLS
            ? .disable
            : l.requireTLS ? .require(try .init(configuration: .makeClientConfiguration())) : .prefer(try .init(configuration: .makeClientConfiguration()))
        var config = PostgresConnection.Configuration(host: l.host, port: l.port, username: l.user, password: l.password, database: l.database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        do {
            let c = try await PostgresConnection.connect(configuration: config, id: 0, logger: logger)
            try await c.close()
        } catch {
            throw StoreError.open(l.description, Self.message(error))
        }
    }

    /// What went wrong, in words: the server's message, or the connection's failure.
    static func message(_ error: any Error) -> String {
        guard let e = error as? PSQLError else { return String(describing: error) }
        if let m = e.serverInfo?[.message] { return m }
        if let u = e.underlying { return "\(e.code): \(u)" }
        return "\(e.code)"
    }

    static func query(_ sql: String, _ binds: [SQLValue]) -> PostgresQuery {
        var b = PostgresBindings(capacity: binds.count)
        for v in binds {
            switch v {
            case .int(let i): b.append(i)
            case .double(let d): b.append(d)
            case .text(let s): b.append(s)
            case .null: b.appendNull()
            }
        }
        // `?` → `$n`; the statements of the store hold no `?` inside quotes.
        var text = ""
        var n = 0
        for ch in sql {
            if ch == "?" {
                n += 1
                text += "$\(n)"
            } else {
                text.append(ch)
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: b)
    }

    static func decode(_ row: PostgresRow) throws -> [SQLValue] {
        try row.map { cell -> SQLValue in
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8: return .int(try cell.decode(Int.self))
            case .float4, .float8: return .double(try cell.decode(Double.self))
            case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
            case .numeric: return .double(Double(try cell.decode(String.self)) ?? 0)
            default: return .text(try cell.decode(String.self))
            }
        }
    }

    struct Session: SQLSession {
        let connection: PostgresConnection
        let logger: Logger

        func execute(_ sql: String, _ binds: [SQLValue]) async throws {
            try await PostgresDatabase.readable {
                _ = try await connection.query(PostgresDatabase.query(sql, binds), logger: logger).collect()
            }
        }

        func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
            try await PostgresDatabase.readable {
                var out: [[SQLValue]] = []
                for try await row in try await connection.query(PostgresDatabase.query(sql, binds), logger: logger) {
                    out.append(try PostgresDatabase.decode(row))
                }
                return out
            }
        }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        try await Self.readable { _ = try await client.query(Self.query(sql, binds), logger: logger).collect() }
    }

    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        try await Self.readable {
            var out: [[SQLValue]] = []
            for try await row in try await client.query(Self.query(sql, binds), logger: logger) { out.append(try Self.decode(row)) }
            return out
        }
    }

    /// The body's result; a PostgreSQL error becomes `StoreError.query` with the server's words.
    static func readable<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as PSQLError {
            throw StoreError.query(message(e))
        }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLSession) async throws -> T) async throws -> T {
        let logger = self.logger
        return try await client.withConnection { connection in
            let s = Session(connection: connection, logger: logger)
            try await s.execute("BEGIN", [])
            do {
                let result = try await body(s)
                try await s.execute("COMMIT", [])
                return result
            } catch {
                try? await s.execute("ROLLBACK", [])
                throw error
            }
        }
    }

    func close() async {
        runner.cancel()
        _ = await runner.value
    }
}

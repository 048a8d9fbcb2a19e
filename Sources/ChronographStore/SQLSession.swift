/// A value bound to or read from a SQL statement, the same for SQLite and PostgreSQL.
public enum SQLValue: Sendable, Hashable {
    case int(Int)
    case double(Double)
    case text(String)
    case null

    init(_ s: String?) { self = s.map(SQLValue.text) ?? .null }
    init(_ i: Int?) { self = i.map(SQLValue.int) ?? .null }

    var string: String? {
        switch self {
        case .text(let s): s
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .null: nil
        }
    }

    var int: Int? {
        switch self {
        case .int(let i): i
        case .double(let d): Int(d)
        case .text(let s): Int(s)
        case .null: nil
        }
    }

    var double: Double? {
        switch self {
        case .double(let d): d
        case .int(let i): Double(i)
        case .text(let s): Double(s)
        case .null: nil
        }
    }
}

/// Statements on one connection. SQL is written with `?` placeholders; each backend turns them
/// into its own (PostgreSQL's `$1`, `$2`, …), and never splices a value into the text.
protocol SQLSession: Sendable {
    func execute(_ sql: String, _ binds: [SQLValue]) async throws
    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]]
}

/// Which SQL engine a session talks to, for the few statements that differ.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// The current time in whole seconds since 1970, on the database's clock (shared by workers
    /// on several machines).
    var now: String {
        switch self {
        case .sqlite: "CAST(strftime('%s','now') AS INTEGER)"
        case .postgres: "CAST(extract(epoch from now()) AS BIGINT)"
        }
    }
}

/// A database: sessions outside a transaction, and transactions that commit all or nothing.
protocol SQLDatabase: SQLSession {
    var dialect: SQLDialect { get }
    func transaction<T: Sendable>(_ body: @Sendable (any SQLSession) async throws -> T) async throws -> T
    func close() async
}

/// `?, ?, ?` for `n` values (at least one, so `IN ()` never appears).
func placeholders(_ n: Int) -> String { Array(repeating: "?", count: max(n, 1)).joined(separator: ", ") }

import Foundation
import GRDB

/// SQLite through GRDB, in WAL mode: readers run side by side, and one transaction at a time
/// writes (other processes wait on SQLite's own lock).
final class SQLiteDatabase: SQLDatabase {
    let dialect = SQLDialect.sqlite
    private let pool: DatabasePool
    private let gate = AsyncGate()

    init(path: String, readOnly: Bool = false) throws {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(60)
        config.foreignKeysEnabled = true
        // A transaction spans several accesses to the writer connection (its body is async);
        // the gate lets no other statement of this process in until it commits or rolls back.
        config.allowsUnsafeTransactions = true
        pool = try DatabasePool(path: path, configuration: config)
    }

    static func arguments(_ binds: [SQLValue]) -> StatementArguments {
        StatementArguments(
            binds.map { v -> (any DatabaseValueConvertible)? in
                switch v {
                case .int(let i): i
                case .double(let d): d
                case .text(let s): s
                case .null: nil
                }
            })
    }

    static func values(_ rows: [Row]) -> [[SQLValue]] {
        rows.map { row in
            (0..<row.count).map { i -> SQLValue in
                switch (row[i] as DatabaseValue).storage {
                case .int64(let n): .int(Int(n))
                case .double(let d): .double(d)
                case .string(let s): .text(s)
                case .blob(let b): .text(String(decoding: b, as: UTF8.self))
                case .null: .null
                }
            }
        }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        try await gate.holding { try await self.writer.execute(sql, binds) }
    }

    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        if sql.uppercased().hasPrefix("SELECT") {
            return try await pool.read { db in SQLiteDatabase.values(try Row.fetchAll(db, sql: sql, arguments: SQLiteDatabase.arguments(binds))) }
        }
        return try await gate.holding { try await self.writer.rows(sql, binds) }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLSession) async throws -> T) async throws -> T {
        try await gate.holding {
            let w = self.writer
            try await w.execute("BEGIN IMMEDIATE", [])
            do {
                let result = try await body(w)
                try await w.execute("COMMIT", [])
                return result
            } catch {
                try? await w.execute("ROLLBACK", [])
                throw error
            }
        }
    }

    func close() async {}

    /// The writer connection, used while the gate is held.
    private var writer: Writer { Writer(pool: pool) }

    struct Writer: SQLSession {
        let pool: DatabasePool

        func execute(_ sql: String, _ binds: [SQLValue]) async throws {
            try await pool.writeWithoutTransaction { db in try db.execute(sql: sql, arguments: SQLiteDatabase.arguments(binds)) }
        }

        func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
            try await pool.writeWithoutTransaction { db in SQLiteDatabase.values(try Row.fetchAll(db, sql: sql, arguments: SQLiteDatabase.arguments(binds))) }
        }
    }
}

import ChronographCore
import Foundation

/// The store over SQL tables, shared by `SQLiteStore` and `PostgresStore`.
public class SQLStore: EventStore, @unchecked Sendable {
    let tables: NormalizedTables
    public let description: String

    /// Opens the tables, creating them when `create` is set (ingest), or checking that they are
    /// there and of this version (the views, which never make a store).
    init(_ db: any SQLDatabase, description: String, create: Bool) async throws {
        let tables = NormalizedTables(db: db, name: description)
        self.tables = tables
        self.description = description
        do {
            try await withTimeout(20, description) { try await create ? tables.migrate() : tables.check() }
        } catch let e as StoreError {
            await db.close()
            throw e
        } catch {
            await db.close()
            throw StoreError.open(description, String(describing: error))
        }
    }

    public func known(_ hashes: [String]) async throws -> Set<String> { try await tables.known(hashes) }
    public func add(hash: String, extraction: Extraction) async throws -> Bool { try await tables.add(hash: hash, extraction: extraction) }
    public func documentCount() async throws -> Int { try await tables.count("document") }
    public func eventCount() async throws -> Int { try await tables.count("event") }
    public func events(_ query: StoreQuery) async throws -> Extraction { try await tables.events(query) }

    public func event(id: String) async throws -> Extraction? {
        guard let n = Int(id.hasPrefix("e") ? String(id.dropFirst()) : id) else { return nil }
        return try await tables.event(id: n)
    }

    public func actors() async throws -> [Actor] { try await tables.actors(ids: nil) }
    public func withAffiliates(_ id: String) async throws -> Set<String> { try await tables.withAffiliates(id) }
    public func actorCounts(_ query: StoreQuery, limit: Int) async throws -> [(actor: String, events: Int)] {
        try await tables.actorCounts(query, limit: limit)
    }
    public func storedExtractions() async throws -> [Extraction] { try await tables.storedExtractions() }

    public func enqueue(_ paths: [String]) async throws {
        for chunk in NormalizedTables.chunks(paths) {
            try await tables.db.execute(
                "INSERT INTO job (path) VALUES \(chunk.map { _ in "(?)" }.joined(separator: ", ")) ON CONFLICT (path) DO NOTHING", chunk.map(SQLValue.text))
        }
    }

    public func claim(worker: String, count: Int, leaseSeconds: Int) async throws -> [String] {
        let db = tables.db
        let now = db.dialect.now
        let skip = db.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await db.transaction { s in
            try await s.rows(
                """
                UPDATE job SET worker = ?, lease_until = \(now) + ?, attempts = attempts + 1
                WHERE path IN (SELECT path FROM job WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < \(now))
                               ORDER BY path LIMIT ?\(skip))
                RETURNING path
                """, [.text(worker), .int(leaseSeconds), .int(count)]
            ).compactMap { $0.first?.string }.sorted()
        }
    }

    public func finish(_ paths: [String], worker: String, error: String?) async throws {
        for chunk in NormalizedTables.chunks(paths) {
            try await tables.db.execute(
                "UPDATE job SET state = ?, error = ?, lease_until = NULL WHERE state = 'pending' AND path IN (\(placeholders(chunk.count)))",
                [.text(error == nil ? "done" : "failed"), SQLValue(error)] + chunk.map(SQLValue.text))
        }
    }

    public func jobCounts() async throws -> JobCounts {
        let now = tables.db.dialect.now
        let rows = try await tables.db.rows(
            "SELECT state, CASE WHEN lease_until > \(now) THEN 1 ELSE 0 END, COUNT(*) FROM job GROUP BY 1, 2", [])
        var c = JobCounts()
        for r in rows {
            let n = r[2].int ?? 0
            switch r[0].string {
            case "pending":
                c.pending += n
                if r[1].int == 1 { c.leased += n }
            case "done": c.done += n
            default: c.failed += n
            }
        }
        return c
    }

    public func pendingJobs(among paths: [String]) async throws -> Int {
        var n = 0
        for chunk in NormalizedTables.chunks(paths) {
            let rows = try await tables.db.rows(
                "SELECT COUNT(*) FROM job WHERE state = 'pending' AND path IN (\(placeholders(chunk.count)))", chunk.map(SQLValue.text))
            n += rows.first?.first?.int ?? 0
        }
        return n
    }

    public func close() async { await tables.db.close() }
}

/// The embedded store: one SQLite file (GRDB, WAL mode).
public final class SQLiteStore: SQLStore, @unchecked Sendable {
    /// Opens the file; with `create`, makes it if needed, else opens it read-only and fails with
    /// `StoreError.missing` when there is none.
    public init(path: String, create: Bool = true) async throws {
        if !create, !FileManager.default.fileExists(atPath: path) { throw StoreError.missing(path) }
        let db: SQLiteDatabase
        do {
            db = try SQLiteDatabase(path: path, readOnly: !create)
        } catch {
            throw StoreError.open(path, "\(error)")
        }
        try await super.init(db, description: path, create: create)
    }
}

/// The shared store: a PostgreSQL database (postgres-nio), for many ingest workers and readers.
public final class PostgresStore: SQLStore, @unchecked Sendable {
    /// Connects; with `create`, makes the tables if needed, else fails with `StoreError.missing`
    /// when the database holds no store.
    public init(url: String, connections: Int = 8, create: Bool = true) async throws {
        let location = try PostgresLocation(url: url)
        let db = PostgresDatabase(location, connections: connections)
        do {
            try await db.probe()
        } catch {
            await db.close()
            throw error
        }
        try await super.init(db, description: location.description, create: create)
    }
}

/// Opening a store by what a user gives: a `postgres://` URL, or a path to a SQLite file.
public enum Store {
    /// Opens a store; only `create` (ingest) makes one, the views fail clearly when it is missing.
    public static func open(_ location: String, create: Bool = false) async throws -> any EventStore {
        if PostgresLocation.isURL(location) { return try await PostgresStore(url: location, create: create) }
        return try await SQLiteStore(path: location, create: create)
    }

    /// A stable hash of an article's content (FNV-1a, 64 bits, over id, date and text).
    public static func contentHash(id: String, published: String?, text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [id, published ?? "", text] {
            for b in part.utf8 {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01B3
            }
            h ^= 0xFF
            h = h &* 0x0000_0100_0000_01B3
        }
        return String(h, radix: 16) + "-" + String(text.utf8.count, radix: 16)
    }
}

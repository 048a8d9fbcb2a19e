import ChronographCore
import Foundation
import GRDB

/// Errors of the store, with the file they concern.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case open(String, String)
    case corrupt(String, String)

    public var description: String {
        switch self {
        case .open(let path, let why): "\(path): cannot open the store: \(why)"
        case .corrupt(let path, let why): "\(path): the store is damaged: \(why)"
        }
    }
}

/// The corpus on disk: SQLite through GRDB in WAL mode, with a versioned schema. Each article is
/// kept once, by a hash of its content, with its extraction; events are also kept in a table
/// with their dates and codes so views can filter before loading.
public final class Store: Sendable {
    public let path: String
    private let db: DatabaseQueue

    /// Opens the store at `path`; with `create: false` a missing file is an error, not a new
    /// empty store (views read a store, only `ingest` makes one).
    public init(path: String, create: Bool = true) throws {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.open(path, "no such store (make one with `chronograph ingest FILES --store \(path)`)")
        }
        var config = Configuration()
        config.journalMode = .wal
        do {
            db = try DatabaseQueue(path: path, configuration: config)
            try Store.migrator.migrate(db)
        } catch {
            throw StoreError.open(path, "\(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.primaryKey("hash", .text)
                t.column("id", .text).notNull().indexed()
                t.column("lang", .text)
                t.column("published", .text)
                t.column("extraction", .blob).notNull()
                t.column("ingested", .datetime).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("document", .text).notNull().indexed().references("document", onDelete: .cascade)
                t.column("first_day", .integer).indexed()
                t.column("last_day", .integer)
                t.column("code", .text).notNull().indexed()
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
            }
        }
        return m
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

    /// The hashes already stored among these.
    public func known(_ hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try db.read { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: hashes.count, by: 500) {
                let part = Array(hashes[chunk..<min(chunk + 500, hashes.count)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                let rows = try String.fetchAll(db, sql: "SELECT hash FROM document WHERE hash IN (\(marks))", arguments: StatementArguments(part))
                found.formUnion(rows)
            }
            return found
        }
    }

    /// Adds extracted articles in one transaction: all of them, or none if the process dies.
    public func add(_ items: [(hash: String, extraction: Extraction)]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.write { db in
            for item in items {
                let doc = item.extraction.documents.first
                try db.execute(
                    sql: "INSERT OR IGNORE INTO document (hash, id, lang, published, extraction, ingested) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [item.hash, doc?.id ?? item.hash, doc?.lang, doc?.published, try encoder.encode(item.extraction), Date()])
                guard db.changesCount > 0 else { continue }
                for e in item.extraction.events {
                    let i = e.date?.interval
                    try db.execute(
                        sql: "INSERT INTO event (document, first_day, last_day, code, source, target) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [item.hash, i?.first, i?.last, e.type.code, e.source.joined(separator: " "), e.target.joined(separator: " ")])
                }
            }
        }
    }

    public func documentCount() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") ?? 0 }
    }

    /// Every stored extraction, merged into one corpus (same actors, same events folded).
    public func corpus(filter: EventFilter = EventFilter()) throws -> Extraction {
        let decoder = JSONDecoder()
        var parts: [Extraction] = []
        try db.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT hash, extraction FROM document ORDER BY ingested, id")
            while let row = try rows.next() {
                let data: Data = row["extraction"]
                do {
                    var e = try decoder.decode(Extraction.self, from: data)
                    e.events = e.events.filter(filter.keeps)
                    parts.append(e)
                } catch {
                    throw StoreError.corrupt(path, "document \(row["hash"] as String? ?? "?"): \(error)")
                }
            }
        }
        return Corpus.merge(parts)
    }
}

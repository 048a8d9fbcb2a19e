import ChronographCore
import Foundation

/// The store's logic over its normalized tables, written once for SQLite and PostgreSQL: adding
/// an article (merging its events into the events already stored, as `Corpus.merge` does) and
/// reading back only the events a query asks for.
struct NormalizedTables: Sendable {
    let db: any SQLDatabase
    let name: String

    /// Creates the tables if needed; refuses a store of another version.
    func migrate() async throws {
        let dialect = db.dialect
        try await db.transaction { s in
            if dialect == .postgres {
                try await s.execute("SELECT pg_advisory_xact_lock(7240914)", [])
            } else {
                let old = try await s.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'", [])
                if !old.isEmpty { throw StoreError.version(name, "made by an older chronograph; ingest the articles into a new store") }
            }
            for sql in Schema.statements(dialect) { try await s.execute(sql, []) }
            let v = try await s.rows("SELECT value FROM chronograph_meta WHERE name = 'schema'", [])
            if let found = v.first?.first?.string {
                if found != String(Schema.version) { throw StoreError.version(name, "schema version \(found), this chronograph reads \(Schema.version)") }
            } else {
                try await s.execute("INSERT INTO chronograph_meta (name, value) VALUES ('schema', ?)", [.text(String(Schema.version))])
            }
        }
    }

    /// Checks that the tables are there and of this version, changing nothing.
    func check() async throws {
        let table =
            db.dialect == .postgres
            ? "SELECT 1 FROM information_schema.tables WHERE table_name = 'chronograph_meta' AND table_schema = current_schema()"
            : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chronograph_meta'"
        guard try await !db.rows(table, []).isEmpty else { throw StoreError.missing(name) }
        let v = try await db.rows("SELECT value FROM chronograph_meta WHERE name = 'schema'", [])
        guard let found = v.first?.first?.string, found == String(Schema.version) else {
            throw StoreError.version(name, "schema version \(v.first?.first?.string ?? "none"), this chronograph reads \(Schema.version)")
        }
    }

    // MARK: writing

    static func mergeKey(_ e: Event) -> String {
        e.type.root + "|" + e.source.sorted().joined(separator: ",") + ">" + e.target.sorted().joined(separator: ",")
    }

    /// Stores one article's extraction unless its hash is already stored; returns whether it did.
    func add(hash: String, extraction: Extraction) async throws -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(extraction), as: UTF8.self)
        let dialect = db.dialect
        return try await db.transaction { s in
            let doc = extraction.documents.first
            let inserted = try await s.rows(
                """
                INSERT INTO document (hash, id, lang, title, published, published_inferred, extraction, ingested)
                VALUES (?, ?, ?, ?, ?, ?, ?, \(dialect.now)) ON CONFLICT (hash) DO NOTHING RETURNING hash
                """,
                [
                    .text(hash), .text(doc?.id ?? hash), SQLValue(doc?.lang), SQLValue(doc?.title), SQLValue(doc?.published),
                    .int(doc?.publishedInferred == true ? 1 : 0), .text(json),
                ])
            guard !inserted.isEmpty else { return false }
            let keys = Set(extraction.events.map(Self.mergeKey)).sorted()
            if dialect == .postgres {
                // Two workers merging events of the same actors and root wait for each other here.
                for k in keys { try await s.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [.text(k)]) }
            }
            try await storeActors(extraction, s, dialect)
            for e in extraction.events { try await storeEvent(e, hash: hash, s) }
            return true
        }
    }

    private func storeActors(_ extraction: Extraction, _ s: any SQLSession, _ dialect: SQLDialect) async throws {
        var actors: [String: Actor] = [:]
        for a in extraction.actors { actors[a.id] = a }
        for e in extraction.events {
            for id in e.source + e.target where actors[id] == nil { actors[id] = Actor(id: id, name: id, type: .organization) }
        }
        let lock = dialect == .postgres ? " FOR UPDATE" : ""
        for (id, a) in actors.sorted(by: { $0.key < $1.key }) {
            try await s.execute(
                "INSERT INTO actor (id, name, type, codes, affiliation, aliases) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                [.text(id), .text(a.name), .text(a.type.rawValue), .text(Self.json(a.codes)), SQLValue(a.affiliation), .text(Self.json(a.aliases))])
            let row = try await s.rows("SELECT aliases FROM actor WHERE id = ?\(lock)", [.text(id)])
            let known = Self.list(row.first?.first?.string)
            let more = a.aliases.filter { !known.contains($0) }
            if !more.isEmpty { try await s.execute("UPDATE actor SET aliases = ? WHERE id = ?", [.text(Self.json(known + more)), .text(id)]) }
        }
    }

    private func storeEvent(_ e: Event, hash: String, _ s: any SQLSession) async throws {
        let interval = e.date?.interval
        var sql = "SELECT id, granularity, location FROM event WHERE merge_key = ? AND modality = ? AND "
        var binds: [SQLValue] = [.text(Self.mergeKey(e)), .text(e.modality.rawValue)]
        if let i = interval {
            sql += "first_day IS NOT NULL AND first_day <= ? AND last_day >= ?"
            binds += [.int(i.last), .int(i.first)]
        } else if let d = e.date {
            sql += "first_day IS NULL AND date_value = ?"
            binds.append(.text(d.value))
        } else {
            sql += "date_value IS NULL"
        }
        let found = try await s.rows(sql + " ORDER BY id LIMIT 1", binds)
        let id: Int
        if let row = found.first, let existing = row[0].int {
            id = existing
            let granularity = row[1].string.flatMap(Granularity.init(rawValue:))
            if let d = e.date, granularity == nil || d.granularity < granularity! {
                try await s.execute(
                    "UPDATE event SET date_value = ?, granularity = ?, first_day = ?, last_day = ? WHERE id = ?",
                    [.text(d.value), .text(d.granularity.rawValue), SQLValue(interval?.first), SQLValue(interval?.last), .int(id)])
                try await s.execute(
                    "UPDATE event_actor SET first_day = ?, last_day = ? WHERE event = ?", [SQLValue(interval?.first), SQLValue(interval?.last), .int(id)])
            }
            if row[2] == .null, let l = e.location { try await s.execute("UPDATE event SET location = ? WHERE id = ?", [.text(l), .int(id)]) }
        } else {
            let rows = try await s.rows(
                """
                INSERT INTO event (merge_key, modality, code, root, label, quad, goldstein, date_value, granularity, first_day, last_day, location, trigger_words)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(Self.mergeKey(e)), .text(e.modality.rawValue), .text(e.type.code), .text(e.type.root), .text(e.type.label),
                    .int(e.type.quadClass), .double(e.goldstein), SQLValue(e.date?.value), SQLValue(e.date?.granularity.rawValue),
                    SQLValue(interval?.first), SQLValue(interval?.last), SQLValue(e.location), SQLValue(e.trigger),
                ])
            guard let new = rows.first?.first?.int else { throw StoreError.corrupt(name, "no id for a new event") }
            id = new
            for (role, ids) in [("source", e.source), ("target", e.target)] {
                for (n, actor) in ids.enumerated() {
                    try await s.execute(
                        "INSERT INTO event_actor (event, actor, role, ordinal, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [.int(id), .text(actor), .text(role), .int(n), SQLValue(interval?.first), SQLValue(interval?.last)])
                }
            }
        }
        for ev in e.evidence {
            try await s.execute(
                """
                INSERT INTO evidence (event, document_hash, document, sentence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """,
                [.int(id), .text(hash), .text(ev.document), .text(ev.sentence), .int(ev.start), .int(ev.end)])
        }
    }

    // MARK: reading

    func known(_ hashes: [String]) async throws -> Set<String> {
        var found = Set<String>()
        for chunk in Self.chunks(hashes) {
            let rows = try await db.rows("SELECT hash FROM document WHERE hash IN (\(placeholders(chunk.count)))", chunk.map(SQLValue.text))
            found.formUnion(rows.compactMap { $0.first?.string })
        }
        return found
    }

    func count(_ table: String) async throws -> Int {
        try await db.rows("SELECT COUNT(*) FROM \(table)", []).first?.first?.int ?? 0
    }

    /// The events a query asks for, with their actors, evidence and documents, as an extraction
    /// the views read; event ids are `e` and the stored id.
    func events(_ query: StoreQuery) async throws -> Extraction {
        let (clause, binds) = query.fromClause()
        var sql = """
            SELECT e.id, e.code, e.root, e.label, e.goldstein, e.modality, e.date_value, e.granularity, e.location, e.trigger_words
            \(clause) ORDER BY (e.last_day IS NULL), e.last_day, e.first_day DESC, e.id
            """
        var all = binds
        if let limit = query.limit {
            sql += " LIMIT ? OFFSET ?"
            all += [.int(limit), .int(query.offset)]
        }
        let rows = try await db.rows(sql, all)
        return try await assemble(rows)
    }

    /// One event with all its evidence, or nil.
    func event(id: Int) async throws -> Extraction? {
        let rows = try await db.rows(
            "SELECT e.id, e.code, e.root, e.label, e.goldstein, e.modality, e.date_value, e.granularity, e.location, e.trigger_words FROM event e WHERE e.id = ?",
            [.int(id)])
        return rows.isEmpty ? nil : try await assemble(rows)
    }

    private func assemble(_ rows: [[SQLValue]]) async throws -> Extraction {
        var events: [Event] = []
        var index: [Int: Int] = [:]
        for r in rows {
            guard let id = r[0].int else { continue }
            let date = r[6].string.map { TimeValue($0, granularity: r[7].string.flatMap(Granularity.init(rawValue:))) }
            index[id] = events.count
            events.append(
                Event(
                    id: "e\(id)", date: date, type: EventType(code: r[1].string ?? "", root: r[2].string, label: r[3].string ?? ""),
                    goldstein: r[4].double ?? 0, source: [], target: [], location: r[8].string,
                    modality: r[5].string.flatMap(Modality.init(rawValue:)) ?? .asserted, evidence: [], trigger: r[9].string))
        }
        var actorIDs = Set<String>()
        var hashes = Set<String>()
        for chunk in Self.chunks(Array(index.keys).sorted()) {
            let ids = chunk.map(SQLValue.int)
            let links = try await db.rows(
                "SELECT event, actor, role FROM event_actor WHERE event IN (\(placeholders(chunk.count))) ORDER BY event, role, ordinal", ids)
            for l in links {
                guard let e = l[0].int.flatMap({ index[$0] }), let a = l[1].string else { continue }
                if l[2].string == "source" { events[e].source.append(a) } else { events[e].target.append(a) }
                actorIDs.insert(a)
            }
            let evidence = try await db.rows(
                """
                SELECT event, document, sentence, start_offset, end_offset, document_hash FROM evidence
                WHERE event IN (\(placeholders(chunk.count))) ORDER BY id
                """, ids)
            for v in evidence {
                guard let e = v[0].int.flatMap({ index[$0] }) else { continue }
                events[e].evidence.append(
                    Evidence(document: v[1].string ?? "", sentence: v[2].string ?? "", start: v[3].int ?? 0, end: v[4].int ?? 0))
                if let h = v[5].string { hashes.insert(h) }
            }
        }
        var out = Extraction(events: events)
        out.actors = try await actors(ids: actorIDs.sorted())
        for chunk in Self.chunks(hashes.sorted()) {
            let docs = try await db.rows(
                "SELECT id, lang, title, published, published_inferred FROM document WHERE hash IN (\(placeholders(chunk.count))) ORDER BY id",
                chunk.map(SQLValue.text))
            out.documents += docs.map {
                DocumentInfo(
                    id: $0[0].string ?? "", lang: $0[1].string ?? "und", title: $0[2].string, published: $0[3].string, publishedInferred: $0[4].int == 1)
            }
        }
        return out
    }

    /// Actors by id (all of them when `ids` is nil), without their mentions.
    func actors(ids: [String]?) async throws -> [Actor] {
        let columns = "SELECT id, name, type, codes, affiliation, aliases FROM actor"
        var rows: [[SQLValue]] = []
        if let ids {
            for chunk in Self.chunks(ids) {
                rows += try await db.rows("\(columns) WHERE id IN (\(placeholders(chunk.count))) ORDER BY id", chunk.map(SQLValue.text))
            }
        } else {
            rows = try await db.rows("\(columns) ORDER BY id", [])
        }
        return rows.map {
            Actor(
                id: $0[0].string ?? "", name: $0[1].string ?? "", type: $0[2].string.flatMap(ActorType.init(rawValue:)) ?? .organization,
                codes: Self.list($0[3].string), affiliation: $0[4].string, aliases: Self.list($0[5].string))
        }
    }

    /// An actor with the actors affiliated to it.
    func withAffiliates(_ id: String) async throws -> Set<String> {
        let rows = try await db.rows("SELECT id FROM actor WHERE affiliation = ?", [.text(id)])
        return Set([id] + rows.compactMap { $0.first?.string })
    }

    /// How many events of a query name each actor, most first.
    func actorCounts(_ query: StoreQuery, limit: Int) async throws -> [(actor: String, events: Int)] {
        let (clause, binds) = query.fromClause()
        let rows = try await db.rows(
            """
            SELECT a.actor, COUNT(DISTINCT a.event) AS n FROM event_actor a WHERE a.event IN (SELECT e.id \(clause))
            GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT ?
            """, binds + [.int(limit)])
        return rows.compactMap { r in r[0].string.map { ($0, r[1].int ?? 0) } }
    }

    /// Every stored article's Extraction JSON, in the order they were stored.
    func storedExtractions() async throws -> [Extraction] {
        let decoder = JSONDecoder()
        let rows = try await db.rows("SELECT hash, extraction FROM document ORDER BY ingested, id", [])
        return try rows.map { r in
            do {
                return try decoder.decode(Extraction.self, from: Data((r[1].string ?? "").utf8))
            } catch {
                throw StoreError.corrupt(name, "document \(r[0].string ?? "?"): \(error)")
            }
        }
    }

    // MARK: helpers

    static func chunks<T>(_ items: [T], size: Int = 500) -> [[T]] {
        stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    static func json(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func list(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}

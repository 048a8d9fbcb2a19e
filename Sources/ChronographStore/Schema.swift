/// The normalized tables of a store, the same in SQLite and PostgreSQL but for the types of
/// keys: documents (with the Extraction JSON kept for export), actors, merged events, who takes
/// part in each event and on which side, the sentences that state it, and the ingest jobs.
enum Schema {
    /// The version written in `chronograph_meta`; a store of another version is refused.
    static let version = 2

    static func statements(_ dialect: SQLDialect) -> [String] {
        let key = dialect == .postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"
        let big = dialect == .postgres ? "BIGINT" : "INTEGER"
        let real = dialect == .postgres ? "DOUBLE PRECISION" : "REAL"
        return [
            "CREATE TABLE IF NOT EXISTS chronograph_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS document (
              hash TEXT PRIMARY KEY, id TEXT NOT NULL, lang TEXT, title TEXT, published TEXT,
              published_inferred INTEGER NOT NULL DEFAULT 0, extraction TEXT NOT NULL, ingested \(big) NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS document_id ON document (id)",
            """
            CREATE TABLE IF NOT EXISTS actor (
              id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, codes TEXT NOT NULL,
              affiliation TEXT, aliases TEXT NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS actor_affiliation ON actor (affiliation)",
            """
            CREATE TABLE IF NOT EXISTS event (
              id \(key), merge_key TEXT NOT NULL, modality TEXT NOT NULL, code TEXT NOT NULL,
              root TEXT NOT NULL, label TEXT NOT NULL, quad INTEGER NOT NULL, goldstein \(real) NOT NULL,
              date_value TEXT, granularity TEXT, first_day INTEGER, last_day INTEGER, location TEXT, trigger_words TEXT)
            """,
            "CREATE INDEX IF NOT EXISTS event_merge ON event (merge_key)",
            "CREATE INDEX IF NOT EXISTS event_days ON event (last_day, first_day)",
            "CREATE INDEX IF NOT EXISTS event_first ON event (first_day)",
            "CREATE INDEX IF NOT EXISTS event_code ON event (code)",
            """
            CREATE TABLE IF NOT EXISTS event_actor (
              event \(big) NOT NULL REFERENCES event (id) ON DELETE CASCADE, actor TEXT NOT NULL REFERENCES actor (id),
              role TEXT NOT NULL, ordinal INTEGER NOT NULL, first_day INTEGER, last_day INTEGER, PRIMARY KEY (event, role, actor))
            """,
            // An actor's events (in event order, for joining two actors' events), and, with the
            // event's days repeated here, an actor's events in a date window as one index range.
            "CREATE INDEX IF NOT EXISTS event_actor_actor ON event_actor (actor, event)",
            "CREATE INDEX IF NOT EXISTS event_actor_actor_days ON event_actor (actor, last_day, first_day, event)",
            """
            CREATE TABLE IF NOT EXISTS evidence (
              id \(key), event \(big) NOT NULL REFERENCES event (id) ON DELETE CASCADE, document_hash TEXT NOT NULL REFERENCES document (hash),
              document TEXT NOT NULL, sentence TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
              UNIQUE (event, document, start_offset, end_offset))
            """,
            "CREATE INDEX IF NOT EXISTS evidence_document ON evidence (document_hash)",
            """
            CREATE TABLE IF NOT EXISTS job (
              path TEXT PRIMARY KEY, state TEXT NOT NULL DEFAULT 'pending', worker TEXT, lease_until \(big),
              attempts INTEGER NOT NULL DEFAULT 0, error TEXT)
            """,
            "CREATE INDEX IF NOT EXISTS job_state ON job (state, lease_until)",
        ]
    }
}

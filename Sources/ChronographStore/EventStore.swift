import ChronographCore

/// A corpus kept in a database: articles stored once by content hash, their events merged
/// across articles into normalized tables, read back with filters applied in SQL, and a job
/// table through which several ingest workers share the work.
public protocol EventStore: Sendable {
    /// Where the store is, never with a password.
    var description: String { get }

    /// The hashes already stored among these.
    func known(_ hashes: [String]) async throws -> Set<String>
    /// Stores an article's extraction in one transaction unless its hash is stored; true if it was added.
    func add(hash: String, extraction: Extraction) async throws -> Bool
    func documentCount() async throws -> Int
    func eventCount() async throws -> Int

    /// The events a query selects, with only their actors, evidence and documents.
    func events(_ query: StoreQuery) async throws -> Extraction
    /// One event (id as in `events`, `e12` or `12`) with all its evidence; nil when there is none.
    func event(id: String) async throws -> Extraction?
    /// Every actor, without mentions (names and aliases, to resolve what a user types).
    func actors() async throws -> [Actor]
    /// An actor with the actors affiliated to it (a state with its leaders and ministries).
    func withAffiliates(_ id: String) async throws -> Set<String>
    /// How many of a query's events name each actor, most first.
    func actorCounts(_ query: StoreQuery, limit: Int) async throws -> [(actor: String, events: Int)]
    /// Every stored article's Extraction JSON, as ingested (for export).
    func storedExtractions() async throws -> [Extraction]

    /// Adds ingest jobs (file paths relative to the folder ingested); known ones are kept as they are.
    func enqueue(_ paths: [String]) async throws
    /// Claims up to `count` pending jobs whose lease is free or expired, leasing them to a worker.
    func claim(worker: String, count: Int, leaseSeconds: Int) async throws -> [String]
    /// Marks a worker's jobs done, or failed with a message.
    func finish(_ paths: [String], worker: String, error: String?) async throws
    /// How many jobs are pending (of which leased now), done and failed.
    func jobCounts() async throws -> JobCounts
    /// How many of these jobs are still pending (leased or not).
    func pendingJobs(among paths: [String]) async throws -> Int

    func close() async
}

/// The state of the job table.
public struct JobCounts: Sendable, Equatable {
    public var pending = 0
    public var leased = 0
    public var done = 0
    public var failed = 0
}

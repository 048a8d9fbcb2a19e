/// Errors of a store, with the store they concern (a path, or a URL without its password).
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case open(String, String)
    case corrupt(String, String)
    case version(String, String)
    /// A statement the database refused, with its reason (a PostgreSQL or SQLite message).
    case query(String)
    /// A view was asked to read a store that does not exist; only `ingest` creates one.
    case missing(String)

    public var description: String {
        switch self {
        case .open(let where_, let why): "\(where_): cannot open the store: \(why)"
        case .corrupt(let where_, let why): "\(where_): the store is damaged: \(why)"
        case .version(let where_, let why): "\(where_): cannot use this store: \(why)"
        case .query(let why): "the store refused a statement: \(why)"
        case .missing(let where_): "\(where_): no such store (make one with `chronograph ingest DIR --store \(where_)`)"
        }
    }
}

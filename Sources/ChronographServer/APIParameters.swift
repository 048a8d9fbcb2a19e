import ChronographCore
import ChronographStore

/// The query parameters of the API, checked and bounded: the command line's filters (`actor`,
/// `from`, `to`, `type`), `quad` (`coop`, `conflict`, or quad classes 1–4) and a page
/// (`limit`, `offset`). Anything malformed is a 400 with a message that names the parameter.
public struct APIParameters: Sendable {
    public static let maxLimit = 5000
    public static let defaultLimit = 500
    static let maxValueLength = 200
    static let maxValues = 20

    let values: [String: [String]]

    public init(_ pairs: [(String, String)]) throws {
        guard pairs.count <= 50 else { throw APIError.badRequest("too many query parameters") }
        var v: [String: [String]] = [:]
        for (k, value) in pairs {
            guard value.unicodeScalars.count <= Self.maxValueLength else {
                throw APIError.badRequest("parameter '\(k)' is longer than \(Self.maxValueLength) characters")
            }
            v[k, default: []].append(value)
        }
        for (k, list) in v where list.count > Self.maxValues { throw APIError.badRequest("parameter '\(k)' is repeated more than \(Self.maxValues) times") }
        values = v
    }

    func all(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    func one(_ name: String) -> String? { all(name).first }

    func required(_ name: String) throws -> String {
        guard let v = one(name) else { throw APIError.badRequest("missing parameter '\(name)'") }
        return v
    }

    func int(_ name: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = one(name) else { return d }
        guard let n = Int(raw), range.contains(n) else {
            throw APIError.badRequest("parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func day(_ name: String) throws -> DayInterval? {
        guard let raw = one(name) else { return nil }
        guard let d = DayInterval(isoValue: raw) else { throw APIError.badRequest("parameter '\(name)' must be a date: YYYY, YYYY-MM or YYYY-MM-DD") }
        return d
    }

    /// Quad classes named by `quad`: coop (1, 2), conflict (3, 4), or the numbers.
    func quads() throws -> Set<Int> {
        var out = Set<Int>()
        for q in all("quad") {
            switch q {
            case "coop", "cooperation": out.formUnion([1, 2])
            case "conflict": out.formUnion([3, 4])
            case "1", "2", "3", "4": out.insert(Int(q)!)
            default: throw APIError.badRequest("parameter 'quad' must be coop, conflict or 1–4")
            }
        }
        return out
    }

    func codes() throws -> [CameoCode] {
        try all("type").map { c in
            guard let code = CameoCode(c) else { throw APIError.badRequest("parameter 'type' must be a CAMEO code of 2 to 4 digits (19, 043)") }
            return code
        }
    }

    /// The store query these parameters ask for, with actor names already resolved to ids.
    func query(actors: Set<String>, limit: Int) throws -> StoreQuery {
        let filter = EventFilter(from: try day("from"), to: try day("to"), actors: actors, codes: try codes(), exact: true)
        return StoreQuery(
            filter: filter, quadClasses: try quads(), limit: try int("limit", default: limit, range: 1...Self.maxLimit),
            offset: try int("offset", default: 0, range: 0...10_000_000))
    }
}

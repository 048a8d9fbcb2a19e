import ChronographCore
import ChronographGraphviz
import ChronographStore
import Foundation

/// The read-only API over a store, independent of the HTTP server: each call takes the
/// request's query parameters and answers JSON (or SVG), or throws an `APIError`.
public struct ExplorerAPI: Sendable {
    public let store: any EventStore
    let names: ActorNames
    /// Events at most that a graph, a series or an actor list is made from.
    public static let maxGraphEvents = 20_000
    /// Nodes at most in `/graph.svg` (the most active actors are kept).
    public static let maxSVGNodes = 150

    public init(store: any EventStore) {
        self.store = store
        names = ActorNames(store: store)
    }

    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    func actorIDs(_ p: APIParameters) async throws -> Set<String> {
        var out = Set<String>()
        for n in p.all("actor") { out.insert(try await names.id(n)) }
        return out
    }

    /// `/api/timeline`: events in date order under the filters, a page at a time.
    public func timeline(_ pairs: [(String, String)]) async throws -> Data {
        let p = try APIParameters(pairs)
        let q = try p.query(actors: try await actorIDs(p), limit: APIParameters.defaultLimit)
        let e = try await store.events(q)
        let list = Timeline(e).entries
        return try Self.json(EventList(events: list.map { EventSummary($0, in: e) }, count: list.count, limit: q.limit ?? 0, offset: q.offset))
    }

    /// `/api/between?a=&b=`: events with one actor (or an affiliate) on each side.
    public func between(_ pairs: [(String, String)]) async throws -> Data {
        let p = try APIParameters(pairs)
        let a = try await names.id(try p.required("a"))
        let b = try await names.id(try p.required("b"))
        var q = try p.query(actors: try await actorIDs(p), limit: APIParameters.defaultLimit)
        q.involving = [try await store.withAffiliates(a), try await store.withAffiliates(b)]
        let e = try await store.events(q)
        let list = GraphQuery(e).between(a, b)
        return try Self.json(EventList(events: list.map { EventSummary($0, in: e) }, count: list.count, limit: q.limit ?? 0, offset: q.offset))
    }

    /// The graph of the events the filters keep (at most `maxGraphEvents`).
    func graph(_ p: APIParameters) async throws -> (ActorGraph, Int) {
        var q = try p.query(actors: try await actorIDs(p), limit: Self.maxGraphEvents)
        q.limit = Self.maxGraphEvents
        q.offset = 0
        let e = try await store.events(q)
        var g = ActorGraph(e)
        let minEvents = try p.int("min", default: 1, range: 1...1000)
        if minEvents > 1 { g = g.strongest(minEvents: minEvents) }
        return (g, e.events.count)
    }

    /// `/api/graph`: nodes and edges.
    public func graph(_ pairs: [(String, String)]) async throws -> Data {
        let (g, n) = try await graph(try APIParameters(pairs))
        let nodes = g.nodes.map { ActorRef(id: $0.id, name: $0.name, type: $0.type.rawValue) }
        let edges = g.relations.map {
            GraphEdge(
                source: $0.source, target: $0.target, count: $0.count, goldstein: $0.goldsteinMean, conflict: $0.isConflict, first: $0.first?.value,
                last: $0.last?.value)
        }
        return try Self.json(GraphBody(nodes: nodes, edges: edges, events: n))
    }

    /// `/graph.svg`: the same graph laid out by libgvc (the busiest actors when it is large).
    public func graphSVG(_ pairs: [(String, String)]) async throws -> Data {
        let (full, _) = try await graph(try APIParameters(pairs))
        let g = Self.busiest(full, nodes: Self.maxSVGNodes)
        let svg = try GraphRenderer.render(g, format: "svg", engine: .automatic(nodes: g.nodes.count, edges: g.relations.count))
        return Data(Self.namingActors(String(decoding: svg, as: UTF8.self), g.nodes.map(\.id)).utf8)
    }

    /// Graphviz titles nodes `n1`, `n2`, … and edges `n1->n2`; the page needs actor ids there.
    static func namingActors(_ svg: String, _ ids: [String]) -> String {
        func name(_ n: Substring) -> String {
            guard let i = Int(n), i >= 1, i <= ids.count else { return String(n) }
            return ids[i - 1].replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
                of: ">", with: "&gt;")
        }
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let open = rest.range(of: "<title>n") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</title>") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inner = rest[open.upperBound..<close.lowerBound]
            let parts = inner.components(separatedBy: "&#45;&gt;n")
            if parts.count == 2, Int(parts[0]) != nil, Int(parts[1]) != nil {
                out += "<title>" + name(Substring(parts[0])) + "&#45;&gt;" + name(Substring(parts[1])) + "</title>"
            } else if Int(inner) != nil {
                out += "<title>" + name(inner) + "</title>"
            } else {
                out += "<title>n" + inner + "</title>"
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `/api/graph.svg`'s graph: the actors with the most events, and the relations among them.
    static func busiest(_ g: ActorGraph, nodes limit: Int) -> ActorGraph {
        guard g.nodes.count > limit else { return g }
        var weight: [String: Int] = [:]
        for r in g.relations {
            weight[r.source, default: 0] += r.count
            weight[r.target, default: 0] += r.count
        }
        let kept = Set(g.nodes.map(\.id).sorted { (weight[$0] ?? 0, $1) > (weight[$1] ?? 0, $0) }.prefix(limit))
        var out = g
        out.nodes = g.nodes.filter { kept.contains($0.id) }
        out.relations = g.relations.filter { kept.contains($0.source) && kept.contains($0.target) }
        return out
    }

    /// `/api/actors`: actors with how many of the filtered events name them.
    public func actors(_ pairs: [(String, String)]) async throws -> Data {
        let p = try APIParameters(pairs)
        let q = try p.query(actors: try await actorIDs(p), limit: APIParameters.defaultLimit)
        var out: [ActorCount] = []
        for (id, n) in try await store.actorCounts(q, limit: q.limit ?? APIParameters.defaultLimit) {
            let a = try await names.actor(id)
            out.append(ActorCount(id: id, name: a?.name ?? id, type: a?.type.rawValue ?? "organization", events: n))
        }
        return try Self.json(out)
    }

    /// `/api/events/{id}`: one event with all its evidence.
    public func event(_ id: String) async throws -> Data {
        guard id.count <= 24, let e = try await store.event(id: id), let event = e.events.first else { throw APIError.notFound("no event '\(id)'") }
        let docs = Dictionary(e.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let evidence = event.evidence.map {
            EvidenceItem(
                document: $0.document, title: docs[$0.document]?.title, lang: docs[$0.document]?.lang, published: docs[$0.document]?.published,
                sentence: $0.sentence, start: $0.start, end: $0.end)
        }
        return try Self.json(EventDetail(event: EventSummary(event, in: e), location: event.location, trigger: event.trigger, evidence: evidence))
    }

    /// `/api/series?a=&b=`: events per month (`by=year` per year), cooperation and conflict
    /// apart, between two actors, of one actor (`a`), or of all.
    public func series(_ pairs: [(String, String)]) async throws -> Data {
        let p = try APIParameters(pairs)
        var q = try p.query(actors: try await actorIDs(p), limit: Self.maxGraphEvents)
        q.limit = Self.maxGraphEvents
        q.offset = 0
        var groups: [Set<String>] = []
        for name in [p.one("a"), p.one("b")].compactMap({ $0 }) { groups.append(try await store.withAffiliates(try await names.id(name))) }
        q.involving = groups
        let byYear = p.one("by") == "year"
        if let by = p.one("by"), !["month", "year"].contains(by) { throw APIError.badRequest("parameter 'by' must be month or year") }
        let e = try await store.events(q)
        var points: [String: SeriesPoint] = [:]
        for ev in e.events {
            guard let i = ev.date?.interval else { continue }
            let d = CivilDate(dayNumber: i.first)
            let key = byYear ? String(d.iso.prefix(4)) : d.isoMonth
            var pt = points[key] ?? SeriesPoint(period: key, cooperation: 0, conflict: 0, goldstein: 0)
            if ev.type.quadClass <= 2 { pt.cooperation += 1 } else { pt.conflict += 1 }
            pt.goldstein += ev.goldstein
            points[key] = pt
        }
        return try Self.json(points.values.sorted { $0.period < $1.period })
    }

    /// The error as the API's JSON body.
    public static func errorBody(_ message: String) -> Data {
        (try? json(ErrorBody(error: message))) ?? Data("{\"error\":\"error\"}".utf8)
    }
}

/// A directed relation between two actors, aggregated over the events that link them.
public struct Relation: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var events: [String]
    public var goldsteinSum: Double
    public var first: TimeValue?
    public var last: TimeValue?
    public var quadCounts: [Int]

    public var count: Int { events.count }
    public var goldsteinMean: Double { events.isEmpty ? 0 : goldsteinSum / Double(events.count) }

    /// The quad class (1–4) with the most events; ties go to the lower class.
    public var dominantQuad: Int {
        var best = 1
        for q in 1...4 where quadCounts[q - 1] > quadCounts[best - 1] { best = q }
        return best
    }

    /// Cooperation when the mean Goldstein value is above zero, conflict below.
    public var isConflict: Bool { goldsteinMean < 0 }
}

/// Nodes are actors, edges are relations aggregated from events, weighted by their count and
/// signed by the Goldstein scale.
public struct ActorGraph: Sendable {
    public var nodes: [Actor]
    public var relations: [Relation]

    public init(_ extraction: Extraction, filter: EventFilter = EventFilter()) {
        var rel: [String: Relation] = [:]
        var order: [String] = []
        var used = Set<String>()
        for e in extraction.events where filter.keeps(e) {
            for s in e.source {
                used.insert(s)
                for t in e.target where t != s {
                    used.insert(t)
                    let key = s + "\u{1}" + t
                    if rel[key] == nil {
                        rel[key] = Relation(source: s, target: t, events: [], goldsteinSum: 0, first: nil, last: nil, quadCounts: [0, 0, 0, 0])
                        order.append(key)
                    }
                    rel[key]!.events.append(e.id)
                    rel[key]!.goldsteinSum += e.goldstein
                    rel[key]!.quadCounts[e.type.quadClass - 1] += 1
                    if let d = e.date, let i = d.interval {
                        if rel[key]!.first?.interval.map({ i.first < $0.first }) ?? true { rel[key]!.first = d }
                        if rel[key]!.last?.interval.map({ i.last > $0.last }) ?? true { rel[key]!.last = d }
                    }
                }
            }
            for t in e.target { used.insert(t) }
        }
        relations = order.map { rel[$0]! }
        nodes = extraction.actors.filter { used.contains($0.id) }
    }

    /// Only relations supported by at least `count` events, and the actors they link.
    public func strongest(minEvents count: Int) -> ActorGraph {
        var g = self
        g.relations = relations.filter { $0.count >= count }
        let used = Set(g.relations.flatMap { [$0.source, $0.target] })
        g.nodes = nodes.filter { used.contains($0.id) }
        return g
    }

    /// The actors within `depth` relations of the given ones, and the relations among them.
    public func neighbourhood(of ids: Set<String>, depth: Int) -> ActorGraph {
        var keep = ids
        var frontier = ids
        for _ in 0..<max(depth, 0) {
            var next = Set<String>()
            for r in relations {
                if frontier.contains(r.source), !keep.contains(r.target) { next.insert(r.target) }
                if frontier.contains(r.target), !keep.contains(r.source) { next.insert(r.source) }
            }
            keep.formUnion(next)
            frontier = next
        }
        var g = self
        g.relations = relations.filter { keep.contains($0.source) && keep.contains($0.target) }
        g.nodes = nodes.filter { keep.contains($0.id) }
        return g
    }
}

/// What a picture of a large graph leaves out, said in its caption.
public struct GraphCut: Sendable, Hashable {
    /// Actors and relations of the whole graph.
    public var actors: Int
    public var relations: Int
    /// Relations drawn have at least this many events (1: none dropped for weight).
    public var minEvents: Int
    /// Actors and relations left out.
    public var omittedActors: Int
    public var omittedRelations: Int

    /// Nothing cut.
    public static let none = GraphCut(actors: 0, relations: 0, minEvents: 1, omittedActors: 0, omittedRelations: 0)

    /// Whether anything was left out.
    public var isEmpty: Bool { omittedActors == 0 && omittedRelations == 0 }

    /// One line for the caption: what is drawn and what is not.
    public var caption: String {
        guard !isEmpty else { return "" }
        var parts = ["\(actors - omittedActors) most connected of \(actors) actors"]
        if minEvents > 1 { parts.append("relations of \(minEvents)+ events") }
        parts.append("\(omittedActors) actors and \(omittedRelations) relations not drawn (--all draws them)")
        return parts.joined(separator: "; ")
    }
}

extension ActorGraph {
    /// A graph that can be read: the `maxActors` most connected actors (by the events of their
    /// relations), the relations among them, then only relations of at least the weight that
    /// leaves about `edgesPerActor` relations per actor drawn; with what was cut.
    public func readable(maxActors: Int = 50, edgesPerActor: Double = 2.5) -> (graph: ActorGraph, cut: GraphCut) {
        var weight: [String: Int] = [:]
        for r in relations {
            weight[r.source, default: 0] += r.count
            weight[r.target, default: 0] += r.count
        }
        let order = nodes.enumerated().sorted { a, b in
            let (wa, wb) = (weight[a.element.id] ?? 0, weight[b.element.id] ?? 0)
            return wa != wb ? wa > wb : a.offset < b.offset
        }
        let kept = Set(order.prefix(max(1, maxActors)).map(\.element.id))
        var g = self
        g.relations = relations.filter { kept.contains($0.source) && kept.contains($0.target) }
        var minEvents = 1
        let budget = Int((Double(kept.count) * edgesPerActor).rounded())
        while g.relations.filter({ $0.count >= minEvents }).count > budget, g.relations.contains(where: { $0.count > minEvents }) { minEvents += 1 }
        g.relations = g.relations.filter { $0.count >= minEvents }
        // (An actor kept but left with no relation drawn is dropped too, unless nothing is left.)
        let linked = Set(g.relations.flatMap { [$0.source, $0.target] })
        g.nodes = nodes.filter { kept.contains($0.id) && (linked.contains($0.id) || linked.isEmpty) }
        let cut = GraphCut(
            actors: nodes.count, relations: relations.count, minEvents: minEvents, omittedActors: nodes.count - g.nodes.count,
            omittedRelations: relations.count - g.relations.count)
        return (g, cut)
    }

    /// The most relations of one actor, in or out.
    public var maxDegree: Int {
        var degree: [String: Int] = [:]
        for r in relations {
            degree[r.source, default: 0] += 1
            degree[r.target, default: 0] += 1
        }
        return degree.values.max() ?? 0
    }
}

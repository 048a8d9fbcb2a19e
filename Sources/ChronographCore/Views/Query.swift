/// Questions asked of an extraction: who is linked to whom, by which events, and how.
public struct GraphQuery: Sendable {
    public let extraction: Extraction
    public let graph: ActorGraph

    public init(_ extraction: Extraction, filter: EventFilter = EventFilter()) {
        self.extraction = extraction
        self.graph = ActorGraph(extraction, filter: filter)
        self.filter = filter
    }

    private let filter: EventFilter

    /// Relations that start or end at an actor.
    public func neighbors(_ id: String) -> [Relation] {
        graph.relations.filter { $0.source == id || $0.target == id }
    }

    /// An actor with the actors affiliated to it (a state's leaders, ministries and army).
    public func withAffiliates(_ id: String) -> Set<String> {
        var out: Set<String> = [id]
        for a in extraction.actors where a.affiliation == id { out.insert(a.id) }
        return out
    }

    /// Events with one actor (or one of its affiliates) on one side and the other on the
    /// other side, in date order.
    public func between(_ a: String, _ b: String) -> [Event] {
        let sa = withAffiliates(a)
        let sb = withAffiliates(b)
        return Timeline(extraction, filter: filter).entries.filter { e in
            let s = Set(e.source)
            let t = Set(e.target)
            return (!s.isDisjoint(with: sa) && !t.isDisjoint(with: sb)) || (!s.isDisjoint(with: sb) && !t.isDisjoint(with: sa))
        }
    }

    /// The shortest chain of actors linking two actors, ignoring direction; nil when none.
    public func path(_ a: String, _ b: String) -> [String]? {
        var adjacency: [String: [String]] = [:]
        for r in graph.relations {
            adjacency[r.source, default: []].append(r.target)
            adjacency[r.target, default: []].append(r.source)
        }
        var previous: [String: String] = [a: a]
        var queue = [a]
        var head = 0
        while head < queue.count {
            let here = queue[head]
            head += 1
            if here == b { break }
            for next in adjacency[here, default: []] where previous[next] == nil {
                previous[next] = here
                queue.append(next)
            }
        }
        guard previous[b] != nil else { return nil }
        var chain = [b]
        while chain.last! != a { chain.append(previous[chain.last!]!) }
        return chain.reversed()
    }

    /// Actors with how many events name them, most active first.
    public func actors() -> [(actor: Actor, events: Int)] {
        var counts: [String: Int] = [:]
        for e in extraction.events where filter.keeps(e) {
            for id in Set(e.source + e.target) { counts[id, default: 0] += 1 }
        }
        return extraction.actors.map { ($0, counts[$0.id] ?? 0) }.sorted {
            $0.events != $1.events ? $0.events > $1.events : $0.actor.name < $1.actor.name
        }
    }
}

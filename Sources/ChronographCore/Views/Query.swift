/// Questions asked of an extraction: who is linked to whom, by which events, and how. An actor
/// asked about stands for itself and for the actors affiliated to it on each event's date, as
/// in every actor filter (see `EventFilter`; its `exact` turns that off).
public struct GraphQuery: Sendable {
    public let extraction: Extraction
    public let graph: ActorGraph

    public init(_ extraction: Extraction, filter: EventFilter = EventFilter()) {
        self.extraction = extraction
        self.graph = ActorGraph(extraction, filter: filter)
        self.filter = filter
    }

    private let filter: EventFilter

    /// Relations of the events that involve an actor (or one affiliated to it on their date).
    public func neighbors(_ id: String) -> [Relation] {
        let events = extraction.events.filter { filter.keeps($0) && filter.involves($0.source + $0.target, [id], on: $0.date) }
        return ActorGraph(Extraction(actors: extraction.actors, events: events)).relations
    }

    /// Events with one actor (or one affiliated to it on the event's date) on one side and the
    /// other on the other side, in date order.
    public func between(_ a: String, _ b: String) -> [Event] {
        Timeline(extraction, filter: filter).entries.filter { e in
            (filter.involves(e.source, [a], on: e.date) && filter.involves(e.target, [b], on: e.date))
                || (filter.involves(e.source, [b], on: e.date) && filter.involves(e.target, [a], on: e.date))
        }
    }

    /// The shortest chain of actors linking two actors, ignoring direction; nil when none. An
    /// actor is linked to those it is related to by events, and to the actor it is affiliated
    /// to on the date of one of its events (Naftali Bennett to Israel in 2021).
    public func path(_ a: String, _ b: String) -> [String]? {
        var adjacency: [String: [String]] = [:]
        for r in graph.relations {
            adjacency[r.source, default: []].append(r.target)
            adjacency[r.target, default: []].append(r.source)
        }
        for e in extraction.events where filter.keeps(e) {
            for p in Set(e.source + e.target) {
                for of in filter.affiliates(p, on: e.date) where !(adjacency[p] ?? []).contains(of) {
                    adjacency[p, default: []].append(of)
                    adjacency[of, default: []].append(p)
                }
            }
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

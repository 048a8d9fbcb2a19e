extension ActorGraph {
    /// The graph a view draws: the relations of the events a filter keeps; with `depth`, the
    /// actors within that many relations of the filter's actors instead (counting those
    /// affiliated to them on an event's date, and every event among them, whatever its actors);
    /// then only relations of at least `minEvents` events.
    public static func focused(_ extraction: Extraction, filter: EventFilter, depth: Int? = nil, minEvents: Int = 1) -> ActorGraph {
        var f = filter
        // The actors named, and those affiliated to them on the date of an event they are in.
        var seeds = f.actors
        for e in extraction.events where f.keeps(e) {
            for p in e.source + e.target where f.involves([p], f.actors, on: e.date) { seeds.insert(p) }
        }
        if depth != nil { f.actors = [] }
        var g = ActorGraph(extraction, filter: f)
        if let depth, !seeds.isEmpty { g = g.neighbourhood(of: seeds, depth: depth) }
        return minEvents > 1 ? g.strongest(minEvents: minEvents) : g
    }
}

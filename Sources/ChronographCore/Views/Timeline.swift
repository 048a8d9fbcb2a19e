/// Which events a view keeps: a date window, actors involved, and CAMEO code prefixes.
public struct EventFilter: Sendable {
    public var from: DayInterval?
    public var to: DayInterval?
    public var actors: Set<String>
    public var codePrefixes: [String]
    public var includeUndated: Bool

    public init(from: DayInterval? = nil, to: DayInterval? = nil, actors: Set<String> = [], codePrefixes: [String] = [], includeUndated: Bool = true) {
        self.from = from
        self.to = to
        self.actors = actors
        self.codePrefixes = codePrefixes
        self.includeUndated = includeUndated
    }

    public func keeps(_ e: Event) -> Bool {
        if !actors.isEmpty, actors.isDisjoint(with: e.source), actors.isDisjoint(with: e.target) { return false }
        if !codePrefixes.isEmpty, !codePrefixes.contains(where: { e.type.code.hasPrefix($0) }) { return false }
        if from != nil || to != nil {
            guard let i = e.date?.interval else { return false }
            if let from, i.last < from.first { return false }
            if let to, i.first > to.last { return false }
        }
        return true
    }
}

/// Events in date order: by the last day they may cover, so a coarse date (2018) follows the
/// finer dates it contains (2018-05-05); undated events last, in the order of the text.
public struct Timeline: Sendable {
    public var entries: [Event]

    public init(_ extraction: Extraction, filter: EventFilter = EventFilter()) {
        let kept = extraction.events.enumerated().filter { filter.keeps($0.element) }
        let sorted = kept.sorted { a, b in
            let ia = a.element.date?.interval
            let ib = b.element.date?.interval
            switch (ia, ib) {
            case let (x?, y?):
                if x.last != y.last { return x.last < y.last }
                if x.first != y.first { return x.first > y.first }
                return a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }
        entries = sorted.map(\.element)
    }
}

/// Which events a view keeps: a date window, actors involved, and CAMEO codes.
///
/// An actor filter includes the people and bodies affiliated to a named actor on the event's
/// date (`affiliations`: Vladimir Putin to Russia while he holds its presidency); with `exact`
/// only the named actors themselves count.
public struct EventFilter: Sendable {
    public var from: DayInterval?
    public var to: DayInterval?
    public var actors: Set<String>
    public var codes: [CameoCode]
    public var includeUndated: Bool
    /// Actor id → its ties to larger actors (see `Affiliation`).
    public var affiliations: [String: [Affiliation]]
    /// Only the named actors count, not their affiliates.
    public var exact: Bool

    public init(
        from: DayInterval? = nil, to: DayInterval? = nil, actors: Set<String> = [], codes: [CameoCode] = [], includeUndated: Bool = true,
        affiliations: [String: [Affiliation]] = [:], exact: Bool = false
    ) {
        self.from = from
        self.to = to
        self.actors = actors
        self.codes = codes
        self.includeUndated = includeUndated
        self.affiliations = affiliations
        self.exact = exact
    }

    public func keeps(_ e: Event) -> Bool {
        if !actors.isEmpty, !involves(e.source + e.target, actors, on: e.date) { return false }
        if !codes.isEmpty, !codes.contains(where: { e.type.cameo.isWithin($0) }) { return false }
        if from != nil || to != nil {
            guard let i = e.date?.interval else { return false }
            if let from, i.last < from.first { return false }
            if let to, i.first > to.last { return false }
        }
        return true
    }

    /// Whether one of the participants is one of the actors, or (unless `exact`) affiliated to
    /// one of them on the date.
    public func involves(_ participants: [String], _ actors: Set<String>, on date: TimeValue?) -> Bool {
        participants.contains { p in
            actors.contains(p) || (!exact && (affiliations[p] ?? []).contains { actors.contains($0.of) && $0.holds(on: date) })
        }
    }

    /// The actor an actor is affiliated to on a date, if any.
    public func affiliates(_ p: String, on date: TimeValue?) -> [String] {
        exact ? [] : (affiliations[p] ?? []).filter { $0.holds(on: date) }.map(\.of)
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

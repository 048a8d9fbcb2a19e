import ChronographCore

/// Which events to read from a store, answered in SQL: the filters of the command line (date
/// window, actors, CAMEO code prefixes), groups of actors that must each take part (an actor with
/// its affiliates, for `between`), cooperation or conflict, and a page of the results.
public struct StoreQuery: Sendable {
    public var filter: EventFilter
    /// Each set names actors of which at least one takes part in the event.
    public var involving: [Set<String>]
    /// Quad classes kept (1 verbal cooperation … 4 material conflict); empty keeps all.
    public var quadClasses: Set<Int>
    /// At most this many events, in timeline order; nil for all.
    public var limit: Int?
    public var offset: Int

    public init(filter: EventFilter = EventFilter(), involving: [Set<String>] = [], quadClasses: Set<Int> = [], limit: Int? = nil, offset: Int = 0) {
        self.filter = filter
        self.involving = involving
        self.quadClasses = quadClasses
        self.limit = limit
        self.offset = offset
    }

    /// A LIKE pattern for values starting with `p`, its own `%`, `_` and `!` taken literally.
    static func likePrefix(_ p: String) -> String {
        var out = ""
        for ch in p {
            if ch == "%" || ch == "_" || ch == "!" { out.append("!") }
            out.append(ch)
        }
        return out + "%"
    }

    /// `FROM event e … WHERE …` with its bound values. Named actors drive the query: the events
    /// are found through `event_actor`'s index (one join per group of actors), then read by id,
    /// so a query about a few actors never scans the whole event table.
    func fromClause() -> (String, [SQLValue]) {
        var parts: [String] = []
        var binds: [SQLValue] = []
        var groups = involving.filter { !$0.isEmpty }
        if !filter.actors.isEmpty { groups.insert(filter.actors, at: 0) }
        var table = "event e"
        if !groups.isEmpty {
            var joins = "SELECT DISTINCT a0.event AS id FROM event_actor a0"
            var conditions: [String] = []
            for (n, g) in groups.enumerated() {
                if n > 0 { joins += " JOIN event_actor a\(n) ON a\(n).event = a0.event" }
                conditions.append("a\(n).actor IN (\(placeholders(g.count)))")
                binds += g.sorted().map(SQLValue.text)
            }
            // The date window narrows the first actor's index range already.
            if let from = filter.from {
                conditions.append("a0.last_day >= ?")
                binds.append(.int(from.first))
            }
            if let to = filter.to {
                conditions.append("a0.first_day <= ?")
                binds.append(.int(to.last))
            }
            table = "(\(joins) WHERE \(conditions.joined(separator: " AND "))) chosen JOIN event e ON e.id = chosen.id"
        }
        if let from = filter.from {
            parts.append("e.last_day >= ?")
            binds.append(.int(from.first))
        }
        if let to = filter.to {
            parts.append("e.first_day <= ?")
            binds.append(.int(to.last))
        }
        if !filter.codes.isEmpty {
            parts.append("(" + filter.codes.map { _ in "e.code LIKE ? ESCAPE '!'" }.joined(separator: " OR ") + ")")
            for c in filter.codes { binds.append(.text(Self.likePrefix(c.description))) }
        }
        if !quadClasses.isEmpty {
            parts.append("e.quad IN (\(placeholders(quadClasses.count)))")
            binds += quadClasses.sorted().map(SQLValue.int)
        }
        return ("FROM " + table + (parts.isEmpty ? "" : " WHERE " + parts.joined(separator: " AND ")), binds)
    }
}

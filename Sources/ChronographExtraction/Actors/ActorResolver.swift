import ChronographCore
import Foundation

/// A name given by a user that no actor answers to.
public struct UnknownActorError: Error, CustomStringConvertible, Sendable {
    public var name: String
    public var description: String {
        "unknown actor '\(name)': give an id, a name or an alias in any language (see `chronograph actors list`)"
    }
}

/// The one way a name given by a user (on the command line, in a query, from Swift) becomes an
/// actor id: an actor of the corpus by id, name or alias (folded, in any language), else the
/// dictionary's entry through its index. It also knows the affiliations that an actor filter
/// follows: a person to the state or body whose office they hold on a date (the dictionary's
/// roles), a ministry or an army to its country (`affiliation`).
public struct ActorResolver: Sendable {
    private let names: [String: String]
    private let dictionary: ActorDictionary
    /// Actor id → its ties to larger actors, for the actors of the corpus.
    public let affiliations: [String: [Affiliation]]

    /// The corpus's actors by id (names and types beyond the dictionary's).
    private let actors: [String: Actor]

    public init(extraction: Extraction, dictionary: ActorDictionary) {
        var names: [String: String] = [:]
        for a in extraction.actors {
            for n in [a.id, a.name] + a.aliases where names[Folding.fold(n)] == nil { names[Folding.fold(n)] = a.id }
        }
        self.names = names
        self.dictionary = dictionary
        self.actors = Dictionary(extraction.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ties: [String: [Affiliation]] = [:]
        for a in extraction.actors {
            let list = Self.ties(affiliation: a.affiliation, entry: dictionary.entry(id: a.id))
            if !list.isEmpty { ties[a.id] = list }
        }
        affiliations = ties
    }

    /// An actor's ties: a person who holds dated offices belongs to a state or body while
    /// holding them; other actors (ministries, armies, people without offices) by their affiliation.
    private static func ties(affiliation: String?, entry: ActorEntry?) -> [Affiliation] {
        let roles = entry?.roles ?? []
        if roles.isEmpty { return (affiliation ?? entry?.affiliation).map { [Affiliation(of: $0)] } ?? [] }
        return roles.map { Affiliation(of: $0.of, from: $0.from.flatMap(CivilDate.init(iso:)), to: $0.to.flatMap(CivilDate.init(iso:))) }
    }

    /// The name of an actor of the corpus or the dictionary.
    public func name(of id: String) -> String { actors[id]?.name ?? dictionary.entry(id: id)?.name ?? id }

    /// The country an actor belongs to on a date: itself for a country, else the country reached
    /// through its ties that hold then (a minister through the ministry); nil when none.
    public func country(of id: String, on date: TimeValue?) -> String? {
        var current = id
        for _ in 0..<4 {
            if (actors[current]?.type ?? dictionary.entry(id: current)?.type) == .country { return current }
            let ties = affiliations[current] ?? Self.ties(affiliation: actors[current]?.affiliation, entry: dictionary.entry(id: current))
            guard let next = ties.first(where: { $0.holds(on: date) }) ?? ties.last else { return nil }
            current = next.of
        }
        return nil
    }

    /// Each actor of a graph with its country, on the date of its latest relation in the graph.
    public func countries(of graph: ActorGraph) -> [String: String] {
        var latest: [String: TimeValue] = [:]
        for r in graph.relations {
            for a in [r.source, r.target] {
                guard let d = r.last, let i = d.interval else { continue }
                if latest[a]?.interval.map({ $0.last < i.last }) ?? true { latest[a] = d }
            }
        }
        var out: [String: String] = [:]
        for n in graph.nodes { if let c = country(of: n.id, on: latest[n.id]) { out[n.id] = c } }
        return out
    }

    /// The id of the actor a name stands for.
    public func id(_ name: String) throws -> String {
        let key = Folding.fold(name.trimmingCharacters(in: .whitespaces))
        let bare = key.hasPrefix("ال") ? String(key.dropFirst(2)) : key
        if let id = names[key] ?? names[bare] { return id }
        if let e = dictionary.lookup(name) { return e.id }
        throw UnknownActorError(name: name)
    }

    /// The dictionary's entry for a name, for what the dictionary knows beyond the corpus.
    public func entry(_ name: String) throws -> ActorEntry {
        if let e = dictionary.lookup(name) { return e }
        throw UnknownActorError(name: name)
    }

    /// An event filter on these actors (named in any way `id` accepts), following their
    /// affiliates on each event's date unless `exact`.
    public func filter(
        actors: [String], exact: Bool = false, from: DayInterval? = nil, to: DayInterval? = nil, codes: [CameoCode] = []
    ) throws -> EventFilter {
        EventFilter(from: from, to: to, actors: Set(try actors.map(id)), codes: codes, affiliations: affiliations, exact: exact)
    }
}

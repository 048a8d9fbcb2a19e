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

    public init(extraction: Extraction, dictionary: ActorDictionary) {
        var names: [String: String] = [:]
        for a in extraction.actors {
            for n in [a.id, a.name] + a.aliases where names[Folding.fold(n)] == nil { names[Folding.fold(n)] = a.id }
        }
        self.names = names
        self.dictionary = dictionary
        var ties: [String: [Affiliation]] = [:]
        for a in extraction.actors {
            var list: [Affiliation] = []
            let entry = dictionary.entry(id: a.id)
            // A person who holds dated offices belongs to a state or body while holding them;
            // other actors (ministries, armies, people without offices) by their affiliation.
            let roles = entry?.roles ?? []
            if roles.isEmpty, let of = a.affiliation ?? entry?.affiliation { list.append(Affiliation(of: of)) }
            for r in roles {
                list.append(Affiliation(of: r.of, from: r.from.flatMap(CivilDate.init(iso:)), to: r.to.flatMap(CivilDate.init(iso:))))
            }
            if !list.isEmpty { ties[a.id] = list }
        }
        affiliations = ties
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

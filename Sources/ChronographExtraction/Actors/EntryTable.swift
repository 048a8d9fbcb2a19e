import ChronographCore

/// The dictionary's actors plus those one article adds (unknown people, places, institutions,
/// groups), indexed as one list without copying the dictionary for every article.
struct EntryTable: Sendable {
    let base: [ActorEntry]
    private(set) var extra: [ActorEntry] = []

    init(base: [ActorEntry]) { self.base = base }

    var count: Int { base.count + extra.count }

    subscript(_ i: Int) -> ActorEntry { i < base.count ? base[i] : extra[i - base.count] }

    mutating func append(_ e: ActorEntry) { extra.append(e) }

    /// The type of entry i, read in place: `self[i].type` copies the whole entry first (its
    /// names, aliases and roles), in passes that ask at every mention.
    func type(_ i: Int) -> ActorType { i < base.count ? base[i].type : extra[i - base.count].type }
}

import ChronographCore
import Foundation

/// A role held over a span of days (`prime_minister` of `israel`, 2021-06-13 – 2022-06-30).
public struct RoleTenure: Sendable, Hashable, Decodable {
    public var role: String
    public var of: String
    public var from: String?
    public var to: String?
    /// What an envoy's mission is for (`syria`), when the role says it.
    public var `for`: String?

    /// Whether the role was held on a day (open ends count as held).
    public func covers(_ day: CivilDate) -> Bool {
        if let f = from.flatMap(CivilDate.init(iso:)), day < f { return false }
        if let t = to.flatMap(CivilDate.init(iso:)), t < day { return false }
        return true
    }
}

/// One actor of the dictionary: names in every language, nisba adjectives, codes and roles.
public struct ActorEntry: Sendable, Decodable {
    public var id: String
    public var name: String
    public var type: ActorType
    public var codes: [String]?
    public var affiliation: String?
    public var aliases: [String: [String]]?
    public var nisba: [String: [String]]?
    public var roles: [RoleTenure]?
    /// Codes bounded by dates, as TABARI/PETRARCH dictionaries give them.
    public var datedCodes: [DatedCode]?

    /// The codes that hold on a day (all undated codes, and dated ones that cover it).
    public func codes(on day: CivilDate?) -> [String] {
        guard let dated = datedCodes, !dated.isEmpty else { return codes ?? [] }
        guard let day else { return codes ?? [] }
        return dated.filter { $0.covers(day) }.map(\.code)
    }

    public init(
        id: String, name: String, type: ActorType, codes: [String]? = nil, affiliation: String? = nil,
        aliases: [String: [String]]? = nil, nisba: [String: [String]]? = nil, roles: [RoleTenure]? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.codes = codes
        self.affiliation = affiliation
        self.aliases = aliases
        self.nisba = nisba
        self.roles = roles
    }

    /// Every alias in every language, the English name first (computed once when the
    /// dictionary loads; see `aliasList`).
    public var allAliases: [String] { aliasList ?? computedAliases }

    /// Filled by the dictionary when the entry is added.
    var aliasList: [String]? = nil

    var computedAliases: [String] {
        var out = [name]
        for lang in (aliases ?? [:]).keys.sorted() { for a in aliases![lang]! where !out.contains(a) { out.append(a) } }
        return out
    }
}

/// A country as `countries.yaml` states it; its plain names come from Foundation's locales.
struct CountryEntry: Decodable {
    var region: String
    var id: String
    var name: String
    var codes: [String]?
    var capital: [String: [String]]?
    var aliases: [String: [String]]?
    var nisba: [String: [String]]?

    /// The country as an actor, named also as ICU names it and its capital in each language.
    func actor(in languages: [String]) -> ActorEntry {
        var names = aliases ?? [:]
        for lang in languages {
            if let n = Locale(identifier: lang).localizedString(forRegionCode: region) {
                // ICU adds qualifiers in brackets ("ميانمار (بورما)"): keep the plain name.
                let plain = n.components(separatedBy: " (").first ?? n
                if !(names[lang] ?? []).contains(plain) { names[lang, default: []].insert(plain, at: 0) }
            }
            for c in capital?[lang] ?? [] where !(names[lang] ?? []).contains(c) { names[lang, default: []].append(c) }
        }
        if !(names["en"] ?? []).contains(name) { names["en", default: []].insert(name, at: 0) }
        return ActorEntry(id: id, name: name, type: .country, codes: codes, aliases: names, nisba: nisba)
    }
}

/// A generic role noun (`وزير الخارجية`, `foreign minister`).
struct RoleEntry: Decodable {
    var id: String
    var aliases: [String: [String]]
}

/// A generic state institution (`الخارجية`, `defence ministry`) that a country name completes.
struct InstitutionEntry: Decodable, Sendable {
    var id: String
    var name: String
    var aliases: [String: [String]]
    /// The CAMEO agent code (`COP`), which follows the country's code (`IRQCOP`); as PETRARCH
    /// writes it, `~COP` follows and `IGO~` goes before.
    var agent: String?
    /// Phrases, by language, that name this body of the article's own country when they stand
    /// alone (الحكومة, the government); see `HomeInstitutions`.
    var alone: [String: [String]]?

    /// The codes of the institution of a country with these codes.
    func codes(of country: [String]) -> [String] {
        guard let agent else { return country }
        let written = agent.contains("~") ? agent : "~" + agent
        return country.flatMap { PetrarchAgent(codes: [written], aliases: [:]).codes(with: $0) }
    }
}

/// The files of a dictionary: `actors:`, `countries:`, `roles:` and `institutions:` may each appear.
struct DictionaryFile: Decodable {
    var actors: [ActorEntry]?
    var countries: [CountryEntry]?
    var roles: [RoleEntry]?
    var institutions: [InstitutionEntry]?
    /// Words before a role noun that make it another office (نائب, deputy, former).
    var role_modifiers: [String]?
    var role_links: [String]?
}

/// What a dictionary phrase stands for.
enum ActorPhrase: Sendable {
    case alias(Int)
    case nisba(Int)
    case role(String)
    case institution(Int)
}

/// All actors the engine knows, with a trie over their aliases, nisba forms and role nouns.
public struct ActorDictionary: Sendable {
    public private(set) var entries: [ActorEntry] = []
    public private(set) var index: [String: Int] = [:]
    /// Entries by folded English name.
    private(set) var nameIndex: [String: Int] = [:]
    /// English aliases, folded, to the first entry that lists them (Syrian army → Syrian government forces).
    private(set) var englishAliasIndex: [String: Int] = [:]
    /// Every id, name and alias, folded, to its entry: the first shipped one, or the user's
    /// (a user dictionary's entry wins over the shipped one for the same name).
    private var lookupIndex: [String: Int] = [:]
    var phrases: [ActorPhrase] = []
    /// The agents of TABARI/PETRARCH dictionaries (`POLICE [~COP]`).
    public internal(set) var agents: [PetrarchAgent] = []
    /// Phrases written in capitals that must stay in capitals to match (`WHO` is not "who").
    var capitalsOnly: WordSet = []
    var trie = PhraseTrie()
    /// role id → country id → the people who held it, with their tenures.
    var holders: [String: [String: [Tenure]]] = [:]

    /// An entry's tenure of a role, its ends read once when the dictionary loads.
    struct Tenure: Sendable {
        var entry: Int
        var from: CivilDate?
        var to: CivilDate?

        init(entry: Int, _ r: RoleTenure) {
            self.entry = entry
            from = r.from.flatMap(CivilDate.init(iso:))
            to = r.to.flatMap(CivilDate.init(iso:))
        }

        /// As `RoleTenure.covers`: open ends count as held.
        func covers(_ day: CivilDate) -> Bool {
            if let from, day < from { return false }
            if let to, to < day { return false }
            return true
        }
    }
    /// Generic institutions, completed by a country (see `institutions.yaml`).
    var institutions: [InstitutionEntry] = []
    /// The institutions' `alone` phrases, each with its institution's index.
    var standingAlone = PhraseTrie()
    /// Words that, before a role noun, make it another office: no holder is resolved.
    var roleModifiers: WordSet = []
    /// English words that may stand between a role noun and its country (minister of France).
    var roleLinks: WordSet = []

    public init() {}

    /// Adds the entries of one dictionary file; later entries with the same id extend earlier
    /// ones. A user's file (`overriding`) wins over the shipped ones for the names it gives.
    mutating func add(_ file: DictionaryFile, lexicon: inout Lexicon, overriding: Bool = false, languages: [String]) {
        for c in file.countries ?? [] { add(c.actor(in: languages), lexicon: &lexicon, overriding: overriding) }
        for a in file.actors ?? [] { add(a, lexicon: &lexicon, overriding: overriding) }
        for m in file.role_modifiers ?? [] { if let id = lexicon.internPhrase(m).first { roleModifiers.insert(id) } }
        for m in file.role_links ?? [] { if let id = lexicon.internPhrase(m).first { roleLinks.insert(id) } }
        for inst in file.institutions ?? [] { add(inst, lexicon: &lexicon) }
        for r in file.roles ?? [] {
            for (_, names) in r.aliases.sorted(by: { $0.key < $1.key }) {
                for n in names { insert(n, .role(r.id), lexicon: &lexicon) }
            }
        }
    }

    mutating func add(_ entry: ActorEntry, lexicon: inout Lexicon, overriding: Bool = false) {
        let i: Int
        if let existing = index[entry.id] {
            i = existing
            var merged = entries[i]
            // (Names not already listed, codes and dated codes added: a PETRARCH file's entry
            // for a shipped actor adds its dated codes.)
            for (lang, names) in (entry.aliases ?? [:]).sorted(by: { $0.key < $1.key }) {
                let known = Set(merged.aliases?[lang] ?? [])
                merged.aliases = merged.aliases ?? [:]
                merged.aliases![lang, default: []].append(contentsOf: names.filter { !known.contains($0) })
            }
            if let codes = entry.codes { merged.codes = (merged.codes ?? []) + codes.filter { !(merged.codes ?? []).contains($0) } }
            if let dated = entry.datedCodes { merged.datedCodes = (merged.datedCodes ?? []) + dated }
            for (lang, names) in (entry.nisba ?? [:]).sorted(by: { $0.key < $1.key }) {
                if merged.nisba == nil { merged.nisba = [:] }
                merged.nisba![lang, default: []].append(contentsOf: names)
            }
            merged.roles = (merged.roles ?? []) + (entry.roles ?? [])
            merged.aliasList = merged.computedAliases
            entries[i] = merged
        } else {
            i = entries.count
            index[entry.id] = i
            var withList = entry
            withList.aliasList = entry.computedAliases
            entries.append(withList)
            if nameIndex[Folding.fold(entry.name)] == nil { nameIndex[Folding.fold(entry.name)] = i }
        }
        let names = [entry.name] + (entry.aliases ?? [:]).sorted(by: { $0.key < $1.key }).flatMap(\.value)
        var folded: [String: String] = [:]
        for name in names where folded[name] == nil {
            let key = Folding.fold(name)
            folded[name] = key
            insert(name, .alias(i), lexicon: &lexicon, first: overriding)
            if overriding || lookupIndex[key] == nil { lookupIndex[key] = i }
        }
        let idKey = Folding.fold(entry.id)
        if overriding || lookupIndex[idKey] == nil { lookupIndex[idKey] = i }
        for name in entry.aliases?["en"] ?? [] {
            let key = folded[name] ?? Folding.fold(name)
            if englishAliasIndex[key] == nil { englishAliasIndex[key] = i }
        }
        for name in (entry.nisba ?? [:]).sorted(by: { $0.key < $1.key }).flatMap(\.value) { insert(name, .nisba(i), lexicon: &lexicon, first: overriding) }
        for r in entry.roles ?? [] { holders[r.role, default: [:]][r.of, default: []].append(Tenure(entry: i, r)) }
    }

    /// (Built once: `CharacterSet.letters` makes a new set at each call.)
    private static let letters = CharacterSet.letters

    private mutating func insert(_ phrase: String, _ what: ActorPhrase, lexicon: inout Lexicon, first: Bool = false) {
        let ids = lexicon.internPhrase(phrase)
        guard !ids.isEmpty else { return }
        let letters = phrase.unicodeScalars.filter { Self.letters.contains($0) }
        if letters.count <= 5, !letters.isEmpty, letters.allSatisfy({ (0x41...0x5A).contains($0.value) }) {
            capitalsOnly.insert(Int32(phrases.count))
        }
        trie.insert(ids, payload: Int32(phrases.count), first: first)
        phrases.append(what)
    }

    /// Adds a generic institution, found next to a country's name or nisba.
    mutating func add(_ inst: InstitutionEntry, lexicon: inout Lexicon) {
        let i = institutions.count
        institutions.append(inst)
        for (_, names) in inst.aliases.sorted(by: { $0.key < $1.key }) {
            for n in names { insert(n, .institution(i), lexicon: &lexicon) }
        }
        for (_, names) in (inst.alone ?? [:]).sorted(by: { $0.key < $1.key }) {
            for n in names {
                let ids = lexicon.internPhrase(n)
                if !ids.isEmpty { standingAlone.insert(ids, payload: Int32(i)) }
            }
        }
    }

    /// A PETRARCH agent (`POLICE [~COP]`) as an institution: next to a country it makes the
    /// country's body with the combined code (`Russian police` → `RUSCOP`).
    mutating func add(_ agent: PetrarchAgent, lexicon: inout Lexicon) {
        agents.append(agent)
        guard let name = agent.aliases["en"]?.first ?? agent.aliases["ar"]?.first, let code = agent.codes.first else { return }
        let id = "agent-" + Folding.fold(name).split(separator: " ").joined(separator: "-")
        add(InstitutionEntry(id: id, name: name, aliases: agent.aliases, agent: code), lexicon: &lexicon)
    }

    /// The organization an institution makes of a country: the dictionary's own entry when it
    /// has one by that id, else a new one named after the country's nisba.
    func institution(_ i: Int, of country: Int) -> ActorEntry {
        let inst = institutions[i]
        let c = entries[country]
        let id = c.id + "-" + inst.id
        if let known = index[id] { return entries[known] }
        let adjective = c.nisba?["en"]?.first ?? c.name
        let name = adjective + " " + inst.name
        // The dictionary may know it under another id (russian-foreign-ministry).
        if let known = nameIndex[Folding.fold(name)] ?? englishAliasIndex[Folding.fold(name)] { return entries[known] }
        return ActorEntry(id: id, name: name, type: .organization, codes: inst.codes(of: c.codes ?? []), affiliation: c.id, aliases: ["en": [name]])
    }

    /// Who held a role of a country on a day; nil when the dictionary knows nobody.
    public func holder(of role: String, for country: String, on day: CivilDate?) -> ActorEntry? {
        guard let list = holders[role]?[country] else { return nil }
        if let day, let hit = list.last(where: { $0.covers(day) }) { return entries[hit.entry] }
        return nil
    }

    /// Finds an actor by id, English name or any alias in any language (folded, with or
    /// without the Arabic article), through the index.
    public func lookup(_ name: String) -> ActorEntry? {
        if let i = index[name] { return entries[i] }
        let key = Folding.fold(name.trimmingCharacters(in: .whitespaces))
        let bare = key.hasPrefix("ال") ? String(key.dropFirst(2)) : key
        return (lookupIndex[key] ?? lookupIndex[bare]).map { entries[$0] }
    }

    /// The entry with this id, if any.
    public func entry(id: String) -> ActorEntry? { index[id].map { entries[$0] } }
}

/// What kind of thing an actor is; it decides its shape in the graph.
public enum ActorType: String, Codable, Sendable, CaseIterable {
    case person, country, organization, armedGroup = "armed_group", place
}

/// A span of an article's text that names an actor; offsets count Unicode scalars, end exclusive.
public struct Mention: Codable, Sendable, Hashable {
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int

    public init(document: String, text: String, start: Int, end: Int) {
        self.document = document
        self.text = text
        self.start = start
        self.end = end
    }
}

/// An actor as the extraction reports it: its identity, its names and where the text names it.
public struct Actor: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var type: ActorType
    public var codes: [String]
    public var affiliation: String?
    public var aliases: [String]
    public var mentions: [Mention]

    public init(
        id: String, name: String, type: ActorType, codes: [String] = [], affiliation: String? = nil,
        aliases: [String] = [], mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.codes = codes
        self.affiliation = affiliation
        self.aliases = aliases
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, type, codes, affiliation, aliases, mentions }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        type = (try? c.decodeIfPresent(ActorType.self, forKey: .type)) ?? .organization
        codes = try c.decodeIfPresent([String].self, forKey: .codes) ?? []
        affiliation = try c.decodeIfPresent(String.self, forKey: .affiliation)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        mentions = try c.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }
}

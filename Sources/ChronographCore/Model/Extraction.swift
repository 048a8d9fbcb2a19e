import Foundation

/// What the pipeline knows of one article: its id, language and publication date.
public struct DocumentInfo: Codable, Sendable, Hashable {
    public var id: String
    public var lang: String
    public var title: String?
    public var published: String?
    public var publishedInferred: Bool

    public init(id: String, lang: String, title: String? = nil, published: String?, publishedInferred: Bool) {
        self.id = id
        self.lang = lang
        self.title = title
        self.published = published
        self.publishedInferred = publishedInferred
    }

    enum CodingKeys: String, CodingKey {
        case id, lang, title, published
        case publishedInferred = "published_inferred"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        lang = try c.decodeIfPresent(String.self, forKey: .lang) ?? "und"
        title = try c.decodeIfPresent(String.self, forKey: .title)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        publishedInferred = try c.decodeIfPresent(Bool.self, forKey: .publishedInferred) ?? false
    }
}

/// The Extraction JSON contract of DESIGN.md: documents, timexes, actors and events.
public struct Extraction: Codable, Sendable, Hashable {
    public var documents: [DocumentInfo]
    public var timexes: [Timex]
    public var actors: [Actor]
    public var events: [Event]

    public init(documents: [DocumentInfo] = [], timexes: [Timex] = [], actors: [Actor] = [], events: [Event] = []) {
        self.documents = documents
        self.timexes = timexes
        self.actors = actors
        self.events = events
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decodeIfPresent([DocumentInfo].self, forKey: .documents) ?? []
        timexes = try c.decodeIfPresent([Timex].self, forKey: .timexes) ?? []
        actors = try c.decodeIfPresent([Actor].self, forKey: .actors) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
    }

    /// The actor with an id.
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

    /// JSON bytes with sorted keys so the same extraction always prints the same text.
    public func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

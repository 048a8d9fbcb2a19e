import ChronographCore

/// An actor as the API names it.
struct ActorRef: Codable, Sendable {
    var id: String
    var name: String
    var type: String
}

/// An event in a list: its date and interval, code, actors and first sentence.
struct EventSummary: Codable, Sendable {
    var id: String
    var date: String?
    var first: String?
    var last: String?
    var code: String
    var label: String
    var quad: Int
    var goldstein: Double
    var modality: String
    var source: [ActorRef]
    var target: [ActorRef]
    var mentions: Int
    var sentence: String?
}

/// A sentence that states an event, with its article.
struct EvidenceItem: Codable, Sendable {
    var document: String
    var title: String?
    var lang: String?
    var published: String?
    var sentence: String
    var start: Int
    var end: Int
}

/// One event with every sentence that states it.
struct EventDetail: Codable, Sendable {
    var event: EventSummary
    var location: String?
    var trigger: String?
    var evidence: [EvidenceItem]
}

struct EventList: Codable, Sendable {
    var events: [EventSummary]
    var count: Int
    var limit: Int
    var offset: Int
}

struct GraphEdge: Codable, Sendable {
    var source: String
    var target: String
    var count: Int
    var goldstein: Double
    var conflict: Bool
    var first: String?
    var last: String?
}

/// The actor graph: nodes in the order of `/graph.svg`'s `n1`, `n2`, … and its edges.
struct GraphBody: Codable, Sendable {
    var nodes: [ActorRef]
    var edges: [GraphEdge]
    var events: Int
}

struct ActorCount: Codable, Sendable {
    var id: String
    var name: String
    var type: String
    var events: Int
}

/// Events per month (or year) between actors, cooperation and conflict apart.
struct SeriesPoint: Codable, Sendable {
    var period: String
    var cooperation: Int
    var conflict: Int
    var goldstein: Double
}

struct ErrorBody: Codable, Sendable {
    var error: String
}

extension ActorRef {
    init(_ id: String, in e: Extraction) {
        let a = e.actor(id)
        self.init(id: id, name: a?.name ?? id, type: a?.type.rawValue ?? "organization")
    }
}

extension EventSummary {
    init(_ e: Event, in x: Extraction) {
        let i = e.date?.interval
        self.init(
            id: e.id, date: e.date?.value, first: i.map { CivilDate(dayNumber: $0.first).iso }, last: i.map { CivilDate(dayNumber: $0.last).iso },
            code: e.type.code, label: e.type.label, quad: e.type.quadClass, goldstein: e.goldstein, modality: e.modality.rawValue,
            source: e.source.map { ActorRef($0, in: x) }, target: e.target.map { ActorRef($0, in: x) }, mentions: e.evidence.count,
            sentence: e.evidence.first.map { String($0.sentence.prefix(300)) })
    }
}

/// A CAMEO event type: the code, its two-digit root and a readable label.
public struct EventType: Codable, Sendable, Hashable {
    public var code: String
    public var root: String
    public var label: String

    public init(code: String, root: String? = nil, label: String) {
        self.code = code
        self.root = root ?? String(code.prefix(2))
        self.label = label
    }

    /// The code, typed; a code that is not CAMEO (from another tool's JSON) falls back to its root.
    public var cameo: CameoCode { CameoCode(code) ?? CameoCode(root) ?? CameoRoot.makePublicStatement.code }

    /// The quad class from the codebook: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public var quadClass: Int { cameo.quadClass }
}

/// The sentence that states an event, with its place in its article.
public struct Evidence: Codable, Sendable, Hashable {
    public var document: String
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(document: String, sentence: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// Whether the text says the event happened, or only denies, negates, plans or supposes it.
public enum Modality: String, Codable, Sendable {
    case asserted, negated, denied, hypothetical, planned
    /// Said by an accuser to have happened (accused Norway of shelling villages).
    case alleged
    /// Asked for by an appeal or a demand (urged Iran to release the crew, دعت إلى الانسحاب): not done.
    case requested
}

/// Who did what to whom, when and where, with the sentences that say so.
public struct Event: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var date: TimeValue?
    public var type: EventType
    public var goldstein: Double
    public var source: [String]
    public var target: [String]
    public var location: String?
    public var modality: Modality
    public var evidence: [Evidence]
    /// The words that state the event (`التقى`, `shot down`), as written.
    public var trigger: String?

    public init(
        id: String, date: TimeValue?, type: EventType, goldstein: Double, source: [String], target: [String],
        location: String? = nil, modality: Modality = .asserted, evidence: [Evidence], trigger: String? = nil
    ) {
        self.trigger = trigger
        self.id = id
        self.date = date
        self.type = type
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.location = location
        self.modality = modality
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case id, date, type, goldstein, source, target, location, modality, evidence, trigger, mentions, sources }

    /// How many times the event is reported, and in how many documents (as GDELT counts them).
    public var mentionCount: Int { evidence.count }
    public var sourceCount: Int { Set(evidence.map(\.document)).count }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decodeIfPresent(TimeValue.self, forKey: .date)
        type = try c.decode(EventType.self, forKey: .type)
        goldstein = try c.decodeIfPresent(Double.self, forKey: .goldstein) ?? 0
        source = try c.decodeIfPresent([String].self, forKey: .source) ?? []
        target = try c.decodeIfPresent([String].self, forKey: .target) ?? []
        location = try c.decodeIfPresent(String.self, forKey: .location)
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        trigger = try c.decodeIfPresent(String.self, forKey: .trigger)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        if let date { try c.encode(date, forKey: .date) } else { try c.encodeNil(forKey: .date) }
        try c.encode(type, forKey: .type)
        try c.encode(goldstein, forKey: .goldstein)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        if let location { try c.encode(location, forKey: .location) } else { try c.encodeNil(forKey: .location) }
        try c.encode(modality, forKey: .modality)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(trigger, forKey: .trigger)
        try c.encode(mentionCount, forKey: .mentions)
        try c.encode(sourceCount, forKey: .sources)
    }
}

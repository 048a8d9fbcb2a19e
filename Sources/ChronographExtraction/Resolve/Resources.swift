import Foundation

/// Everything the taggers read, loaded once and shared read-only: the lexicon, temporal words
/// and patterns, the actor dictionary, event triggers and the CAMEO codebook.
public struct Resources: Sendable {
    var lexicon = Lexicon()
    var temporal = TemporalModel()
    public internal(set) var actors = ActorDictionary()
    var events = EventModel()
    var groups = GroupModel()
    var pairs = PairModel()
    /// The open event coders' verb dictionaries (`verbs/*.txt`), proposing triggers to the learned reader.
    var verbs = VerbTriggers()
    /// The words of the dictionaries' names: an unknown person's name may use them (a new
    /// مراد فتحي besides the known فتحي باشاغا and فرقة السلطان مراد).
    var nameWords: WordSet = []
    public internal(set) var codebook: Codebook
    /// The learned reader shipped in `model/reader.model` (trained by `chronograph train` on the
    /// train split of `data/annotated`), if any; loaded once with the resources.
    public internal(set) var reader: ReaderModel?

    /// The shipped resources plus user dictionaries (YAML in the shipped form, or the
    /// TABARI/PETRARCH text format when the file does not parse as YAML).
    public static func load(dictionaries: [String] = []) throws -> Resources {
        var r = Resources(codebook: Codebook(tsv: try ResourceFiles.text("cameo/cameo.tsv")))
        for url in ResourceFiles.files(in: "temporal", ext: "yaml") {
            let file = try ResourceFiles.decode(TemporalFile.self, yaml: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
            try r.temporal.add(file, name: url.lastPathComponent, lexicon: &r.lexicon)
        }
        r.temporal.addCalendarNames(lexicon: &r.lexicon)
        r.temporal.finish()
        for url in ResourceFiles.files(in: "actors", ext: "yaml") where url.lastPathComponent != "groups.yaml" {
            try r.addDictionary(yaml: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
        }
        for url in ResourceFiles.files(in: "events", ext: "yaml") where url.lastPathComponent.hasPrefix("events.") {
            let file = try ResourceFiles.decode(EventFile.self, yaml: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
            r.events.add(file, lexicon: &r.lexicon)
        }
        let grammar = try ResourceFiles.decode([String: [String: [String]]].self, yaml: try ResourceFiles.text("events/grammar.yaml"), file: "grammar.yaml")
        let groupWords = try ResourceFiles.decode(
            [String: [String: [String: [String]]]].self, yaml: try ResourceFiles.text("actors/groups.yaml"), file: "groups.yaml")
        for (_, g) in groupWords.sorted(by: { $0.key < $1.key }) {
            r.groups.add(heads: g["heads"] ?? [:], qualifiers: g["qualifiers"] ?? [:], alone: g["alone"] ?? [:], lexicon: &r.lexicon)
        }
        for (_, g) in grammar.sorted(by: { $0.key < $1.key }) {
            r.pairs.add(people: g["pair_people"] ?? [], countries: g["pair_countries"] ?? [], lexicon: &r.lexicon)
        }
        for (_, g) in grammar.sorted(by: { $0.key < $1.key }) {
            for (key, set) in EventModel.grammarLists { r.events.addWords(g[key] ?? [], to: set, lexicon: &r.lexicon) }
        }
        for path in dictionaries {
            guard let data = FileManager.default.contents(atPath: path) else { throw ResourceError.missing(path) }
            let text = String(decoding: data, as: UTF8.self)
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" {
                try r.addDictionary(yaml: text, file: path)
            } else {
                try r.addPetrarchDictionary(text, file: path)
            }
        }
        if let url = ResourceFiles.url("model/reader.model"), let data = try? Data(contentsOf: url) {
            r = r.reading(with: try ReaderModel(data: data, file: "model/reader.model"))
        }
        for e in r.actors.entries {
            for names in (e.aliases ?? [:]).values {
                for n in names { for w in r.lexicon.internPhrase(n) { r.nameWords.insert(w) } }
            }
        }
        return r
    }

    /// Adds a dictionary in the YAML form of `actors.yaml`.
    public mutating func addDictionary(yaml: String, file: String) throws {
        let parsed = try ResourceFiles.decode(DictionaryFile.self, yaml: yaml, file: file)
        actors.add(parsed, lexicon: &lexicon)
    }

    /// Adds a dictionary in the TABARI/PETRARCH text format.
    public mutating func addPetrarchDictionary(_ text: String, file: String) throws {
        for entry in try PetrarchDictionary.parse(text, file: file) { actors.add(entry, lexicon: &lexicon) }
    }

    /// The same resources reading with another learned model (nil: the rules alone). A model
    /// brings the verb dictionaries it reads.
    public func reading(with model: ReaderModel?) -> Resources {
        var r = model == nil ? self : withVerbDictionaries()
        r.reader = model
        return r
    }

    /// The resources with the open event coders' verb dictionaries (`verbs/*.txt`), which only
    /// the learned reader reads: loaded with a model or for training, not for the rules alone
    /// (they cost a tenth of a second and 15 MB at start).
    public func withVerbDictionaries() -> Resources {
        guard verbs.isEmpty else { return self }
        var r = self
        for url in ResourceFiles.files(in: "verbs", ext: "txt") {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let language = url.lastPathComponent.contains(".ar.") ? "ar" : "en"
            r.verbs.add(VerbDictionary(text: text, language: language), lexicon: &r.lexicon)
        }
        return r
    }

    var abbreviations: Set<String> { temporal.abbreviations }
}

import ChronographCore
import Foundation

/// Everything the taggers read, loaded once and shared read-only: the languages, the lexicon,
/// temporal words and patterns, the actor dictionary, event triggers and the CAMEO codebook.
public struct Resources: Sendable {
    /// The languages read, each with its resource files.
    public internal(set) var languages = LanguageSet.standard
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

    /// The shipped resources plus user dictionaries (`.yaml`, `.yml` or `.json` in the shipped
    /// form, any other file in the TABARI/PETRARCH text format); a user's entry wins over the
    /// shipped one for the same name. Each language's own files (`temporal.CODE.yaml`,
    /// `events.CODE.yaml`, `grammar.CODE.yaml`, `groups.CODE.yaml`) come from its folder.
    public static func load(dictionaries: [String] = [], languages: LanguageSet = .standard) throws -> Resources {
        var r = Resources(codebook: CameoCodebook.standard)
        r.languages = languages
        let codes = Set(languages.languages.map(\.code))
        let listed = Array(zip(languages.languages.indices, languages.languages))
        for (index, language) in listed {
            guard let (text, name) = try ResourceFiles.text(in: language.resources, "temporal.\(language.code).yaml") else { continue }
            try ResourceSchemas.temporal.check(yaml: text, file: name)
            let file = try ResourceFiles.decode(TemporalFile.self, yaml: text, file: name)
            try r.temporal.add(file, name: name, language: UInt8(index), lexicon: &r.lexicon)
        }
        for (_, language) in listed { r.temporal.addCalendarNames(of: language, lexicon: &r.lexicon) }
        r.temporal.finish()
        for url in ResourceFiles.files(in: "actors", ext: "yaml") {
            try r.addDictionary(yaml: try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
        }
        for (_, language) in listed {
            guard let (text, name) = try ResourceFiles.text(in: language.resources, "events.\(language.code).yaml") else { continue }
            try ResourceSchemas.events.check(yaml: text, file: name)
            let file = try ResourceFiles.decode(EventFile.self, yaml: text, file: name)
            r.events.add(file, lexicon: &r.lexicon)
        }
        var grammar: [(String, [String: [String]])] = []
        var groupWords: [(String, [String: [String: [String]]])] = []
        for (_, language) in listed {
            if let (text, name) = try ResourceFiles.text(in: language.resources, "grammar.\(language.code).yaml") {
                try ResourceSchemas.grammar(for: codes).check(yaml: text, file: name)
                grammar += try ResourceFiles.decode([String: [String: [String]]].self, yaml: text, file: name).sorted { $0.key < $1.key }
            }
            if let (text, name) = try ResourceFiles.text(in: language.resources, "groups.\(language.code).yaml") {
                try ResourceSchemas.groups(for: codes).check(yaml: text, file: name)
                groupWords += try ResourceFiles.decode([String: [String: [String: [String]]]].self, yaml: text, file: name).sorted { $0.key < $1.key }
            }
        }
        for (_, g) in groupWords {
            r.groups.add(heads: g["heads"] ?? [:], qualifiers: g["qualifiers"] ?? [:], alone: g["alone"] ?? [:], lexicon: &r.lexicon)
        }
        for (_, g) in grammar {
            r.pairs.add(people: g["pair_people"] ?? [], countries: g["pair_countries"] ?? [], lexicon: &r.lexicon)
        }
        for (_, g) in grammar {
            for (key, set) in EventModel.grammarLists { r.events.addWords(g[key] ?? [], to: set, lexicon: &r.lexicon) }
        }
        r.events.nameStopWords = r.events.prepositionWords.union(r.events.andWords).union(r.events.complementizers)
        for path in dictionaries {
            guard let data = FileManager.default.contents(atPath: path) else { throw ResourceError.missing(path) }
            let text = String(decoding: data, as: UTF8.self)
            let ext = (path as NSString).pathExtension.lowercased()
            // JSON is YAML: a .json dictionary is read (and its errors reported) as YAML.
            if ["yaml", "yml", "json"].contains(ext) {
                try r.addDictionary(yaml: text, file: path, overriding: true)
            } else {
                try r.addPetrarchDictionary(text, file: path, overriding: true)
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
    public mutating func addDictionary(yaml: String, file: String, overriding: Bool = false) throws {
        try ResourceSchemas.dictionary(for: Set(languages.languages.map(\.code))).check(yaml: yaml, file: file)
        let parsed = try ResourceFiles.decode(DictionaryFile.self, yaml: yaml, file: file)
        actors.add(parsed, lexicon: &lexicon, overriding: overriding, languages: languages.languages.map(\.code))
    }

    /// Adds a dictionary in the TABARI/PETRARCH text format.
    public mutating func addPetrarchDictionary(_ text: String, file: String, overriding: Bool = false) throws {
        let contents = try PetrarchDictionary.read(text, file: file)
        for entry in contents.actors { actors.add(entry, lexicon: &lexicon, overriding: overriding) }
        for agent in contents.agents { actors.add(agent, lexicon: &lexicon) }
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

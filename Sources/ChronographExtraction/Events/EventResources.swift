import ChronographCore
import Foundation

/// The event patterns of one language as its YAML file states them.
struct EventFile: Decodable {
    var modality: [String: [String]]?
    var events: [TriggerSpec]
    /// Phrases that contain a trigger word but report no event (rules of engagement).
    var not_events: [String]?

    struct TriggerSpec: Decodable {
        var code: String
        var verbs: [String]?
        var nouns: [String]?
        var target: [String]?
        var source: [String]?
        var symmetric: Bool?
        /// "target": the actor written inside the phrase is the target (حملت إسرائيل المسؤولية).
        var inner: String?
        /// "target": the noun's genitive is who suffers it (مقتل X, اغتيال X).
        var genitive: String?
        /// "target": the subject is who is blamed, the speaker before it the source (bears responsibility).
        var subject: String?
    }
}

/// The CAMEO codebook (see `CameoCodebook` in ChronographCore, which reads `cameo.tsv`).
public typealias Codebook = CameoCodebook

/// A trigger word or phrase compiled from a pattern: its code and how its arguments are marked.
struct Trigger: Sendable {
    let code: String
    var isNoun: Bool
    var targetWords: WordSet
    var targetClitics: Set<UInt32>
    var targetIsObject: Bool
    var sourceWords: [[Int32]]
    var symmetric: Bool
    /// The code, typed, read once at load (`readCode`; nil for the blocking entry of `not_events`).
    private(set) var cameo: CameoCode? = nil
    /// The CAMEO root of the code as a number (0 when it has none).
    var root: Int { cameo?.root.rawValue ?? 0 }
    var innerIsTarget = false
    var genitiveIsTarget = false
    var subjectIsTarget = false

    /// Reads the code once, for `cameo` and `root`.
    mutating func readCode() { cameo = CameoCode(code) }
    /// Whether the trigger's code falls under one of these roots.
    func isIn(_ roots: CameoRoot...) -> Bool { cameo.map { roots.contains($0.root) } ?? false }
}

/// Every language's triggers in one trie, with the modality cues.
struct EventModel: Sendable {
    var triggers: [Trigger] = []
    var trie = PhraseTrie()
    var negation = CueList()
    var denial = CueList()
    var hypothetical = CueList()
    var future = CueList()
    /// Prepositions that put an actor in a prepositional phrase, so it is not a subject.
    var prepositionWords: WordSet = []
    var andWords: WordSet = []
    var pronounWords: WordSet = []
    var titleWords: WordSet = []
    var placeHeads: WordSet = []
    /// Nouns between a target preposition and the actor struck (على مواقع لـ, on X positions).
    var targetHeads: WordSet = []
    var genitiveWords: WordSet = []
    var determiners: WordSet = []
    /// The definite article where a language writes it as a word (the); `ShortReferences`.
    var definiteArticles: WordSet = []
    /// Prepositions of place (في, فوق, in, over) that make a country the place of an event.
    var locativeWords: WordSet = []

    var particleWords: WordSet = []
    /// بين, between: a nominal event followed by "between X and Y" is X's act towards Y.
    var betweenWords: WordSet = []
    /// Number words: an Arabic verb followed by one is passive (قتل عشرة جنود = were killed).
    var quantityWords: WordSet = []
    /// Nouns whose genitive complement describes rather than reports (قواعد الاشتباك).
    var modifierHeads: WordSet = []

    /// Forms of "be" that make an English verb passive; relative pronouns (that, which).
    var beWords: WordSet = []
    var relativeWords: WordSet = []

    /// بحسب, وفق: what follows is the source of a report, not an event.
    var attributionWords: WordSet = []
    /// Words that introduce what an appeal or a demand asks for (to, إلى, على).
    var requestMarkers: WordSet = []

    /// بسبب, because: what follows is the reason for the event before.
    var reasonWords: WordSet = []

    /// أن, إن, that: what follows opens a reported clause.
    var complementizers: WordSet = []

    /// Words that end a name or are none (prepositions, conjunctions, complementizers), made
    /// once from the grammar lists when they are read.
    var nameStopWords: WordSet = []

    /// English words after which a trigger is a noun (the attack, in support of).
    var nounMarkers: WordSet = []

    /// Verbs that take an event noun as object and lend it their subject (شن غارات, عقد اجتماعا).
    var lightVerbs: WordSet = []

    /// من, of: a part of a group (ثلاثة من عناصر X).
    var partitiveWords: WordSet = []

    /// مع, with: join the participants after بين/يضم as و does.
    var betweenJoiners: WordSet = []

    /// Words that may close a place name (الغربية, الجديدة).
    var placeSuffixes: WordSet = []

    /// The word lists of the languages' `grammar.<lang>.yaml`: each key and the set it fills, for every language.
    static var grammarLists: [(key: String, set: WritableKeyPath<EventModel, WordSet>)] {
        [
            ("prepositions", \.prepositionWords), ("and", \.andWords), ("pronouns", \.pronounWords), ("titles", \.titleWords),
            ("particles", \.particleWords), ("place_heads", \.placeHeads), ("place_suffixes", \.placeSuffixes),
            ("target_heads", \.targetHeads), ("genitive", \.genitiveWords), ("determiners", \.determiners), ("definite_articles", \.definiteArticles),
            ("locative", \.locativeWords),
            ("modifier_heads", \.modifierHeads), ("between", \.betweenWords), ("between_joiners", \.betweenJoiners),
            ("quantities", \.quantityWords), ("passive_auxiliaries", \.beWords), ("relatives", \.relativeWords),
            ("complementizers", \.complementizers), ("noun_markers", \.nounMarkers), ("light_verbs", \.lightVerbs),
            ("reasons", \.reasonWords), ("attribution", \.attributionWords), ("partitive", \.partitiveWords),
            ("requested", \.requestMarkers),
        ]
    }

    /// Adds words (the first word of each phrase) to one of the grammar's word sets.
    mutating func addWords(_ words: [String], to set: WritableKeyPath<EventModel, WordSet>, lexicon: inout Lexicon) {
        for w in words { if let id = lexicon.internPhrase(w).first { self[keyPath: set].insert(id) } }
    }

    mutating func add(_ file: EventFile, lexicon: inout Lexicon) {
        for (kind, cues) in (file.modality ?? [:]).sorted(by: { $0.key < $1.key }) {
            let ids = cues.map { lexicon.internPhrase($0) }.filter { !$0.isEmpty }
            switch kind {
            case "negation": negation += ids
            case "denial": denial += ids
            case "hypothetical": hypothetical += ids
            case "future": future += ids
            default: break
            }
        }
        if let blocked = file.not_events, !blocked.isEmpty {
            let index = Int32(triggers.count)
            triggers.append(Trigger(code: "", isNoun: true, targetWords: [], targetClitics: [], targetIsObject: false, sourceWords: [], symmetric: false))
            for phrase in blocked {
                let ids = lexicon.internPhrase(phrase)
                if !ids.isEmpty { trie.insert(ids, payload: index) }
            }
        }
        for spec in file.events {
            var words = WordSet()
            var clitics = Set<UInt32>()
            var object = false
            for t in spec.target ?? [] {
                if t == "object" {
                    object = true
                    continue
                }
                let folded = Folding.fold(t)
                if folded.unicodeScalars.count == 1, let v = folded.unicodeScalars.first?.value, LanguageSet.standard.isWrittenOnPreposition(v) {
                    clitics.insert(v)
                } else {
                    let ids = lexicon.internPhrase(t)
                    if ids.count >= 1 { words.insert(ids[0]) }
                }
            }
            if spec.target == nil { object = true }
            let sources = (spec.source ?? []).map { lexicon.internPhrase($0) }.filter { !$0.isEmpty }
            for (list, isNoun) in [(spec.verbs ?? [], false), (spec.nouns ?? [], true)] {
                var trigger = Trigger(
                    code: spec.code, isNoun: isNoun, targetWords: words, targetClitics: clitics,
                    targetIsObject: object, sourceWords: sources, symmetric: spec.symmetric ?? false, innerIsTarget: spec.inner == "target",
                    genitiveIsTarget: spec.genitive == "target", subjectIsTarget: spec.subject == "target")
                trigger.readCode()
                let index = Int32(triggers.count)
                triggers.append(trigger)
                for phrase in list {
                    let ids = lexicon.internPhrase(phrase)
                    if !ids.isEmpty { trie.insert(ids, payload: index) }
                }
            }
        }
    }
}

import Foundation

/// A language the engine reads: its script, its morphology, the order of its clauses and where
/// its resource files are. Generic code asks the language of a token rather than testing a
/// script; every requirement past `code`, `isLetter` and `resources` has a neutral default,
/// so a new language states only what it has.
public protocol Language: Sendable {
    /// The language's code (`ar`, `en`), the suffix of its resource files (`events.ar.yaml`).
    var code: String { get }
    /// Whether a folded scalar is a letter of the language's script.
    func isLetter(_ folded: UInt32) -> Bool
    /// The folder of the language's resource files (`events.CODE.yaml`, `temporal.CODE.yaml`,
    /// `grammar.CODE.yaml`, `groups.CODE.yaml`, each optional).
    var resources: URL? { get }

    /// Whether names are written with capitals (so capitals tell names, acronyms and sentence
    /// ends apart).
    var capitalizesNames: Bool { get }
    /// Whether an apostrophe between letters stays in the word (Russia's).
    var apostropheInWords: Bool { get }
    /// The usual order of a clause: the verb first (the subject after it) or the subject first.
    var clauseOrder: ClauseOrder { get }
    /// Whether a verb's subject may go unsaid (the verb then continues the last one named).
    var dropsSubjects: Bool { get }
    /// Whether the future is a prefix written on the verb (سيزور), so on a light verb before a
    /// verbal noun too (سيعقد اجتماعات).
    var marksFutureOnVerb: Bool { get }
    /// Whether adjectives, a country's among them, follow the noun they qualify (الخارجية
    /// التونسية) rather than precede it (the Tunisian foreign ministry).
    var adjectivesFollowNoun: Bool { get }
    /// Conjunctions and prepositions written on the word, by role.
    var clitics: Clitics { get }
    /// The definite article when it is written on the word (ال), else empty.
    var attachedArticle: [UInt32] { get }
    /// The first day of the week for "next week" and weekday arithmetic, as an ISO weekday
    /// (1 Monday … 7 Sunday); the language's temporal file (`week_start`) may set it instead.
    var weekStart: Int { get }
    /// The order of day and month when a numeric date gives no other clue (`3/4/2020`).
    var dayBeforeMonth: Bool { get }
    /// The ICU locales whose month and weekday names the language writes (the first also names
    /// Hijri months).
    var locales: [String] { get }
    /// Whether short month and weekday names (`Jan.`, `Mon`) are written.
    var abbreviatesCalendarNames: Bool { get }
    /// Whether a time word read through an inflection is still that time word (months →
    /// month); not in Arabic, where an ending makes another word (شهره, his month).
    var inflectedTimeWords: Bool { get }

    /// Appends the lexicon's readings of one word (folded scalars): the whole word first, then
    /// the word without its clitics, article or inflections.
    func readings(of word: UnsafeBufferPointer<UInt32>, in lexicon: Lexicon, into out: inout [WordReading])
    /// How many leading scalars of a word are clitics to drop when naming what follows (والتحالف → التحالف).
    func namePrefix(_ word: ArraySlice<UInt32>) -> Int
    /// Whether a word's written form (original scalars) can only be a noun (Arabic ة).
    func isNounOnly(_ original: ArraySlice<Unicode.Scalar>) -> Bool
    /// Whether a verb (folded) carries an object pronoun (شنتها, أعلنه).
    func carriesObjectPronoun(_ word: ArraySlice<UInt32>) -> Bool
    /// Whether a noun (folded) has a plural ending (مسلحون, مسلحين).
    func hasPluralEnding(_ word: ArraySlice<UInt32>) -> Bool
    /// Whether a word (folded) is a participle that can modify a noun (fighting).
    func isParticiple(_ word: ArraySlice<UInt32>) -> Bool
    /// The scalar index after a future prefix, when the word (folded) has one (سيجتمع → after س).
    func futurePrefixEnd(_ word: ArraySlice<UInt32>) -> Int?
    /// The ending (folded) written on a name's last word that is not part of the name (English
    /// possessive: Chávez's is Chávez); empty when the language has none.
    var nameEnding: [UInt32] { get }
}

/// The usual order of a clause's verb and subject.
public enum ClauseOrder: Sendable {
    case verbFirst, subjectFirst
    /// Words of no language the engine reads: no rule of word order applies.
    case unknown
}

/// Conjunctions and prepositions a language writes on the next word, by role (Arabic و ف ب ل ك).
public struct Clitics: Sendable, Equatable {
    /// Conjunctions (و and, ف then) that may open a word.
    public var conjunctions: ScalarSet = []
    /// The one that coordinates (و).
    public var and: UInt32? = nil
    /// "in, by, with" (ب).
    public var with: UInt32? = nil
    /// "to, for" (ل).
    public var to: UInt32? = nil
    /// "like, as" (ك).
    public var like: UInt32? = nil
    public init() {}

    /// The prepositions among them.
    public var prepositions: ScalarSet { ScalarSet([with, to, like].compactMap { $0 }) }
}

/// Up to four scalars, held inline: tested at every token without allocation or reference counting.
public struct ScalarSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, d: UInt32 = 0

    public init(_ scalars: [UInt32]) {
        precondition(scalars.count <= 4 && !scalars.contains(0), "at most four nonzero scalars")
        for (k, v) in scalars.enumerated() {
            switch k {
            case 0: a = v
            case 1: b = v
            case 2: c = v
            default: d = v
            }
        }
    }

    public init(arrayLiteral scalars: UInt32...) { self.init(scalars) }

    @inline(__always) public func contains(_ v: UInt32) -> Bool { v != 0 && (v == a || v == b || v == c || v == d) }
    public var isEmpty: Bool { a == 0 }
}

extension Language {
    public var capitalizesNames: Bool { false }
    public var apostropheInWords: Bool { false }
    public var clauseOrder: ClauseOrder { .subjectFirst }
    public var dropsSubjects: Bool { false }
    public var marksFutureOnVerb: Bool { false }
    public var adjectivesFollowNoun: Bool { false }
    public var clitics: Clitics { Clitics() }
    public var attachedArticle: [UInt32] { [] }
    public var weekStart: Int { 1 }
    public var dayBeforeMonth: Bool { true }
    public var inflectedTimeWords: Bool { true }
    public var locales: [String] { [] }
    public var abbreviatesCalendarNames: Bool { false }
    public var resources: URL? { nil }

    public func readings(of word: UnsafeBufferPointer<UInt32>, in lexicon: Lexicon, into out: inout [WordReading]) {
        if let id = lexicon.id(hash: Lexicon.hash(word)) { out.append(WordReading(word: id, prefix: 0, article: false, inflected: false)) }
    }
    public func namePrefix(_ word: ArraySlice<UInt32>) -> Int { 0 }
    public func isNounOnly(_ original: ArraySlice<Unicode.Scalar>) -> Bool { false }
    public func carriesObjectPronoun(_ word: ArraySlice<UInt32>) -> Bool { false }
    public func hasPluralEnding(_ word: ArraySlice<UInt32>) -> Bool { false }
    public func isParticiple(_ word: ArraySlice<UInt32>) -> Bool { false }
    public func futurePrefixEnd(_ word: ArraySlice<UInt32>) -> Int? { nil }
    public var nameEnding: [UInt32] { [] }

    /// Whether the word (folded) begins with the attached article.
    public func startsWithArticle(_ word: ArraySlice<UInt32>) -> Bool {
        let a = attachedArticle
        return !a.isEmpty && word.count > a.count && word.prefix(a.count).elementsEqual(a)
    }
}

/// Words of no language the engine reads (Hebrew, Cyrillic … without a `Language`): looked up
/// whole, with every trait neutral.
struct NoLanguage: Language {
    var code: String { "" }
    func isLetter(_ folded: UInt32) -> Bool { false }
    var clauseOrder: ClauseOrder { .unknown }
}

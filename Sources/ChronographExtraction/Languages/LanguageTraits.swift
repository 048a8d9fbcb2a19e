/// A language's traits as stored values (`Language`'s properties read once), for the loops
/// that test them at every token.
public struct LanguageTraits: Sendable {
    /// Whether the language is one the engine reads (not the placeholder for words of none).
    public let listed: Bool
    public let capitalizesNames: Bool
    public let apostropheInWords: Bool
    public let clauseOrder: ClauseOrder
    public let dropsSubjects: Bool
    public let marksFutureOnVerb: Bool
    public let adjectivesFollowNoun: Bool
    public let clitics: Clitics
    /// The prepositions among the clitics.
    public let prepositions: ScalarSet
    /// Whether the language writes its article on the word (Arabic ال).
    public let writesArticle: Bool
    public let dayBeforeMonth: Bool
    public let inflectedTimeWords: Bool
    /// The ending written on a name that is not part of it (`Language.nameEnding`).
    public let nameEnding: [UInt32]

    init(_ l: any Language, listed: Bool) {
        self.listed = listed
        capitalizesNames = l.capitalizesNames
        apostropheInWords = l.apostropheInWords
        clauseOrder = l.clauseOrder
        dropsSubjects = l.dropsSubjects
        marksFutureOnVerb = l.marksFutureOnVerb
        adjectivesFollowNoun = l.adjectivesFollowNoun
        clitics = l.clitics
        prepositions = l.clitics.prepositions
        writesArticle = !l.attachedArticle.isEmpty
        dayBeforeMonth = l.dayBeforeMonth
        inflectedTimeWords = l.inflectedTimeWords
        nameEnding = l.nameEnding
    }
}

import Foundation

/// Arabic: verb-first clauses, conjunctions and prepositions written on the word (و ف ب ل ك),
/// the article ال, nisba and pronoun endings, the future prefix س; weeks start on Saturday in
/// most of the region (`week_start` in `temporal.ar.yaml`). Its resource files are in `ar/`.
public struct Arabic: Language {
    public init() {}
    public var code: String { "ar" }
    public func isLetter(_ folded: UInt32) -> Bool { ArabicScript.isLetter(folded) }
    public var resources: URL? { ResourceFiles.bundled("ar") }
    public var clauseOrder: ClauseOrder { .verbFirst }
    public var dropsSubjects: Bool { true }
    public var marksFutureOnVerb: Bool { true }
    public var adjectivesFollowNoun: Bool { true }
    public var attachedArticle: [UInt32] { [ArabicScript.alef, ArabicScript.lam] }
    public var weekStart: Int { 6 }
    public var dayBeforeMonth: Bool { true }
    public var inflectedTimeWords: Bool { false }
    public var locales: [String] { ["ar", "ar_SY", "ar_EG", "ar_MA", "ar_TN", "ar_DZ", "ar_IQ", "ar_LB", "ar_SA", "ar_LY"] }

    public var clitics: Clitics { Self.writtenOn }

    private static let writtenOn: Clitics = {
        var c = Clitics()
        c.conjunctions = [ArabicScript.waw, ArabicScript.fa]
        c.and = ArabicScript.waw
        c.with = ArabicScript.ba
        c.to = ArabicScript.lam
        c.like = ArabicScript.kaf
        return c
    }()

    public func readings(of word: UnsafeBufferPointer<UInt32>, in lexicon: Lexicon, into out: inout [WordReading]) {
        ArabicMorphology.readings(word, lexicon, &out)
    }

    public func namePrefix(_ word: ArraySlice<UInt32>) -> Int { ArabicMorphology.namePrefix(word) }

    public func isNounOnly(_ original: ArraySlice<Unicode.Scalar>) -> Bool {
        // Past the harakat and tatweel that may follow the last letter (سيطرةً): a verb never ends in ة.
        guard !original.isEmpty else { return false }
        var k = original.endIndex - 1
        while k > original.startIndex, ArabicScript.isHaraka(original[k].value) || original[k].value == ArabicScript.tatweel { k -= 1 }
        return original[k].value == ArabicScript.taMarbuta
    }

    public func carriesObjectPronoun(_ word: ArraySlice<UInt32>) -> Bool {
        guard word.count >= 4 else { return false }
        let last = word[word.endIndex - 1]
        let before = word[word.endIndex - 2]
        let ha = ArabicScript.ha
        return last == ha || (before == ha && (last == ArabicScript.alef || last == ArabicScript.mim))
    }

    public func hasPluralEnding(_ word: ArraySlice<UInt32>) -> Bool {
        guard word.count >= 5 else { return false }
        let last = word[word.endIndex - 1]
        let before = word[word.endIndex - 2]
        return last == ArabicScript.nun && (before == ArabicScript.waw || before == ArabicScript.ya)
    }

    public func futurePrefixEnd(_ word: ArraySlice<UInt32>) -> Int? {
        // (و or ف), then س, then a present-tense prefix ي ت ن ا.
        guard word.count >= 5 else { return nil }
        var s = word.startIndex
        if word[s] == ArabicScript.waw || word[s] == ArabicScript.fa { s += 1 }
        guard word[s] == ArabicScript.sin, [ArabicScript.ya, ArabicScript.ta, ArabicScript.nun, ArabicScript.alef].contains(word[s + 1]) else { return nil }
        return s + 1
    }
}

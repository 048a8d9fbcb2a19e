/// Whether a sentence continues the narrative of the one before: a language that writes its
/// conjunctions on the word opens it with one (وقتل، فانسحب, Arabic), another with a pronoun
/// (He, They).
enum Continuation {
    static func opens(_ sentence: Sentence, _ text: AnalyzedText, pronouns: WordSet) -> Bool {
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound, text.tokens[i].kind == .punctuation { i += 1 }
        guard i < sentence.tokens.upperBound else { return false }
        let t = text.tokens[i]
        guard t.kind == .word, t.language != 0 else { return false }
        if !text.traits(i).clitics.conjunctions.isEmpty {
            return text.startsWithConjunction(i) && t.end - t.start >= 4
        }
        return text.reads(i, as: pronouns)
    }
}

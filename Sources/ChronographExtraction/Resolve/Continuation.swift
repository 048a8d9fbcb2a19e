/// Whether a sentence continues the narrative of the one before: Arabic opens it with the
/// conjunction و or ف written on a word that is not a name (وقتل، فانسحب), English with a
/// pronoun (He, They).
enum Continuation {
    static func opens(_ sentence: Sentence, _ text: AnalyzedText, pronouns: WordSet) -> Bool {
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound, text.tokens[i].kind == .punctuation { i += 1 }
        guard i < sentence.tokens.upperBound else { return false }
        let t = text.tokens[i]
        switch t.kind {
        case .arabic:
            let first = text.buffer.folded[Int(t.start)]
            return (first == 0x0648 || first == 0x0641) && t.end - t.start >= 4
        case .latin:
            return text.reads(i, as: pronouns)
        default:
            return false
        }
    }
}

import ChronographCore

/// Clues a few words give about the clause around a trigger: the shape of the word itself (as
/// its language reads it: a written-on conjunction, a participle, an object pronoun), light verbs, passive auxiliaries, relative pronouns, reason
/// words, and nouns that a trigger word only qualifies.
extension EventTagger {
    /// A light verb (شن, نفذ, عقد, أجرى) up to six words before a verbal noun, in its clause.
    func lightVerb(before t: Int, in sentence: Sentence, _ text: AnalyzedText, times: Set<Int> = []) -> Int? {
        var k = t - 1
        var steps = 0
        // (a time between them is passed over whole: تشن مصر منذ شباط/فبراير عملية)
        while k >= sentence.tokens.lowerBound, steps < 6 {
            if times.contains(k) {
                k -= 1
                continue
            }
            if text.tokens[k].kind == .punctuation { break }
            if text.reads(k, as: model.lightVerbs) { return k }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A reason cue (بسبب, because of) after a trigger in its sentence, if any.
    func reasonCue(after t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Int? {
        (t..<min(sentence.tokens.upperBound, t + 12)).first { text.reads($0, as: model.reasonWords) }
    }

    /// A token written with the coordinating conjunction (وحملت), not a word that begins with its letter.
    func startsWithAnd(_ t: Int, _ text: AnalyzedText) -> Bool {
        text.startsWithAnd(t) && text.readings(t).contains { $0.prefix > 0 } && !text.readings(t).contains { $0.prefix == 0 }
    }

    /// A participle (-ing) with no "be" before it modifies a noun (a coalition fighting IS).
    func participle(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.tokens[t].kind == .word, text.language(t).isParticiple(text.folded(t)) else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return false }
        return true
    }

    /// A verb of a subject-first language after a form of "be" (were killed, had been killed, was struck).
    func passiveWithBe(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.traits(t).clauseOrder == .subjectFirst else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return true }
        return false
    }

    /// A relative pronoun right before the verb of a subject-first language (that killed), if any.
    func relativeBefore(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Int? {
        guard text.traits(t).clauseOrder == .subjectFirst, t - 1 > sentence.tokens.lowerBound, text.reads(t - 1, as: model.relativeWords) else { return nil }
        return t - 1
    }

    /// A relative pronoun right before the verb of a verb-first language (الميليشيات التي تقاتل), if any.
    func verbFirstRelativeBefore(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Int? {
        guard text.traits(t).clauseOrder == .verbFirst, t - 1 >= sentence.tokens.lowerBound, text.reads(t - 1, as: model.relativeWords) else { return nil }
        return t - 1
    }

    /// Whether a verb carries an object pronoun (التي شنتها, الذي أعلنه): its relative
    /// pronoun then stands for the object, and the subject follows the verb.
    func hasObjectPronoun(_ t: Int, _ text: AnalyzedText) -> Bool {
        text.language(t).carriesObjectPronoun(text.folded(t))
    }

    /// Parenthetical relative clauses after token `t` (إيران، التي أسقطت طائرة أمريكية، ...):
    /// from a relative pronoun that follows a comma up to the next comma. What they name belongs
    /// to them, not to the verb of the sentence.
    func parentheticalClauses(after t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = t
        while k + 1 < sentence.tokens.upperBound {
            if text.isComma(k), text.reads(k + 1, as: model.relativeWords) {
                var e = k + 2
                while e < sentence.tokens.upperBound, !text.isComma(e) { e += 1 }
                out.append((k + 1)..<e)
                k = e
            } else {
                k += 1
            }
        }
        return out
    }

    /// The use of force, as the codebook marks it (`force` in cameo.tsv): what a force noun can
    /// stand subject to.
    static func isForce(_ code: String) -> Bool { CameoCode(code)?.isForce ?? false }

    /// An event noun right after a target or modifier head is its genitive complement, where
    /// adjectives and genitives follow the noun (Arabic; or names the source of a report: بحسب
    /// مزاعم المعارضة, according to the opposition's claims).
    func qualifiesNoun(at t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard t > sentence.tokens.lowerBound, text.traits(t).adjectivesFollowNoun else { return false }
        return text.reads(t - 1, as: model.targetHeads) || text.reads(t - 1, as: model.modifierHeads)
            || text.reads(t - 1, as: model.attributionWords)
    }
}

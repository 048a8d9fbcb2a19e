import ChronographCore

/// Clues a few words give about the clause around a trigger: the shape of the word itself
/// (ة, the conjunction و, -ing), light verbs, passive auxiliaries, relative pronouns, reason
/// words, and nouns that a trigger word only qualifies.
extension EventTagger {
    func endsInTaaMarbuta(_ t: Int, _ text: AnalyzedText) -> Bool {
        let tok = text.tokens[t]
        guard tok.kind == .arabic else { return false }
        var k = Int(tok.origEnd) - 1
        // Past the diacritics and tatweel that may follow the last letter (سيطرةً).
        while k > Int(tok.origStart), (0x064B...0x065F).contains(text.buffer.original[k].value) || text.buffer.original[k].value == 0x0640 { k -= 1 }
        return text.buffer.original[k].value == 0x0629
    }

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

    /// A token written with the conjunction و (وحملت), not a word that begins with و.
    func startsWithWaw(_ t: Int, _ text: AnalyzedText) -> Bool {
        text.tokens[t].kind == .arabic && text.buffer.folded[Int(text.tokens[t].start)] == 0x0648
            && text.readings(t).contains { $0.prefix > 0 } && !text.readings(t).contains { $0.prefix == 0 }
    }

    /// An English -ing form with no "be" before it modifies a noun (a coalition fighting IS).
    func participle(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.tokens[t].kind == .latin, text.buffer.foldedString(text.tokens[t]).hasSuffix("ing") else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return false }
        return true
    }

    /// An English verb after a form of "be" (were killed, had been killed, was struck).
    func englishPassive(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.tokens[t].kind == .latin else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return true }
        return false
    }

    /// The token after which an English relative pronoun stands right before the verb (that killed).
    func relativeBefore(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Int? {
        guard text.tokens[t].kind == .latin, t - 1 > sentence.tokens.lowerBound, text.reads(t - 1, as: model.relativeWords) else { return nil }
        return t - 1
    }

    /// The Arabic relative pronoun right before a verb (الميليشيات التي تقاتل), if any.
    func arabicRelativeBefore(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Int? {
        guard text.tokens[t].kind == .arabic, t - 1 >= sentence.tokens.lowerBound, text.reads(t - 1, as: model.relativeWords) else { return nil }
        return t - 1
    }

    /// Whether an Arabic verb carries an object pronoun (التي شنتها, الذي أعلنه): its relative
    /// pronoun then stands for the object, and the subject follows the verb.
    func hasObjectPronoun(_ t: Int, _ text: AnalyzedText) -> Bool {
        let tok = text.tokens[t]
        let f = text.buffer.folded
        let n = Int(tok.end - tok.start)
        guard n >= 4 else { return false }
        let last = f[Int(tok.end) - 1]
        let before = f[Int(tok.end) - 2]
        return last == 0x0647 || (before == 0x0647 && (last == 0x0627 || last == 0x0645))
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

    /// An Arabic event noun right after a target or modifier head is its genitive complement.
    /// (or names the source of a report: بحسب مزاعم المعارضة, according to the opposition's claims).
    func qualifiesNoun(at t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard t > sentence.tokens.lowerBound, text.tokens[t].kind == .arabic else { return false }
        return text.reads(t - 1, as: model.targetHeads) || text.reads(t - 1, as: model.modifierHeads)
            || text.reads(t - 1, as: model.attributionWords)
    }
}

import ChronographCore

/// Negation, denial, hypotheticals and plans, read from the words before a trigger.
extension EventTagger {
    /// Negation, denial, hypotheticals and plans read from the few words before the trigger.
    func modality(before t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Modality {
        func has(_ cues: CueList, within n: Int) -> Bool {
            Cues.present(cues, in: text, from: max(sentence.tokens.lowerBound, t - n), to: t)
        }
        if has(model.negation, within: 2) { return .negated }
        if has(model.denial, within: 8) { return .denied }
        if has(model.hypothetical, within: 8) { return .hypothetical }
        // A future cue (سوف, will, plans to) or the prefix س written on the trigger (سيزور).
        // The prefix may sit on a light verb before a verbal noun (سيعقد اجتماعات).
        let light = text.traits(t).marksFutureOnVerb ? lightVerb(before: t, in: sentence, text) : nil
        if has(model.future, within: 4) || Cues.futureVerb(in: text, from: light ?? t, to: t + 1) { return .planned }
        return .asserted
    }
}

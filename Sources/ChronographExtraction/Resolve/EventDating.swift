import ChronographCore

/// Gives an event the date that governs it: the nearest calendar expression in its sentence;
/// else the date of the previous sentence when this one continues its narrative (it opens with
/// the conjunction و/ف on a verb, or with a pronoun) and that date is not the news day; else,
/// unless the sentence reads as background (`كانت قد`, `had`, `often`) or places it only vaguely
/// (`مؤخرا`, `in recent weeks`), the publication date of the news it reports; never a date for
/// background facts.
enum EventDating {
    static func date(
        for ev: EventMention, sentence: Sentence, timexes: [(range: Range<Int>, value: TimeValue, calendar: Bool)],
        text: AnalyzedText, background: CueList, published: CivilDate?, previous: TimeValue? = nil, continues: Bool = false,
        vague: Bool = false
    ) -> TimeValue? {
        let t = ev.trigger.lowerBound
        let inSentence = timexes.filter { $0.calendar && sentence.tokens.contains($0.range.lowerBound) }
        // A planned event is dated by the time it is planned for, which follows it.
        if ev.modality == .planned, let later = inSentence.first(where: { $0.range.lowerBound > t }) {
            return later.value
        }
        if let nearest = inSentence.min(by: { distance($0.range, t) < distance($1.range, t) }) {
            return nearest.value
        }
        if vague || Cues.present(background, in: text, from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound) { return nil }
        if continues, let previous, previous.value != published?.iso { return previous }
        return published.map { TimeValue($0.iso, granularity: .day) }
    }

    private static func distance(_ r: Range<Int>, _ t: Int) -> Int {
        r.upperBound <= t ? t - r.upperBound : r.lowerBound >= t ? r.lowerBound - t + 1 : 0
    }
}

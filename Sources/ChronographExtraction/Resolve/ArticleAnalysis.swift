import ChronographCore

/// What the extractor reads from one article before deciding its events: the analysed text,
/// actor mentions and their entries, timexes anchored to the publication date, and the event
/// mentions the hand rules propose. The rules or the learned reader turn it into events.
struct ArticleAnalysis {
    typealias TimexTokens = (range: Range<Int>, value: TimeValue, calendar: Bool)

    let article: Article
    let text: AnalyzedText
    let mentions: [ActorMention]
    let entries: EntryTable
    let published: CivilDate?
    let doc: DocumentInfo
    let timexes: [Timex]
    let timexTokens: [TimexTokens]
    let actors: [Actor]
    let found: [EventMention]
    /// Where the headline ends (a scalar offset), when the text starts with one.
    let headlineEnd: Int?

    var buffer: TextBuffer { text.buffer }

    func isHeadline(_ sentence: Int) -> Bool {
        guard let h = headlineEnd else { return false }
        return buffer.sentences[sentence].origStart < h
    }

    /// The calendar timexes of each sentence, in order.
    func calendarTimexesBySentence() -> [Int: [TimexTokens]] {
        var out: [Int: [TimexTokens]] = [:]
        for t in timexTokens where t.calendar { out[buffer.sentenceIndex(ofToken: t.range.lowerBound), default: []].append(t) }
        return out
    }

    /// Sentences that place what they tell only vaguely (مؤخرا, in recent weeks, soon).
    func vagueSentences() -> Set<Int> {
        Set(timexTokens.filter { ["PAST_REF", "FUTURE_REF"].contains($0.value.value) }.map { buffer.sentenceIndex(ofToken: $0.range.lowerBound) })
    }

    /// The place each sentence names: a place actor, else a country after a locative
    /// preposition (في سوريا, over Syria).
    func placesBySentence(locativeWords: WordSet) -> [Int: String] {
        var out: [Int: String] = [:]
        for m in mentions.reversed() where entries.type(m.entry) == .country && !m.adjectival {
            let p = m.tokens.lowerBound - 1
            let locative =
                (m.cliticPreposition != nil && m.cliticPreposition == text.traits(m.tokens.lowerBound).clitics.with)
                || (p >= 0 && text.reads(p, as: locativeWords))
            if locative { out[buffer.sentenceIndex(ofToken: m.tokens.lowerBound)] = entries[m.entry].name }
        }
        for m in mentions.reversed() where entries.type(m.entry) == .place {
            out[buffer.sentenceIndex(ofToken: m.tokens.lowerBound)] = entries[m.entry].name
        }
        return out
    }

    func sentenceText(_ i: Int) -> String {
        buffer.text(buffer.sentences[i].origStart, buffer.sentences[i].origEnd)
    }
}

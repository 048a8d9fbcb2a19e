import ChronographCore

/// `الحكومة`, `الشرطة`, `the army`, `Police said`: a state institution named alone, with no
/// country beside it and no earlier name it shortens, is that body of the article's own country,
/// the one it names most (ties go to the one named first). The phrases that may stand alone are
/// the `alone:` lists of `institutions.yaml`; definite means the attached article as written in
/// the phrase (ال), or a definite article word before it (the), or the start of a clause.
enum HomeInstitutions {
    static func apply(
        to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, dictionary: ActorDictionary,
        articles: WordSet
    ) {
        let covered = MentionIndex(mentions, tokens: text.tokens.count).covered
        // The home country, read at the first phrase that stands alone (.some(nil): none named).
        var home: Int?? = nil
        var made: [Int: Int] = [:]
        var added: [ActorMention] = []
        var i = 0
        while i < text.tokens.count {
            guard !covered.contains(i), text.tokens[i].isWord,
                let m = dictionary.standingAlone.matches(at: i, in: text).first(where: { m in
                    // Not inside a name, nor right before one (الجيش الإسرائيلي, a body and its country).
                    !(m.start..<m.end).contains(where: covered.contains) && !covered.contains(m.end)
                }),
                definite(i, text, articles)
            else {
                i += 1
                continue
            }
            if home == nil { home = .some(homeCountry(mentions, entries: entries, dictionary: dictionary)) }
            guard let country = home ?? nil else { return }
            let inst = Int(m.payloads[0])
            let entry: Int
            if let known = made[inst] {
                entry = known
            } else {
                let e = dictionary.institution(inst, of: country)
                // The body may already be named with its country later on (الشرطة المصرية): one entry.
                entry = dictionary.index[e.id] ?? mentions.first { entries[$0.entry].id == e.id }?.entry ?? entries.count
                if entry == entries.count { entries.append(e) }
                made[inst] = entry
            }
            let prefix = Int(m.first.prefix)
            let clitic = prefix > 0 ? text.buffer.folded[Int(text.tokens[i].start) + prefix - 1] : nil
            var found = ActorMention(
                entry: entry, tokens: i..<m.end, origStart: Int(text.buffer.origin[Int(text.tokens[i].start) + prefix]),
                origEnd: Int(text.tokens[m.end - 1].origEnd), adjectival: false,
                cliticPreposition: clitic.flatMap { text.traits(i).prepositions.contains($0) ? $0 : nil })
            found.shortReference = true
            added.append(found)
            i = m.end
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The country the article names most, counting the bodies of a country as the country
    /// (الخارجية التونسية counts for Tunisia); nil when it names none.
    static func homeCountry(_ mentions: [ActorMention], entries: EntryTable, dictionary: ActorDictionary) -> Int? {
        var count: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() {
            var country = m.entry
            if entries.type(country) != .country {
                guard let a = entries[country].affiliation, let c = dictionary.index[a], entries.type(c) == .country else { continue }
                country = c
            }
            count[country, default: 0] += 1
            if first[country] == nil { first[country] = k }
        }
        return count.max { a, b in a.value != b.value ? a.value < b.value : first[a.key]! > first[b.key]! }?.key
    }

    /// Written with its article (a phrase of a language that attaches it carries it), after a
    /// definite article word, or first in its clause.
    private static func definite(_ i: Int, _ text: AnalyzedText, _ articles: WordSet) -> Bool {
        if text.traits(i).writesArticle { return true }
        return i == 0 || !text.tokens[i - 1].isWord || text.reads(i - 1, as: articles)
    }
}

import ChronographCore

/// `the two leaders`, `الزعيمان`, `البلدين`: a reference to the last two people (or countries)
/// named before it, which becomes a mention of each, joined as one side of an event.
enum PairReferences {
    static func apply(to mentions: inout [ActorMention], entries: EntryTable, text: AnalyzedText, model: PairModel) {
        guard !model.phrases.isEmpty else { return }
        var added: [ActorMention] = []
        var k = 0
        var i = 0
        while i < text.tokens.count {
            while k < mentions.count, mentions[k].tokens.upperBound <= i { k += 1 }
            guard let m = model.trie.matches(at: i, in: text).first else {
                i += 1
                continue
            }
            let wantsPeople = model.phrases[Int(m.payloads[0])]
            var chosen: [ActorMention] = []
            for prior in mentions[..<k].reversed() {
                // The actor right before the phrase speaks to the pair; it is not one of them
                // (دعت مصر الجانبين, the United States urged both sides).
                if i - prior.tokens.upperBound <= 2 { continue }
                let type = entries.type(prior.entry)
                guard wantsPeople ? type == .person : type == .country else { continue }
                if !chosen.contains(where: { $0.entry == prior.entry }) { chosen.append(prior) }
                if chosen.count == 2 { break }
            }
            if chosen.count == 2 {
                let start = Int(text.buffer.origin[Int(text.tokens[i].start) + Int(m.first.prefix)])
                for c in chosen.reversed() {
                    added.append(
                        ActorMention(
                            entry: c.entry, tokens: i..<m.end, origStart: start, origEnd: Int(text.tokens[m.end - 1].origEnd),
                            adjectival: false, cliticPreposition: nil))
                }
            }
            i = m.end
        }
        mentions += added
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

/// The phrases that refer to a pair: `true` for two people, `false` for two countries.
struct PairModel: Sendable {
    var phrases: [Bool] = []
    var trie = PhraseTrie()

    mutating func add(people: [String], countries: [String], lexicon: inout Lexicon) {
        for (list, isPeople) in [(people, true), (countries, false)] {
            for p in list {
                let ids = lexicon.internPhrase(p)
                guard !ids.isEmpty else { continue }
                trie.insert(ids, payload: Int32(phrases.count))
                phrases.append(isPeople)
            }
        }
    }
}

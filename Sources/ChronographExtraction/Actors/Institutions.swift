import ChronographCore

/// Completes generic institutions with the country next to them (`الخارجية التونسية`,
/// `Norwegian defence ministry`): the country's mention becomes a mention of its institution.
enum Institutions {
    static func apply(to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, dictionary: ActorDictionary) {
        let index = MentionIndex(mentions, tokens: text.tokens.count)
        let byStart = index.byStart
        let byEnd = index.byEnd
        let covered = index.covered
        var local: [String: Int] = [:]
        func entryIndex(_ e: ActorEntry) -> Int {
            if let i = dictionary.index[e.id] { return i }
            if let i = local[e.id] { return i }
            local[e.id] = entries.count
            entries.append(e)
            return entries.count - 1
        }
        var i = 0
        while i < text.tokens.count {
            guard !covered.contains(i) else {
                i += 1
                continue
            }
            var advanced = false
            for m in dictionary.trie.matches(at: i, in: text) {
                guard
                    let inst = m.payloads.lazy.compactMap({ p -> Int? in
                        if case .institution(let k) = dictionary.phrases[Int(p)] { return k }
                        return nil
                    }).first
                else { continue }
                if text.traits(i).adjectivesFollowNoun, let k = byStart[m.end], entries.type(mentions[k].entry) == .country {
                    // Arabic: the institution, then the country (الخارجية التونسية).
                    let e = entryIndex(dictionary.institution(inst, of: mentions[k].entry))
                    var joined = mentions[k]
                    joined.entry = e
                    joined.tokens = i..<mentions[k].tokens.upperBound
                    joined.origStart = Int(text.buffer.origin[Int(text.tokens[i].start) + Int(m.first.prefix)])
                    joined.adjectival = false
                    joined.cliticPreposition = nil
                    mentions[k] = joined
                    i = joined.tokens.upperBound
                    advanced = true
                } else if text.adjectivesPrecede(i), let k = byEnd[i], entries.type(mentions[k].entry) == .country {
                    // English: the country's adjective, then the institution (Norwegian defence ministry).
                    let e = entryIndex(dictionary.institution(inst, of: mentions[k].entry))
                    mentions[k].entry = e
                    mentions[k].tokens = mentions[k].tokens.lowerBound..<m.end
                    mentions[k].origEnd = Int(text.tokens[m.end - 1].origEnd)
                    mentions[k].adjectival = false
                    i = m.end
                    advanced = true
                }
                if advanced { break }
            }
            if !advanced { i += 1 }
        }
    }
}

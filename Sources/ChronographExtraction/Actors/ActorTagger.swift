import ChronographCore

/// An actor named in the text: which entry, where, and how (a name, a nisba adjective, or a
/// role resolved to its holder), and whether a preposition clitic was attached (`لروسيا`).
public struct ActorMention: Sendable {
    public var entry: Int
    public var tokens: Range<Int>
    public var origStart: Int
    public var origEnd: Int
    public var adjectival: Bool
    /// A preposition written as a clitic on the first word (ب ل ك), as a folded letter.
    public var cliticPreposition: UInt32?
    /// Read from a role and a country (الرئيس الروسي), not from a name.
    public var fromRole = false
    /// A definite head noun alone referring to a name before it (الوزارة, the ministry).
    public var shortReference = false
}

/// Finds actors by the longest dictionary phrase at each token, through clitics and inflection;
/// a role noun with a country (`الرئيس الروسي`, `Russian president`) becomes the person who held
/// the role on the reference day, or the country when nobody is known.
struct ActorTagger: Sendable {
    let dictionary: ActorDictionary

    func tag(_ text: AnalyzedText, on day: CivilDate?) -> [ActorMention] {
        var out: [ActorMention] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            let matches = dictionary.trie.matches(at: i, in: text).filter { m in
                // An abbreviation in capitals matches only text in capitals.
                !m.payloads.allSatisfy { dictionary.capitalsOnly.contains($0) }
                    || text.tokens[m.start..<m.end].allSatisfy { !text.capitalizes($0) || $0.allCaps }
            }
            guard let best = matches.first else {
                i += 1
                continue
            }
            var handled = false
            for m in matches where m.end == best.end {
                for p in dictionary.byTenure(m.payloads, on: day) {
                    switch dictionary.phrases[Int(p)] {
                    case .alias(let e), .nisba(let e):
                        var adjectival: Bool
                        if case .nisba = dictionary.phrases[Int(p)] { adjectival = true } else { adjectival = false }
                        // A plural nisba with the article names people (الفلسطينيون), not a quality.
                        if adjectival, m.first.article, m.end == i + 1, isPlural(text, i) { adjectival = false }
                        // A nisba followed by a role noun: "the Russian president".
                        if adjectival, let role = roleAt(m.end, text), let person = holder(role.id, e, day) {
                            var found = mention(person, i, role.end, m.first, text, adjectival: false)
                            found.fromRole = true
                            out.append(found)
                            i = role.end
                            handled = true
                        } else {
                            out.append(mention(e, i, m.end, m.first, text, adjectival: adjectival))
                            i = m.end
                            handled = true
                        }
                    case .institution:
                        continue
                    case .role where i > 0 && text.reads(i - 1, as: dictionary.roleModifiers):
                        // نائب وزير الخارجية, deputy foreign minister: not the minister.
                        continue
                    case .role(let role):
                        // A role noun followed (within one word) by a country's nisba or name.
                        if let (country, end) = countryAfter(m.end, text) {
                            let target = holder(role, country, day) ?? country
                            var found = mention(target, i, end, m.first, text, adjectival: false)
                            found.fromRole = true
                            out.append(found)
                            i = end
                            handled = true
                        }
                    }
                    if handled { break }
                }
                if handled { break }
            }
            if !handled { i += 1 }
        }
        return absorbingModifiers(out, text)
    }

    /// A nisba right after a name qualifies it (حزب الله اللبناني, the Lebanese Hezbollah): it
    /// names no second actor. A name in apposition to a title naming the same actor
    /// (الرئيس الروسي، فلاديمير بوتين) joins the title's mention and its preposition.
    private func absorbingModifiers(_ mentions: [ActorMention], _ text: AnalyzedText) -> [ActorMention] {
        var out: [ActorMention] = []
        for m in mentions {
            if let last = out.last {
                let gap = m.tokens.lowerBound - last.tokens.upperBound
                if m.adjectival, !last.adjectival, gap == 0, dictionary.entries[last.entry].type != .country { continue }
                let commaOnly = gap == 1 && text.isComma(last.tokens.upperBound)
                // A title read as a role names whoever the name after it names (الرئيس الأميركي
                // باراك أوباما is Obama whatever the date says).
                let titled = last.fromRole && dictionary.entries[m.entry].type == .person
                if m.entry == last.entry || titled, gap == 0 || commaOnly, m.cliticPreposition == nil {
                    var merged = last
                    merged.entry = m.entry
                    merged.fromRole = false
                    merged.tokens = last.tokens.lowerBound..<m.tokens.upperBound
                    merged.origEnd = m.origEnd
                    merged.adjectival = last.adjectival && m.adjectival
                    out[out.count - 1] = merged
                    continue
                }
            }
            out.append(m)
        }
        return out
    }

    private func isPlural(_ text: AnalyzedText, _ i: Int) -> Bool {
        text.tokens[i].kind == .word && text.language(i).hasPluralEnding(text.folded(i))
    }

    private func holder(_ role: String, _ country: Int, _ day: CivilDate?) -> Int? {
        dictionary.holder(of: role, for: dictionary.entries[country].id, on: day).flatMap { dictionary.index[$0.id] }
    }

    private func roleAt(_ i: Int, _ text: AnalyzedText) -> (id: String, end: Int)? {
        guard i < text.tokens.count else { return nil }
        for m in dictionary.trie.matches(at: i, in: text) {
            for p in m.payloads { if case .role(let r) = dictionary.phrases[Int(p)] { return (r, m.end) } }
        }
        return nil
    }

    private func countryAfter(_ i: Int, _ text: AnalyzedText) -> (Int, Int)? {
        for start in [i, i + 1] where start < text.tokens.count {
            if start > i, text.tokens[i].kind == .punctuation { return nil }
            // (A subject-first language like English skips only a link word of roles.yaml: the
            // foreign minister of France, not ministers in Paris)
            if start > i, text.tokens[i].kind == .word, text.traits(i).clauseOrder == .subjectFirst, !text.reads(i, as: dictionary.roleLinks) { return nil }
            for m in dictionary.trie.matches(at: start, in: text) {
                // (an abbreviation in capitals only in capitals: "ministers who" is no WHO)
                let lowercase = text.tokens[m.start..<m.end].contains { text.capitalizes($0) && !$0.allCaps }
                for p in m.payloads where !(lowercase && dictionary.capitalsOnly.contains(p)) {
                    switch dictionary.phrases[Int(p)] {
                    case .alias(let e), .nisba(let e):
                        if dictionary.entries[e].type == .country || dictionary.entries[e].type == .organization { return (e, m.end) }
                    case .role, .institution: continue
                    }
                }
            }
        }
        return nil
    }

    private func mention(_ e: Int, _ start: Int, _ end: Int, _ first: WordReading, _ text: AnalyzedText, adjectival: Bool) -> ActorMention {
        let t = text.tokens[start]
        let foldedStart = Int(t.start) + Int(first.prefix)
        let origStart = Int(text.buffer.origin[min(foldedStart, text.buffer.origin.count - 1)])
        var prep: UInt32? = nil
        if first.prefix > 0 {
            for k in Int(t.start)..<foldedStart {
                let c = text.buffer.folded[k]
                if text.traits(start).prepositions.contains(c) { prep = c }
            }
        }
        return ActorMention(
            entry: e, tokens: start..<end, origStart: origStart, origEnd: Int(text.tokens[end - 1].origEnd),
            adjectival: adjectival, cliticPreposition: prep)
    }
}

import ChronographCore

/// Adds the people and places that `NameFinder` introduces to an article's actors, and their
/// later mentions (a person by surname, a place by its name), as entries local to the article.
enum UnknownPeople {
    static func add(to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, lang: String, finder: NameFinder) {
        let people = finder.find(text, known: mentions, roleEnds: [])
        let found = people + finder.findPlaces(text, known: mentions + people.map { mention(0, $0.tokens, text) })
        guard !found.isEmpty else { return }
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for t in m.tokens { covered[t] = true } }
        var bySurname: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for f in found {
            let id = slug(f.name)
            let index: Int
            if let known = byID[id] {
                index = known
            } else {
                index = entries.count
                byID[id] = index
                var names = [f.name]
                if f.type == .person, let last = f.tokens.last.map({ text.buffer.nameText(tokens: $0..<($0 + 1)) }), last != f.name { names.append(last) }
                entries.append(ActorEntry(id: id, name: f.name, type: f.type, aliases: [lang: names]))
            }
            mentions.append(mention(index, f.tokens, text))
            for t in f.tokens { covered[t] = true }
            if let s = f.surname, s.unicodeScalars.count >= 4 { bySurname[s] = index }
            if f.type == .place, f.tokens.count == 1 { bySurname[text.buffer.foldedString(text.tokens[f.tokens.lowerBound])] = index }
        }
        // The surname alone, later on, is the same person. A token is spelled out and looked up
        // only when its folded scalars hash like a surname's (the keys are folded tokens too).
        var hashes = IntMap(capacity: bySurname.count)
        for s in bySurname.keys { hashes[Lexicon.hash(s.unicodeScalars.lazy.map(\.value))] = 0 }
        text.buffer.folded.withUnsafeBufferPointer { folded in
            for (t, token) in text.tokens.enumerated() where !covered[t] && token.kind != .punctuation {
                let end = Int(token.end) - text.buffer.nameEndingLength(token)
                guard hashes[Lexicon.hash(UnsafeBufferPointer(rebasing: folded[Int(token.start)..<end]))] != nil else { continue }
                if let index = bySurname[text.buffer.foldedNameString(token)] {
                    mentions.append(mention(index, t..<(t + 1), text))
                }
            }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static func mention(_ entry: Int, _ r: Range<Int>, _ text: AnalyzedText) -> ActorMention {
        ActorMention(
            entry: entry, tokens: r, origStart: Int(text.tokens[r.lowerBound].origStart), origEnd: Int(text.tokens[r.upperBound - 1].origEnd),
            adjectival: false, cliticPreposition: nil)
    }

    /// A stable id from a name: lowercase words joined by hyphens (Arabic kept, folded).
    static func slug(_ name: String) -> String {
        let folded = Folding.fold(name)
        var out = ""
        var dash = false
        for u in folded.unicodeScalars {
            if Folding.isDigit(u.value) || LanguageSet.standard.index(ofLetter: u.value) != 0 {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(u)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}

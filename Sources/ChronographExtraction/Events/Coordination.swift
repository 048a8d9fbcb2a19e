import ChronographCore

/// Actors joined as one side (X و Y, X and the Y) and the parties of "between X and Y".
extension EventTagger {
    /// "بين X و Y", "between X and Y", "يضم X مع Y و Z" within a few words after a trigger: X and
    /// the others.
    func between(after t1: Int, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText, _ sentence: Sentence) -> (Int, [Int])? {
        let end = min(sentence.tokens.upperBound, t1 + 10)
        guard t1 < end, let b = (t1..<end).first(where: { text.reads($0, as: model.betweenWords) }),
            (t1..<b).allSatisfy({ text.tokens[$0].kind != .punctuation && model.trie.matches(at: $0, in: text).isEmpty })
        else { return nil }
        guard let x = cands.first(where: { (b + 1)...(b + 3) ~= mentions[$0].tokens.lowerBound }) else { return nil }
        // The other participants: each joined to the one before by و, and, مع, with (بين X و Y,
        // يضم X مع Y و Z).
        var others: [Int] = []
        var lastEnd = mentions[x].tokens.upperBound
        for y in cands where mentions[y].tokens.lowerBound >= lastEnd && mentions[y].tokens.lowerBound - lastEnd <= 5 {
            // Skip the same actor and a nationality standing before a name (ونظيره الإيراني حسن روحاني).
            if mentions[y].entry == mentions[x].entry || others.contains(where: { mentions[$0].entry == mentions[y].entry }) { continue }
            let up = mentions[y].tokens.upperBound
            if mentions[y].adjectival,
                cands.contains(where: {
                    mentions[$0].tokens.lowerBound == up || (mentions[$0].tokens.lowerBound == up + 1 && text.tokens[up].kind == .punctuation)
                })
            {
                continue
            }
            let joined = (lastEnd...mentions[y].tokens.lowerBound).contains { k in
                k < text.tokens.count
                    && (text.reads(k, as: model.andWords) || text.reads(k, as: model.betweenJoiners)
                        || (text.startsWithAnd(k) && !text.readings(k).contains { $0.prefix == 0 }))
            }
            guard joined else { break }
            others.append(y)
            lastEnd = up
        }
        return others.isEmpty ? nil : (x, others)
    }

    /// X و Y, X and Y: the actors coordinated with a mention, before and after it.
    func withCoordinated(_ k: Int, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText) -> [Int] {
        var first = k
        while let prev = cands.last(where: { $0 < first && mentions[$0].tokens.lowerBound <= mentions[first].tokens.lowerBound }),
            coordinated(prev, first, mentions, text)
        {
            first = prev
        }
        var group = [first]
        var last = first
        while let next = cands.first(where: { $0 > last && mentions[$0].tokens.lowerBound >= mentions[last].tokens.lowerBound && !group.contains($0) }) {
            guard coordinated(last, next, mentions, text) else { break }
            group.append(next)
            last = next
        }
        return group
    }

    /// Whether mention b follows mention a joined by و (written on b) or "and".
    func coordinated(_ a: Int, _ b: Int, _ mentions: [ActorMention], _ text: AnalyzedText) -> Bool {
        // Two mentions of one phrase (the two leaders) are one side.
        if mentions[a].tokens == mentions[b].tokens { return true }
        let gap = mentions[b].tokens.lowerBound - mentions[a].tokens.upperBound
        let first = text.tokens[mentions[b].tokens.lowerBound]
        let wawClitic = text.startsWithAnd(mentions[b].tokens.lowerBound) && mentions[b].origStart > Int(first.origStart)
        if gap == 0 && wawClitic { return true }
        // "and", maybe followed by a determiner (Saudi Arabia and the United Arab Emirates).
        guard gap == 1 || (gap == 2 && text.reads(mentions[b].tokens.lowerBound - 1, as: model.determiners)) else { return false }
        let between = mentions[a].tokens.upperBound
        return text.reads(between, as: model.andWords)
    }
}

import ChronographCore

/// Finds the actor mentions no dictionary knows (an unlisted person, a militia named by its
/// own word, "the regime", "التحالف") with a learned tagger: each word gets O, or B- or I- and
/// an actor type, left to right, from the words around it, their shapes and endings, titles,
/// the dictionary's own matches and the tag before it.
struct MentionTagger {
    static let types: [ActorType] = [.person, .country, .organization, .armedGroup, .place]
    /// 0 is O, 1...5 begin a mention of a type, 6...10 continue one.
    static let tagCount = 1 + 2 * types.count

    static func begin(_ t: ActorType) -> Int { 1 + (types.firstIndex(of: t) ?? 2) }
    static func inside(_ t: ActorType) -> Int { 1 + types.count + (types.firstIndex(of: t) ?? 2) }
    static func type(of tag: Int) -> ActorType? { tag == 0 ? nil : types[(tag - 1) % types.count] }
    static func isInside(_ tag: Int) -> Bool { tag > types.count }

    /// Which tag the dictionary gives each token: O, or B-/I- and the type of the entry matched.
    static func dictionaryTags(_ mentions: [ActorMention], entries: EntryTable, count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for m in mentions {
            let t = entries.type(m.entry)
            for i in m.tokens { tags[i] = i == m.tokens.lowerBound ? begin(t) : inside(t) }
        }
        return tags
    }

    static func features(_ i: Int, previous: Int, text: AnalyzedText, dictionary: [Int], titles: WordSet, named: Bool = false) -> Features {
        var f = Features(named: named)
        features(i, previous: previous, text: text, dictionary: dictionary, titles: titles, into: &f)
        return f
    }

    /// The features of token i into `f` (emptied first); `words` are the tokens' word keys
    /// when the caller has them (`LearnedReader.wordKey` of each).
    static func features(
        _ i: Int, previous: Int, text: AnalyzedText, dictionary: [Int], titles: WordSet, words: [UInt64]? = nil, into f: inout Features
    ) {
        f.removeAll()
        let tokens = text.tokens
        func w(_ j: Int) -> UInt64 {
            if let words { return j >= 0 && j < words.count ? words[j] : 0 }
            return LearnedReader.wordKey(text, j)
        }
        func s(_ j: Int) -> String { j >= 0 && j < tokens.count ? text.buffer.text(tokens: j..<(j + 1)) : "∅" }
        f.add(.bias)
        f.add(.tagWord, w(i), 0, s(i))
        f.add(.tagWordBefore, w(i - 1), 0, s(i - 1))
        f.add(.tagWordAfter, w(i + 1), 0, s(i + 1))
        f.add(.tagWordAround, w(i - 2), 1, "-2 " + s(i - 2))
        f.add(.tagWordAround, w(i + 2), 2, "+2 " + s(i + 2))
        let t = tokens[i]
        let folded = text.buffer.folded[Int(t.start)..<Int(t.end)]
        let suffix = folded.suffix(3).reduce(UInt64(7)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        let prefix = folded.prefix(3).reduce(UInt64(11)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
        f.add(.tagAffix, suffix, 1, "-" + String(String.UnicodeScalarView(folded.suffix(3).compactMap(UnicodeScalar.init))))
        f.add(.tagAffix, prefix, 2, String(String.UnicodeScalarView(folded.prefix(3).compactMap(UnicodeScalar.init))) + "-")
        let shape = Self.shapeClass(t) << 2 | (t.capitalized ? 1 : 0) << 1 | (t.allCaps ? 1 : 0)
        f.add(.tagShape, shape, 0, "shape \(Self.shapeName(t, text)) \(t.capitalized ? "Cap" : "") \(t.allCaps ? "CAPS" : "")")
        if i > 0 {
            let p = tokens[i - 1]
            f.add(
                .tagPreviousShape, Self.shapeClass(p) << 1 | (p.capitalized ? 1 : 0), 0,
                "previous shape \(Self.shapeName(p, text))\(p.capitalized ? " Cap" : "")")
        }
        f.add(.tagDictionary, UInt64(dictionary[i]), 0, "dictionary \(dictionary[i])")
        if i + 1 < dictionary.count { f.add(.tagDictionary, UInt64(dictionary[i + 1]), 1, "next dictionary \(dictionary[i + 1])") }
        if i > 0 { f.add(.tagDictionary, UInt64(dictionary[i - 1]), 2, "previous dictionary \(dictionary[i - 1])") }
        if text.reads(i, as: titles) { f.add(.tagTitle, 1, 0, "title") }
        if i > 0, text.reads(i - 1, as: titles) { f.add(.tagTitle, 2, 0, "after title") }
        f.add(.tagPrevious, UInt64(previous), 0, "previous tag \(previous)")
        f.add(.tagPreviousWord, UInt64(previous), w(i), "previous tag \(previous) & \(s(i))")
    }

    /// Tags every word of the text, left to right; I- only after a mention of its type.
    static func tag(_ text: AnalyzedText, model: LinearModel, dictionary: [Int], titles: WordSet) -> [Int] {
        var tags = [Int](repeating: 0, count: text.tokens.count)
        var scores = [Float](repeating: 0, count: max(model.classes, tagCount))
        var previous = 0
        let words = text.tokens.indices.map { LearnedReader.wordKey(text, $0) }
        var f = Features()
        for i in text.tokens.indices {
            guard text.tokens[i].isWord else {
                previous = 0
                continue
            }
            features(i, previous: previous, text: text, dictionary: dictionary, titles: titles, words: words, into: &f)
            var best = 0
            var bestScore = -Float.infinity
            model.classScores(f.keys, into: &scores)
            for c in 0..<tagCount {
                if isInside(c), type(of: c) != type(of: previous) { continue }
                let sc = scores[c]
                if sc > bestScore {
                    bestScore = sc
                    best = c
                }
            }
            tags[i] = best
            previous = best
        }
        return tags
    }

    /// The spans the tags mark, with their types.
    static func spans(_ tags: [Int]) -> [(tokens: Range<Int>, type: ActorType)] {
        var out: [(Range<Int>, ActorType)] = []
        var i = 0
        while i < tags.count {
            guard let t = type(of: tags[i]) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < tags.count, isInside(tags[j]), type(of: tags[j]) == t { j += 1 }
            out.append((i..<j, t))
            i = j
        }
        return out
    }

    /// A token's kind with a word's language: a number, a mark, or a word of language k (3 + k).
    static func shapeClass(_ t: Token) -> UInt64 { t.kind == .word ? 3 + UInt64(t.language) : UInt64(t.kind.rawValue) }

    static func shapeName(_ t: Token, _ text: AnalyzedText) -> String {
        t.kind == .word ? "word(\(text.buffer.languages[t.language].code))" : "\(t.kind)"
    }
}

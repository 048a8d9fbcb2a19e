import ChronographCore

/// One candidate event of a sentence: two actors in the order the sentence names them (the
/// learned direction decides which is the source), or one actor alone as a source; each an
/// entry of the article's actor table, with the token where it is first named in the sentence
/// (the first may be carried from the sentence before).
struct EventCandidate {
    var sentence: Int
    var source: Int
    var target: Int?
    var sourceToken: Int
    var targetToken: Int?
    var sourceMention: Int?
    var targetMention: Int?
    /// How many sentences back the first actor was last named (0: named in this sentence).
    var carriedFrom = 0
    /// Whether the first actor is carried from a sentence before.
    var carried: Bool { carriedFrom > 0 }
    /// Whether the second actor is not named in the sentence but is one the article is about
    /// (the target of "Obama will urge its leaders", the country the article is about).
    var implicit = false

    /// The same candidate with its two actors' roles exchanged.
    var reversed: EventCandidate {
        guard let t = target, let tt = targetToken else { return self }
        var r = self
        r.source = t
        r.target = source
        r.sourceToken = tt
        r.targetToken = sourceToken
        r.sourceMention = targetMention
        r.targetMention = sourceMention
        return r
    }
}

/// The candidates of an article and what the learned decisions read about each sentence: the
/// actors it names, its trigger words (from the event files), the rules' event mentions in it.
struct SentenceFacts {
    /// (mention index, entry) of the non-place actors of the sentence, first mention of each entry.
    var actors: [(mention: Int, entry: Int)] = []
    /// (token, CAMEO root as a number, trigger word key) of each trigger word of the sentence.
    var triggers: [(token: Int, root: Int, word: UInt64)] = []
    var rules: [EventMention] = []
    /// The CAMEO root of each of `rules`, as a number (0: none).
    var ruleRoots: [Int] = []
}

extension LearnedReader {
    /// The facts of every sentence: actors named, trigger words, the rules' events.
    static func facts(_ a: ArticleAnalysis, events model: EventModel) -> [SentenceFacts] {
        let buffer = a.buffer
        var facts = Array(repeating: SentenceFacts(), count: buffer.sentences.count)
        var seen = Array(repeating: Set<Int>(), count: buffer.sentences.count)
        for (k, m) in a.mentions.enumerated() where a.entries.type(m.entry) != .place {
            let s = buffer.sentenceIndex(ofToken: m.tokens.lowerBound)
            if seen[s].insert(m.entry).inserted { facts[s].actors.append((k, m.entry)) }
        }
        for ev in a.found {
            facts[ev.sentence].rules.append(ev)
            facts[ev.sentence].ruleRoots.append(Int(CameoCode(ev.code)?.root.rawValue ?? 0))
        }
        for (s, sentence) in buffer.sentences.enumerated() where !facts[s].actors.isEmpty || s > 0 {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                if let m = model.trie.matches(at: i, in: a.text).first(where: { $0.end <= sentence.tokens.upperBound }) {
                    facts[s].triggers.append((m.start, model.triggers[Int(m.payloads[0])].root, wordKey(a.text, m.start)))
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return facts
    }

    /// The candidates of a sentence: every pair of its actors in the order they are named (the
    /// direction is decided later), every actor alone, the first actor of the nearest sentence
    /// before that names one (up to three back), carried, as the first of a pair with each actor
    /// of this one, and each actor of this one with the article's main actors it does not name
    /// (implicit: the target the story is about).
    static func candidates(sentence s: Int, facts: [SentenceFacts], a: ArticleAnalysis, salient: [Int] = []) -> [EventCandidate] {
        let actors = Array(facts[s].actors.prefix(8))
        guard !actors.isEmpty else { return [] }
        let start = a.buffer.sentences[s].tokens.lowerBound
        var named = actors.map { (entry: $0.entry, token: a.mentions[$0.mention].tokens.lowerBound, mention: Optional($0.mention), back: 0) }
        var back = 1
        while back <= 3, s - back >= 0 {
            if let prev = facts[s - back].actors.first {
                if !actors.contains(where: { $0.entry == prev.entry }) { named.insert((prev.entry, start, nil, back), at: 0) }
                break
            }
            back += 1
        }
        var out: [EventCandidate] = []
        for (i, first) in named.enumerated() {
            out.append(
                EventCandidate(
                    sentence: s, source: first.entry, target: nil, sourceToken: first.token, targetToken: nil, sourceMention: first.mention,
                    targetMention: nil, carriedFrom: first.back))
            for second in named[(i + 1)...] where second.entry != first.entry {
                out.append(
                    EventCandidate(
                        sentence: s, source: first.entry, target: second.entry, sourceToken: first.token, targetToken: second.token,
                        sourceMention: first.mention, targetMention: second.mention, carriedFrom: first.back))
            }
        }
        if named.count <= 2 {
            for first in named where first.back == 0 {
                for other in salient where !named.contains(where: { $0.entry == other }) {
                    out.append(
                        EventCandidate(
                            sentence: s, source: first.entry, target: other, sourceToken: first.token, targetToken: start,
                            sourceMention: first.mention, targetMention: nil, implicit: true))
                }
            }
        }
        return out
    }

    /// A stable key of a token's folded form: the same word gives the same key in every run.
    static func wordKey(_ text: AnalyzedText, _ i: Int) -> UInt64 {
        guard i >= 0, i < text.tokens.count else { return 0 }
        let t = text.tokens[i]
        return Lexicon.hash(text.buffer.folded[Int(t.start)..<Int(t.end)])
    }
}

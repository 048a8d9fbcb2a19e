import ChronographCore

/// What the learned decisions read about an article, computed once: each sentence's facts,
/// its cues (negation, future, hypothetical, denial, background, vague placing), its calendar
/// timexes, the date its narrative is at, and where the body starts. A class: the decisions
/// pass it for every candidate, and it is never changed once made.
final class ReadingContext {
    let a: ArticleAnalysis
    let facts: [SentenceFacts]
    let cues: [SentenceCues]
    /// The verbs the open event coders' dictionaries find in sentence `s`, with their roots;
    /// looked up on first use, since only the sentences of kept events need them.
    func verbs(_ s: Int) -> [VerbTriggers.Hit] {
        if let v = verbCache[s] { return v }
        let v = verbDictionary.hits(in: a.buffer.sentences[s].tokens, of: a.text)
        verbCache[s] = v
        return v
    }
    private var verbCache: [[VerbTriggers.Hit]?]
    private let verbDictionary: VerbTriggers
    let timexes: [Int: [ArticleAnalysis.TimexTokens]]
    /// The date the narrative is at when a sentence starts: the last calendar timex of the
    /// nearest sentence before it, up to three back through sentences that continue it.
    let narrative: [TimeValue?]
    let continues: [Bool]
    let firstBody: Int
    /// The article's main actors: the two non-place actors it names most often (the first named
    /// on a tie), the implicit party of sentences that name only one side.
    let salient: [Int]
    /// Each non-place actor's rank by how often the article names it (0: most often).
    let rank: [Int: Int]
    /// In how many sentences each pair of actors is named together (key: `pairKey`).
    let together: [UInt64: Int]
    let langKey: UInt64
    let lang: String

    /// The key of an unordered pair of actors.
    static func pairKey(_ x: Int, _ y: Int) -> UInt64 { UInt64(min(x, y)) << 32 | UInt64(max(x, y)) }

    struct SentenceCues {
        var negation = false, future = false, hypothetical = false, denial = false, background = false, vague = false
    }

    init(_ a: ArticleAnalysis, resources: Resources) {
        self.a = a
        let model = resources.events
        facts = LearnedReader.facts(a, events: model)
        timexes = a.calendarTimexesBySentence()
        let vague = a.vagueSentences()
        let text = a.text
        var cues: [SentenceCues] = []
        var continues: [Bool] = []
        for (s, sentence) in a.buffer.sentences.enumerated() {
            let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
            var c = SentenceCues()
            c.negation = Cues.present(model.negation, in: text, from: lo, to: hi)
            c.future = Cues.present(model.future, in: text, from: lo, to: hi) || Cues.futureVerb(in: text, from: lo, to: hi)
            c.hypothetical = Cues.present(model.hypothetical, in: text, from: lo, to: hi)
            c.denial = Cues.present(model.denial, in: text, from: lo, to: hi)
            c.background = Cues.present(resources.temporal.backgroundCues, in: text, from: lo, to: hi)
            c.vague = vague.contains(s)
            cues.append(c)
            continues.append(Continuation.opens(sentence, text, pronouns: model.pronounWords))
        }
        self.cues = cues
        verbDictionary = resources.verbs
        verbCache = Array(repeating: nil, count: a.buffer.sentences.count)
        self.continues = continues
        var narrative: [TimeValue?] = []
        for s in a.buffer.sentences.indices {
            var back = s - 1
            var found: TimeValue? = nil
            while back >= 0, s - back <= 3 {
                if let v = timexes[back]?.last?.value {
                    found = v
                    break
                }
                guard continues[back] else { break }
                back -= 1
            }
            narrative.append(found)
        }
        self.narrative = narrative
        firstBody = a.buffer.sentences.indices.first { !a.isHeadline($0) } ?? 0
        var counts: [Int: (n: Int, first: Int)] = [:]
        for (k, m) in a.mentions.enumerated() where a.entries.type(m.entry) != .place {
            counts[m.entry, default: (0, k)].n += 1
        }
        let ranked = counts.sorted { ($0.value.n, -$0.value.first) > ($1.value.n, -$1.value.first) }
        salient = ranked.filter { $0.value.n >= 2 }.prefix(2).map(\.key)
        rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($0.element.key, $0.offset) })
        var together: [UInt64: Int] = [:]
        for f in facts where f.actors.count > 1 {
            for i in f.actors.indices {
                for j in (i + 1)..<f.actors.count { together[Self.pairKey(f.actors[i].entry, f.actors[j].entry), default: 0] += 1 }
            }
        }
        self.together = together
        lang = a.doc.lang
        langKey = Features.mix(0x1A46, UInt64(truncatingIfNeeded: a.doc.lang.hashValueStable))
    }
}

extension String {
    /// A hash of the string that is the same in every run (Swift's own is seeded per process).
    var hashValueStable: UInt64 {
        unicodeScalars.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1.value)) &* 0x0000_0100_0000_01B3 }
    }
}

import ChronographCore

/// Decides an article's events with the learned model: the rules and the dictionaries propose
/// candidates (every pair of actors of a sentence, with the trigger words and the rules' own
/// choice as features), and three linear decisions keep the pairs the text reports as events,
/// say which of the two is the source, give each its CAMEO root and choose its date; no
/// source-only event beside a targeted one of the same source.
struct LearnedReader {
    let model: ReaderModel
    let resources: Resources

    static let roots = (1...20).map { String(format: "%02d", $0) }

    func events(_ a: ArticleAnalysis) -> [Event] {
        let ctx = ReadingContext(a, resources: resources)
        let places = a.placesBySentence(locativeWords: resources.events.locativeWords)
        var events: [Event] = []
        var two = [Float](repeating: 0, count: 2)
        var rootScores = [Float](repeating: 0, count: LearnedReader.roots.count)
        for s in a.buffer.sentences.indices where !a.isHeadline(s) {
            var kept: [(c: EventCandidate, margin: Float)] = []
            for var c in LearnedReader.candidates(sentence: s, facts: ctx.facts, a: a, salient: ctx.salient) {
                let keys = LearnedReader.pairFeatures(c, ctx).keys
                model.event.classScores(keys, into: &two)
                let margin = two[1] - two[0]
                guard margin > 0 else { continue }
                if c.target != nil {
                    model.direction.classScores(keys, into: &two)
                    if two[1] > two[0] { c = c.reversed }
                }
                kept.append((c, margin))
            }
            let chosen = RoleDecoding.decode(kept)
            for c in chosen {
                let rootKeys = LearnedReader.rootFeatures(c, ctx).keys
                var best = 0
                var bestScore = -Float.infinity
                model.root.classScores(rootKeys, into: &rootScores)
                for r in LearnedReader.roots.indices {
                    let sc = rootScores[r]
                    if sc > bestScore {
                        bestScore = sc
                        best = r
                    }
                }
                let options = LearnedReader.dateOptions(c, ctx)
                let date = options.max { model.date.score($0.1.keys) < model.date.score($1.1.keys) }?.0.value
                let root = LearnedReader.roots[best]
                let code = resources.codebook.entry(root + "0") != nil ? root + "0" : root
                let entry = resources.codebook.entry(code)
                let sentence = a.buffer.sentences[s]
                events.append(
                    Event(
                        id: "e\(events.count + 1)", date: date, type: EventType(code: code, label: entry?.label ?? code),
                        goldstein: entry?.goldstein ?? 0, source: [a.entries[c.source].id], target: c.target.map { [a.entries[$0].id] } ?? [],
                        location: places[s], modality: .asserted,
                        evidence: [Evidence(document: a.article.id, sentence: a.sentenceText(s), start: sentence.origStart, end: sentence.origEnd)],
                        trigger: nil))
            }
        }
        return events
    }
}

import ChronographCore

/// The features of the learned event decisions: whether a candidate pair is an event the text
/// reports, and which CAMEO root it is. They name the evidence: actor types, order and
/// distance, the words around and between the actors, the trigger words of the sentence and
/// where they stand, the cues of the sentence, and what the hand rules chose for it.
extension LearnedReader {
    static func bucket(_ d: Int) -> UInt64 {
        switch d {
        case ..<3: 0
        case 3..<6: 1
        case 6..<11: 2
        case 11..<21: 3
        default: 4
        }
    }

    static func typeKey(_ t: ActorType?) -> UInt64 {
        guard let t else { return 9 }
        return UInt64(ActorType.allCases.firstIndex(of: t) ?? 8)
    }

    static func word(_ ctx: ReadingContext, _ i: Int) -> String {
        guard i >= 0, i < ctx.a.text.tokens.count else { return "∅" }
        return ctx.a.buffer.text(tokens: i..<(i + 1))
    }

    /// How two actors of a pair belong together, as the dictionary says: one is the other's
    /// country or body (a minister and his country, an army and its state), or both belong to
    /// the same one. Such pairs are rarely an event's source and target.
    enum Tie: UInt64 { case sourceOfTarget, targetOfSource, sameSide }

    static func affiliation(between s: Int, and t: Int, _ entries: EntryTable) -> Tie? {
        let x = entries[s], y = entries[t]
        func belongs(_ e: ActorEntry, to id: String) -> Bool {
            e.affiliation == id || e.roles?.contains { $0.of == id } == true
        }
        if belongs(x, to: y.id) { return .sourceOfTarget }
        if belongs(y, to: x.id) { return .targetOfSource }
        if let a = x.affiliation, belongs(y, to: a) { return .sameSide }
        return x.roles?.contains { belongs(y, to: $0.of) } == true ? .sameSide : nil
    }

    /// Features shared by the event and root decisions.
    static func pairFeatures(_ c: EventCandidate, _ ctx: ReadingContext, named: Bool = false) -> Features {
        var f = Features(named: named)
        let a = ctx.a, text = a.text
        let facts = ctx.facts[c.sentence]
        let sentence = a.buffer.sentences[c.sentence]
        let st = a.entries.type(c.source), tt = c.target.map { a.entries.type($0) }
        f.add(.bias)
        f.add(.language, ctx.langKey, 0, ctx.lang)
        f.add(.sourceType, typeKey(st), 0, st.rawValue)
        f.add(.targetType, typeKey(tt), 0, tt?.rawValue ?? "none")
        f.add(.typePair, typeKey(st), typeKey(tt), "\(st.rawValue)>\(tt?.rawValue ?? "none")")
        if c.target == nil { f.add(.noTarget) }
        let sourceRank = min(ctx.rank[c.source] ?? 5, 5)
        f.add(.actorRank, UInt64(sourceRank), 0, "source \(sourceRank)")
        if let t = c.target {
            let targetRank = min(ctx.rank[t] ?? 5, 5)
            f.add(.actorRank, UInt64(targetRank), 1, "target \(targetRank)")
            let n = min(ctx.together[ReadingContext.pairKey(c.source, t)] ?? 0, 4)
            f.add(.pairSentences, UInt64(n), 0, "\(n)")
        }
        if let t = c.target, let tie = affiliation(between: c.source, and: t, a.entries) {
            f.add(.affiliatedPair, tie.rawValue, 0, "\(tie)")
        }
        if c.carried {
            f.add(.carried)
            let continues = ctx.continues[c.sentence]
            f.add(.carriedFrom, UInt64(c.carriedFrom), continues ? 1 : 0, "\(c.carriedFrom) back\(continues ? ", continues" : "")")
        }
        if c.implicit {
            let rank = c.target.flatMap { ctx.salient.firstIndex(of: $0) } ?? 9
            f.add(.implicitTarget, UInt64(min(facts.actors.count, 3)), 0, "\(min(facts.actors.count, 3)) named")
            f.add(.implicitTarget, UInt64(rank), 1, "main actor \(rank)")
        }
        if facts.actors.first?.entry == c.source { f.add(.sourceFirst) }
        f.add(.actorsInSentence, UInt64(min(facts.actors.count, 5)), 0, "\(min(facts.actors.count, 5))")
        let position = max(0, c.sentence - ctx.firstBody)
        f.add(.sentencePosition, UInt64(min(position, 6)), 0, "\(min(position, 6))")
        if !c.carried {
            f.add(.wordBeforeSource, wordKey(text, c.sourceToken - 1), 0, word(ctx, c.sourceToken - 1))
            if let m = c.sourceMention {
                let end = a.mentions[m].tokens.upperBound
                f.add(.wordAfterSource, wordKey(text, end), 0, word(ctx, end))
                if a.mentions[m].adjectival { f.add(.sourceAdjectival) }
                if a.mentions[m].shortReference { f.add(.shortReference, 0, 0, "source") }
            }
        }
        if let tm = c.targetMention, let tt0 = c.targetToken {
            let m = a.mentions[tm]
            f.add(.wordBeforeTarget, wordKey(text, tt0 - 1), 0, word(ctx, tt0 - 1))
            f.add(.wordAfterTarget, wordKey(text, m.tokens.upperBound), 0, word(ctx, m.tokens.upperBound))
            if let clitic = m.cliticPreposition { f.add(.cliticOnTarget, UInt64(clitic), 0, String(UnicodeScalar(clitic).map(Character.init) ?? "?")) }
            if m.adjectival { f.add(.targetAdjectival) }
            if m.shortReference { f.add(.shortReference, 1, 0, "target") }
            let before = tt0 < c.sourceToken
            if before { f.add(.targetBeforeSource) }
            f.add(.distance, bucket(abs(tt0 - c.sourceToken)), before ? 1 : 0, "\(bucket(abs(tt0 - c.sourceToken)))\(before ? "<" : ">")")
            if !c.carried {
                let lo = min(tt0, c.sourceToken), hi = max(tt0, c.sourceToken)
                var n = 0
                for i in (lo + 1)..<max(lo + 1, hi) where text.tokens[i].isWord && n < 8 {
                    f.add(.wordBetween, wordKey(text, i), 0, word(ctx, i))
                    n += 1
                }
            }
        }
        // Trigger words and where they stand.
        var nearest: (d: Int, root: Int, word: UInt64, token: Int)? = nil
        for t in facts.triggers {
            f.add(.triggerRoot, UInt64(t.root), 0, String(format: "%02d", t.root))
            if let tt0 = c.targetToken, !c.carried, !c.implicit {
                let lo = min(tt0, c.sourceToken), hi = max(tt0, c.sourceToken)
                if t.token > lo, t.token < hi {
                    f.add(.triggerRootBetween, UInt64(t.root), 0, String(format: "%02d", t.root))
                    // What a root between two actors means depends on what they are (a
                    // country and a person meet; a group and a place are attacked).
                    f.add(
                        .typePairRootBetween, typeKey(st) << 8 | typeKey(tt), UInt64(t.root),
                        "\(st.rawValue)>\(tt?.rawValue ?? "none") " + String(format: "%02d", t.root))
                }
                if t.token > tt0 { f.add(.triggerRootAfterTarget, UInt64(t.root), 0, String(format: "%02d", t.root)) }
            }
            if t.token < c.sourceToken, !c.carried { f.add(.triggerRootBeforeSource, UInt64(t.root), 0, String(format: "%02d", t.root)) }
            let d = abs(t.token - c.sourceToken)
            if nearest == nil || d < nearest!.d { nearest = (d, t.root, t.word, t.token) }
        }
        if let n = nearest {
            f.add(.nearestTriggerRoot, UInt64(n.root), bucket(n.d), String(format: "%02d", n.root) + "@\(bucket(n.d))")
            if c.implicit { f.add(.implicitTargetRoot, UInt64(n.root), 0, String(format: "%02d", n.root)) }
            f.add(.triggerWord, n.word, 0, word(ctx, n.token))
        }
        // What the rules chose in this sentence.
        if facts.rules.isEmpty { f.add(.ruleNone) }
        for (r, ruleRoot) in zip(facts.rules, facts.ruleRoots) {
            let root = UInt64(ruleRoot)
            f.add(.ruleSentenceRoot, root, 0, String(format: "%02d", Int(root)))
            let src = Set(r.source.map { a.mentions[$0].entry }), tgt = Set(r.target.map { a.mentions[$0].entry })
            let hasSource = src.contains(c.source)
            if let t = c.target {
                if hasSource, tgt.contains(t) {
                    f.add(.ruleSamePair)
                    f.add(.ruleSamePairRoot, root, 0, String(format: "%02d", Int(root)))
                    f.add(.ruleModality, UInt64(r.modality.rawValue.hashValueStable), 0, r.modality.rawValue)
                }
                if src.contains(t), tgt.contains(c.source) { f.add(.ruleReversePair) }
            } else if hasSource, tgt.isEmpty {
                f.add(.ruleSourceOnly)
                f.add(.ruleSamePairRoot, root, 1, String(format: "%02d", Int(root)) + "/alone")
                f.add(.ruleModality, UInt64(r.modality.rawValue.hashValueStable), 0, r.modality.rawValue)
            }
        }
        let cues = ctx.cues[c.sentence]
        if cues.negation { f.add(.negation) }
        if cues.future { f.add(.future) }
        if cues.hypothetical { f.add(.hypothetical) }
        if cues.denial { f.add(.denial) }
        if cues.background { f.add(.background) }
        if cues.vague { f.add(.vague) }
        _ = sentence
        return f
    }

    /// The root decision reads the pair's features and every word of the sentence.
    static func rootFeatures(_ c: EventCandidate, _ ctx: ReadingContext, named: Bool = false) -> Features {
        var f = pairFeatures(c, ctx, named: named)
        // What the verb dictionaries propose.
        let verbs = ctx.verbs(c.sentence)
        if verbs.isEmpty { f.add(.verbNone) }
        var nearestVerb: (d: Int, hit: VerbTriggers.Hit)? = nil
        for v in verbs {
            let root = String(format: "%02d", v.root)
            f.add(.verbRoot, UInt64(v.root), 0, root)
            if v.byPattern { f.add(.verbPatternRoot, UInt64(v.root), 0, root) }
            if let tt0 = c.targetToken, !c.carried, !c.implicit, v.token > min(tt0, c.sourceToken), v.token < max(tt0, c.sourceToken) {
                f.add(.verbRootBetween, UInt64(v.root), 0, root)
            }
            let d = abs(v.token - c.sourceToken)
            if nearestVerb == nil || d < nearestVerb!.d { nearestVerb = (d, v) }
        }
        if let n = nearestVerb {
            f.add(.nearestVerbRoot, UInt64(n.hit.root), bucket(n.d), String(format: "%02d", n.hit.root) + "@\(bucket(n.d))")
        }
        let sentence = ctx.a.buffer.sentences[c.sentence]
        for i in sentence.tokens where ctx.a.text.tokens[i].isWord {
            f.add(.sentenceWord, wordKey(ctx.a.text, i), 0, word(ctx, i))
        }
        return f
    }
}

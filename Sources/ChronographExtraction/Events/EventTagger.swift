import ChronographCore

/// An event found in one sentence, before dating: the trigger, its code, and the actor
/// mentions (indices into the article's mentions) that fill its roles.
struct EventMention: Sendable {
    var trigger: Range<Int>
    var sentence: Int
    var code: String
    var source: [Int]
    var target: [Int]
    var modality: Modality
    /// The source was carried from an earlier sentence, not read in this one.
    var carried = false
    /// For force with no actor as target: the country of the place struck (an entry index).
    var placeTarget: Int? = nil
    /// The trigger is a noun (غارة, airstrikes), not a verb.
    var nominal = false
}

/// Codes who-did-what-to-whom by trigger patterns: the subject from word order (VSO after an
/// Arabic verb, SVO before an English one, or the agent after a passive marker), the target
/// from the prepositions the pattern names or the object, coordination giving both parties.
struct EventTagger: Sendable {
    let model: EventModel

    /// A mention standing for another actor: a place stands for the country it lies in.
    struct PlaceTarget {
        var token: Int
        var entry: Int
    }

    var isCountry: @Sendable (Int) -> Bool = { _ in false }

    func tag(_ text: AnalyzedText, mentions: [ActorMention], isPlace: (Int) -> Bool, countryOf: (Int) -> Int? = { _ in nil }) -> [EventMention] {
        var out: [EventMention] = []
        let index = MentionIndex(mentions, tokens: text.tokens.count)
        let mentionAt = index.byStart
        let covered = index.covered
        let mentionEndingAt = index.byEnd
        var bySentence = Array(repeating: [Int](), count: text.buffer.sentences.count)
        for (k, m) in mentions.enumerated() {
            bySentence[text.buffer.sentenceIndex(ofToken: m.tokens.lowerBound)].append(k)
        }
        var lastSubject: [Int] = []
        for (si, sentence) in text.buffer.sentences.enumerated() {
            let here = bySentence[si]
            let inSentence = here.filter { !isPlace(mentions[$0].entry) }
            var i = sentence.tokens.lowerBound
            var found: [EventMention] = []
            while i < sentence.tokens.upperBound {
                if covered.contains(i) {
                    i += 1
                    continue
                }
                // Arabic puts the subject inside a phrase (قطعت المغرب العلاقات): skip one actor.
                var subjectInside = mentionAt[i + 1].map { mentions[$0].tokens }
                // ... or a coordinated subject (وأنشأت روسيا وإسرائيل خطا).
                while let r = subjectInside, let k = mentionAt[r.upperBound], let prev = mentionAt[r.lowerBound],
                    coordinated(prev, k, mentions, text)
                        || mentions[k].tokens.lowerBound == r.upperBound
                            && text.buffer.folded[Int(text.tokens[r.upperBound].start)] == 0x0648
                {
                    subjectInside = r.lowerBound..<mentions[k].tokens.upperBound
                }
                guard let m = model.trie.matches(at: i, in: text, skipping: subjectInside).first(where: { $0.end <= sentence.tokens.upperBound }) else {
                    i += 1
                    continue
                }
                var trigger = model.triggers[Int(m.payloads[0])]
                // English "Norwegian strikes", "Russian attacks": after a nationality the word is a noun.
                if !trigger.isNoun, text.tokens[i].kind == .latin, let before = mentionEndingAt[i], mentions[before].adjectival {
                    trigger.isNoun = true
                }
                let range = m.skipped != nil ? m.start..<(m.start + 1) : m.start..<m.end
                var ev = EventMention(
                    trigger: range, sentence: si, code: trigger.code, source: [], target: [], modality: modality(before: m.start, in: sentence, text))
                ev.nominal = trigger.isNoun
                assignRoles(&ev, trigger, inSentence, mentions, text, sentence)
                if ev.target.isEmpty, ["08", "19", "20"].contains(String(trigger.code.prefix(2))) {
                    let agents = Set(ev.source.map { mentions[$0].entry })
                    ev.placeTarget = struckPlace(
                        after: m.end, in: sentence, here.map { mentions[$0] }.filter { !agents.contains($0.entry) }, isPlace: isPlace, countryOf: countryOf)
                }
                if ev.source.isEmpty && !trigger.isNoun && !lastSubject.isEmpty && canCarry(at: m.start, in: sentence, text) {
                    ev.source = lastSubject.filter { !ev.target.contains($0) }
                    ev.carried = true
                }
                if !ev.source.isEmpty { found.append(ev) }
                i = m.end
            }
            for ev in found where !ev.source.isEmpty {
                let entries = Set(ev.source.map { mentions[$0].entry })
                if !entries.isEmpty { lastSubject = ev.source }
            }
            // The first actor of a sentence with no event still becomes the topic to carry.
            if found.isEmpty, let first = inSentence.first, !mentions[first].adjectival, mentions[first].cliticPreposition == nil {
                lastSubject = [first]
            }
            out += found
        }
        return out
    }

    private func assignRoles(_ ev: inout EventMention, _ trig: Trigger, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText, _ sentence: Sentence)
    {
        let t0 = ev.trigger.lowerBound
        let t1 = ev.trigger.upperBound
        let isArabic = text.tokens[t0].kind == .arabic
        let after = cands.filter { mentions[$0].tokens.lowerBound >= t1 && mentions[$0].tokens.lowerBound - t1 <= 14 }
        let preceding = cands.filter { mentions[$0].tokens.upperBound <= t0 }.reversed()

        // An explicit agent: "by X", "من قبل X", "على يد X".
        for k in after {
            let start = mentions[k].tokens.lowerBound
            for phrase in trig.sourceWords where start >= phrase.count && endsWith(phrase, at: start, text) {
                ev.source = withCoordinated(k, cands, mentions, text)
            }
            if !ev.source.isEmpty { break }
        }
        /// The token before a mention, past determiners (on the Islamic State, against both X).
        func before(_ k: Int) -> Int {
            var p = mentions[k].tokens.lowerBound - 1
            while p > 0, text.reads(p, as: model.determiners) { p -= 1 }
            return p
        }
        func marked(_ k: Int) -> Bool {
            let m = mentions[k]
            if let c = m.cliticPreposition, trig.targetClitics.contains(c) { return true }
            var p = before(k)
            // "على مواقع لـX", "on X positions": a head noun between the preposition and X.
            if p >= 1, text.reads(p, as: model.targetHeads) { p -= 1 }
            if p >= 1, m.cliticPreposition != nil || text.reads(p, as: model.genitiveWords), text.reads(p - 1, as: model.targetHeads),
                p - 2 >= 0, text.reads(p - 2, as: trig.targetWords)
            {
                return true
            }
            return p >= 0 && text.reads(p, as: trig.targetWords)
        }
        /// X behind a head noun that is itself the object (اغتالت إسرائيل قياديا في حماس).
        func headed(_ k: Int) -> Bool {
            let p = before(k)
            return p >= 1 && (mentions[k].cliticPreposition != nil || text.reads(p, as: model.genitiveWords))
                && text.reads(mentions[k].cliticPreposition != nil ? p : p - 1, as: model.targetHeads)
        }
        func prepositional(_ k: Int) -> Bool {
            let m = mentions[k]
            if m.cliticPreposition != nil { return true }
            let p = before(k)
            guard p >= 0 else { return false }
            return text.reads(p, as: prepositions)
        }
        if ev.source.isEmpty {
            if trig.isNoun {
                // A nominal trigger takes its agent from an adjacent nisba (غارة إسرائيلية,
                // Russian airstrikes) or a noun right after it (غارات التحالف); nothing further.
                let adjacentAfter = after.first { mentions[$0].tokens.lowerBound - t1 <= 2 && !marked($0) && !prepositional($0) }
                let adjacentBefore = preceding.first { t0 - mentions[$0].tokens.upperBound <= 1 && !prepositional($0) }
                if let k = adjacentAfter, mentions[k].adjectival || isArabic {
                    ev.source = [k]
                } else if let k = adjacentBefore {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
            } else if isArabic {
                // Subject before the verb (إسرائيل قصفت) when it stands right before it, with
                // nothing but its own words between; else verb-subject order.
                let adjacentSubject = preceding.first { k in
                    !prepositional(k) && t0 - mentions[k].tokens.upperBound <= 1
                        && (mentions[k].tokens.upperBound..<t0).allSatisfy { text.tokens[$0].kind != .punctuation }
                }
                if let k = adjacentSubject {
                    ev.source = withCoordinated(k, cands, mentions, text)
                } else if let k = after.first(where: {
                    !marked($0) && !prepositional($0) && !mentions[$0].adjectival && mentions[$0].tokens.lowerBound - t1 <= 3
                }) {
                    ev.source = withCoordinated(k, cands, mentions, text)
                } else if let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival }) {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
            } else if let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival }) {
                ev.source = withCoordinated(k, cands, mentions, text)
            }
        }
        let sourceEntries = Set(ev.source.map { mentions[$0].entry })
        let rest = after.filter { !ev.source.contains($0) && !sourceEntries.contains(mentions[$0].entry) }
        if let k = rest.first(where: marked) {
            ev.target = [k]
        } else if trig.targetIsObject, !trig.isNoun, let k = rest.first(where: { !prepositional($0) || mentions[$0].adjectival || headed($0) }) {
            ev.target = [k]
        } else if trig.symmetric, ev.source.count > 1 {
            ev.target = Array(ev.source.dropFirst())
            ev.source = [ev.source[0]]
        }
        if ev.source.count > 1 && ev.target.isEmpty && trig.symmetric {
            ev.target = Array(ev.source.dropFirst())
            ev.source = [ev.source[0]]
        }
    }

    private var prepositions: WordSet { model.prepositionWords }

    /// Strikes on a place hit the state it lies in: the country of the first place named after
    /// the trigger in the same sentence, or the country itself (قصفت مواقع في سوريا).
    private func struckPlace(after t: Int, in sentence: Sentence, _ mentions: [ActorMention], isPlace: (Int) -> Bool, countryOf: (Int) -> Int?) -> Int? {
        for m in mentions where m.tokens.lowerBound >= t && sentence.tokens.contains(m.tokens.lowerBound) && !m.adjectival {
            if isPlace(m.entry) {
                if let c = countryOf(m.entry) { return c }
            } else if isCountry(m.entry) {
                return m.entry
            }
        }
        return nil
    }

    /// Arabic drops subjects, so a verb with none in sight continues the last one; English
    /// does only through a pronoun just before the verb.
    private func canCarry(at t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Bool {
        if text.tokens[t].kind == .arabic { return true }
        for k in max(sentence.tokens.lowerBound, t - 3)..<t where text.reads(k, as: model.pronounWords) { return true }
        return false
    }

    /// X و Y, X and Y: the actors coordinated with a mention, before and after it.
    private func withCoordinated(_ k: Int, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText) -> [Int] {
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
    private func coordinated(_ a: Int, _ b: Int, _ mentions: [ActorMention], _ text: AnalyzedText) -> Bool {
        // Two mentions of one phrase (the two leaders) are one side.
        if mentions[a].tokens == mentions[b].tokens { return true }
        let gap = mentions[b].tokens.lowerBound - mentions[a].tokens.upperBound
        let first = text.tokens[mentions[b].tokens.lowerBound]
        let wawClitic = first.kind == .arabic && text.buffer.folded[Int(first.start)] == 0x0648 && mentions[b].origStart > Int(first.origStart)
        if gap == 0 && wawClitic { return true }
        guard gap == 1 else { return false }
        let between = mentions[a].tokens.upperBound
        return text.reads(between, as: model.andWords)
    }

    private func endsWith(_ phrase: [Int32], at start: Int, _ text: AnalyzedText) -> Bool {
        for (j, w) in phrase.reversed().enumerated() {
            let t = start - 1 - j
            guard t >= 0, text.readings(t).contains(where: { $0.word == w }) else { return false }
        }
        return true
    }

    /// Negation, denial, hypotheticals and plans read from the few words before the trigger.
    private func modality(before t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Modality {
        func has(_ cues: CueList, within n: Int) -> Bool {
            Cues.present(cues, in: text, from: max(sentence.tokens.lowerBound, t - n), to: t)
        }
        if has(model.negation, within: 2) { return .negated }
        if has(model.denial, within: 8) { return .denied }
        if has(model.hypothetical, within: 8) { return .hypothetical }
        // A future cue (سوف, will, plans to) or the prefix س written on the trigger (سيزور).
        if has(model.future, within: 4) || Cues.futureVerb(in: text, from: t, to: t + 1) { return .planned }
        return .asserted
    }
}

import ChronographCore

/// Codes who-did-what-to-whom by trigger patterns: the subject from word order (VSO after an
/// Arabic verb, SVO before an English one, or the agent after a passive marker), the target
/// from the prepositions the pattern names or the object, coordination giving both parties.
struct EventTagger: Sendable {
    let model: EventModel

    var isCountry: @Sendable (Int) -> Bool = { _ in false }

    func tag(
        _ text: AnalyzedText, mentions: [ActorMention], times: [Range<Int>] = [], isPlace: (Int) -> Bool, countryOf: (Int) -> Int? = { _ in nil }
    ) -> [EventMention] {
        var timeEnd = [Int: Int]()
        var timeTokens = Set<Int>()
        for r in times {
            timeEnd[r.lowerBound] = r.upperBound
            timeTokens.formUnion(r)
        }
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
            // First the triggers of the sentence, then their roles: an object does not reach past
            // the next verb (rejected the criticism and accused Egypt).
            var triggers: [(match: PhraseTrie.Match, trigger: Trigger)] = []
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
                            && text.startsWithAnd(r.upperBound)
                {
                    subjectInside = r.lowerBound..<mentions[k].tokens.upperBound
                }
                // ... and a time after it (قطعت الكويت أمس العلاقات, استخدمت روسيا الثلاثاء حق الفيتو).
                if let r = subjectInside, let end = timeEnd[r.upperBound] { subjectInside = r.lowerBound..<end }
                var match = model.trie.matches(at: i, in: text, skipping: subjectInside).first(where: { $0.end <= sentence.tokens.upperBound })
                // ... or a subject and then an object (حملت موسكو إسرائيل المسؤولية, أمرت البحرين قطر بمغادرة).
                if match == nil, let r = subjectInside, let k = mentionAt[r.upperBound] {
                    match = model.trie.matches(at: i, in: text, skipping: r.lowerBound..<mentions[k].tokens.upperBound).first {
                        $0.end <= sentence.tokens.upperBound && model.triggers[Int($0.payloads[0])].innerIsTarget
                    }
                }
                guard let m = match else {
                    i += 1
                    continue
                }
                var trigger = model.triggers[Int(m.payloads[0])]
                // A verb never ends in ة: سيطرة is not سيطر with a pronoun.
                if !trigger.isNoun,
                    text.language(m.start).isNounOnly(text.buffer.original[Int(text.tokens[m.start].origStart)..<Int(text.tokens[m.start].origEnd)])
                {
                    i = m.end
                    continue
                }
                // Nor takes the article: القصف, التعاون read through a verb entry are verbal nouns.
                if !trigger.isNoun, m.first.article { trigger.isNoun = true }
                // An event noun that qualifies another noun (قواعد الاشتباك, مواقع لمدفعية) reports nothing.
                if trigger.isNoun, qualifiesNoun(at: m.start, in: sentence, text) {
                    i = m.end
                    continue
                }
                // English "Norwegian strikes", "Russian attacks": after a nationality the word is a noun;
                // so it is after a determiner or a preposition (the attack, in support of).
                if !trigger.isNoun, text.traits(i).clauseOrder == .subjectFirst {
                    if let before = mentionEndingAt[i], mentions[before].adjectival { trigger.isNoun = true }
                    if i > sentence.tokens.lowerBound, text.reads(i - 1, as: model.nounMarkers) { trigger.isNoun = true }
                }
                // An event phrase listed as no event (rules of engagement) hides the words inside it.
                if trigger.code.isEmpty {
                    i = m.end
                    continue
                }
                // English: a verb form right after the object of a verb belongs to that object
                // (struck Hezbollah targets).
                // (Not after a verb of saying, whose object opens a reported clause: France says Iran
                // was behind it; nor for a form of "be".)
                if !trigger.isNoun, text.traits(i).clauseOrder == .subjectFirst, let before = mentionEndingAt[i],
                    let last = triggers.last, !last.trigger.isNoun, last.match.end == mentions[before].tokens.lowerBound,
                    !last.trigger.isIn(.makePublicStatement), !text.reads(i, as: model.beWords)
                {
                    i = m.end
                    continue
                }
                triggers.append((m, trigger))
                i = m.end
            }
            let clauses = parentheticalClauses(after: sentence.tokens.lowerBound, sentence, text)
            for (n, (m, trigger)) in triggers.enumerated() {
                // (A participle or one of the trigger's own target words does not end it: strikes targeting X.)
                let limit =
                    triggers[(n + 1)...].first {
                        !$0.trigger.isNoun && !participle($0.match.start, sentence, text) && !text.reads($0.match.start, as: trigger.targetWords)
                    }?.match.start ?? sentence.tokens.upperBound
                let range = m.skipped != nil ? m.start..<(m.start + 1) : m.start..<m.end
                var ev = EventMention(
                    trigger: range, sentence: si, code: trigger.code, source: [], target: [], modality: modality(before: m.start, in: sentence, text))
                ev.nominal = trigger.isNoun
                // An event noun followed by a future verb is planned (لقاء ثلاثي سيعقد غدا).
                if ev.nominal, ev.modality == .asserted, Cues.futureVerb(in: text, from: m.end, to: min(m.end + 2, sentence.tokens.upperBound)) {
                    ev.modality = .planned
                }
                ev.inner = m.skipped
                let previous = found.last { !$0.nominal && !$0.source.isEmpty }?.source ?? []
                assignRoles(
                    &ev, trigger, inSentence, mentions, text, sentence, previous: previous, limit: limit, times: timeTokens,
                    asides: clauses.filter { !$0.contains(m.start) })
                if ev.target.isEmpty, trigger.isIn(.yield, .fight, .useUnconventionalMassViolence) {
                    let agents = Set(ev.source.map { mentions[$0].entry })
                    ev.placeTarget = struckPlace(
                        after: m.end, in: sentence, here.map { mentions[$0] }.filter { !agents.contains($0.entry) }, isPlace: isPlace, countryOf: countryOf)
                }
                found.append(ev)
            }
            applySentenceRules(&found, lastSubject: lastSubject, sentence: sentence, text)
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

    private func assignRoles(
        _ ev: inout EventMention, _ trig: Trigger, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText, _ sentence: Sentence,
        previous: [Int], limit: Int, times: Set<Int> = [], asides: [Range<Int>] = []
    ) {
        let t0 = ev.trigger.lowerBound
        let t1 = ev.trigger.upperBound
        // Verb-first languages (Arabic) put the subject after the verb and the author of a
        // verbal noun in its genitive; subject-first ones (English) before the verb.
        let language = text.language(t0)
        let isArabic = language.clauseOrder == .verbFirst
        // The actor inside the phrase is its target when the pattern says so (حملت X المسؤولية).
        // What a parenthetical relative clause names is its own (إيران، التي أسقطت طائرة
        // أمريكية، اتهمت السعودية): not an argument of a verb outside it.
        var cands = asides.isEmpty ? cands : cands.filter { k in !asides.contains { $0.contains(mentions[k].tokens.lowerBound) } }
        if trig.innerIsTarget, let inner = ev.inner {
            let inside = cands.filter { inner.contains(mentions[$0].tokens.lowerBound) }
            if inside.count >= 2, !coordinated(inside[0], inside[1], mentions, text) {
                // Verb, subject and object inside the phrase: the first is the subject.
                ev.source = [inside[0]]
                ev.target = Array(inside.dropFirst())
            } else {
                ev.target = inside
            }
            cands.removeAll { inside.contains($0) }
        }
        // An actor right after أن, إن, that is the subject of a reported clause, not an argument
        // of this verb (تعهد بأن واشنطن ستدرس, said that Russia); but a demand or an appeal is
        // addressed to it (demanded that Qatar stop).
        let addressed = trig.isIn(.appeal, .demand)
        let after = cands.filter {
            let start = mentions[$0].tokens.lowerBound
            return start >= t1 && start - t1 <= 14 && start < limit && (addressed || !(start > 0 && text.reads(start - 1, as: model.complementizers)))
        }
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
            // "على مواقع لـX", "على مواقع لمدفعية X", "on X positions": head nouns and the words
            // that link them stand between the preposition and X.
            var p = before(k)
            var hops = 0
            while p >= 0 {
                if text.reads(p, as: trig.targetWords) { return true }
                guard hops < 4, p >= 1, text.reads(p, as: model.targetHeads) || text.reads(p, as: model.genitiveWords) else { return false }
                p -= 1
                while p > 0, text.reads(p, as: model.determiners) { p -= 1 }
                hops += 1
            }
            return false
        }
        /// X behind a head noun that is itself the object (اغتالت إسرائيل قياديا في حماس).
        /// Nationalities in a row, written one after the other or joined by a hyphen or "and"
        /// (الروسي التركي, US-Russian), in text order.
        func nisbaRow(from k: Int, forward: Bool) -> [Int] {
            func joined(_ a: Int, _ b: Int) -> Bool {
                let gap = mentions[b].tokens.lowerBound - mentions[a].tokens.upperBound
                if gap == 0 { return true }
                guard gap == 1 else { return false }
                let between = mentions[a].tokens.upperBound
                return text.reads(between, as: model.andWords) || text.buffer.foldedString(text.tokens[between]) == "-"
            }
            var row = [k]
            if forward {
                while let next = cands.first(where: {
                    mentions[$0].adjectival && $0 != row.last! && mentions[$0].tokens.lowerBound >= mentions[row.last!].tokens.upperBound
                        && joined(row.last!, $0)
                }) {
                    row.append(next)
                }
            } else {
                // (a name may lead the row: US-Russian)
                while let prev = cands.last(where: {
                    $0 != row.first! && mentions[$0].tokens.upperBound <= mentions[row.first!].tokens.lowerBound && joined($0, row.first!)
                }) {
                    row.insert(prev, at: 0)
                }
            }
            return row
        }
        /// A part of X after a number: ثلاثة من عناصر X, 12 من X.
        func partitive(_ k: Int) -> Bool {
            var p = before(k)
            if p > t1, text.reads(p, as: model.targetHeads) { p -= 1 }
            return p > t1 && mentions[k].tokens.lowerBound - t1 <= 8 && text.reads(p, as: model.partitiveWords)
        }
        /// A nationality qualifying a noun in a prepositional phrase (من الأجواء اللبنانية) is no object.
        func qualifiesPrepositionalObject(_ k: Int) -> Bool {
            let head = mentions[k].tokens.lowerBound - 1
            guard head >= t1 else { return false }
            let tok = text.tokens[head]
            var clitic = false
            let written = text.traits(head).clitics
            if !text.traits(head).prepositions.isEmpty, !text.readings(head).contains(where: { $0.prefix == 0 }),
                let r = text.readings(head).first(where: { $0.prefix > 0 })
            {
                // ب and ك make a prepositional phrase; ل marks the one it is for (لطائرات أميركية).
                let c = text.buffer.folded[Int(tok.start) + Int(r.prefix) - 1]
                clitic = (c == written.with || c == written.like) && !trig.targetClitics.contains(c)
            }
            let p = head - 1
            return clitic || (p >= t1 && text.reads(p, as: prepositions) && !text.reads(p, as: trig.targetWords))
        }
        /// (The object may be a chain of head nouns and links: استهدفت مخازن تابعة لـX.)
        func headed(_ k: Int) -> Bool {
            var p = before(k)
            var heads = 0
            while p >= t1, heads < 4 {
                if text.reads(p, as: model.targetHeads) {
                    heads += 1
                } else if !text.reads(p, as: model.genitiveWords) && text.tokens[p].kind != .number && !text.reads(p, as: model.quantityWords)
                    && !times.contains(p)
                {
                    break
                }
                p -= 1
            }
            // The chain starts right after the trigger or after the subject (اغتالت إسرائيل قياديا),
            // maybe past one adverb (قصفت تركيا مؤخرا مواقع لـX).
            return heads > 0 && (p < t1 || ev.source.contains { (p...(p + 1)).contains(mentions[$0].tokens.upperBound) })
        }
        /// An English name right before a title is whose office it is (Trump's envoy threatened):
        /// the subject is the office holder, not the name.
        func titled(_ k: Int) -> Bool {
            let end = mentions[k].tokens.upperBound
            return !isArabic && !mentions[k].adjectival && end < t0 && text.reads(end, as: model.titleWords)
        }
        func prepositional(_ k: Int) -> Bool {
            let m = mentions[k]
            if m.cliticPreposition != nil { return true }
            let p = before(k)
            // A preposition that belongs to the trigger (called on, took a jab at) governs its object.
            guard p >= 0, !(t0..<t1).contains(p) else { return false }
            return text.reads(p, as: prepositions)
        }
        // An Arabic verb of harm followed by a number is passive: no subject after it (قتل عشرة
        // جنود = ten soldiers were killed; but قصفت 10 أهداف is active).
        let next = t1 < sentence.tokens.upperBound ? t1 : nil
        let harm = trig.isIn(.coerce, .assault, .useUnconventionalMassViolence)
        if isArabic, harm, !trig.isNoun, let n = next, text.tokens[n].kind == .number || text.reads(n, as: model.quantityWords) {
            ev.passive = true
        }
        // (Between X and Y joins the parties of talks, deals, cooperation and fighting; blame
        // "split between" X and Y falls on both.)
        let joint =
            trig.symmetric
            || trig.isIn(
                .expressIntentToCooperate, .consult, .engageInDiplomaticCooperation, .engageInMaterialCooperation, .provideAid, .yield, .fight)
        if ev.source.isEmpty, trig.isNoun || trig.symmetric, joint, let (x, others) = between(after: t1, cands, mentions, text, sentence) {
            ev.source = [x]
            ev.target = others
            return
        }
        // بـ + verbal noun completes a verb (قامت بقصف, القرار القاضي بقطع): it takes the clause subject.
        // (Not after a verb of saying, أفاد بمقتل, nor for a victim noun: whoever reports a death
        // did not cause it.)
        let afterSaying = (max(sentence.tokens.lowerBound, t0 - 3)..<t0).contains { k in
            model.trie.matches(at: k, in: text).contains { m in m.payloads.contains { model.triggers[Int($0)].isIn(.makePublicStatement) } }
        }
        let completesVerb =
            isArabic && trig.isNoun && !trig.genitiveIsTarget && !afterSaying
            && {
                let tok = text.tokens[t0]
                guard let r = text.readings(t0).first(where: { $0.prefix > 0 }) else { return false }
                return text.buffer.folded[Int(tok.start) + Int(r.prefix) - 1] == language.clitics.with
            }()
        if ev.passive {
            if ev.source.isEmpty, let k = after.first(where: { !prepositional($0) && mentions[$0].tokens.lowerBound - t1 <= 4 }) {
                ev.target = [k]
            }
            return
        }
        // A transitive verbal noun after بـ stands for its verb (قامت الإمارات بدعوة الحكومة,
        // قامت طائرة إسرائيلية بإسقاط الطائرة): the clause subject is its agent, even a
        // nationality qualifying that subject, and the genitive after it is its object.
        /// Whether a trigger verb stands in a..<b.
        func verbBetween(_ a: Int, _ b: Int) -> Bool {
            (a..<max(a, b)).contains { model.trie.matches(at: $0, in: text).contains { !model.triggers[Int($0.payloads[0])].isNoun } }
        }
        var verbLike = false
        if ev.source.isEmpty, completesVerb, trig.targetIsObject,
            let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival })
                ?? preceding.first(where: { !prepositional($0) && !verbBetween(mentions[$0].tokens.upperBound, t0) })
        {
            ev.source = withCoordinated(k, cands, mentions, text)
            verbLike = true
        }
        if ev.source.isEmpty {
            if trig.isNoun {
                // A nominal trigger takes its agent from an adjacent nisba (غارة إسرائيلية,
                // Russian airstrikes) or a noun right after it (غارات التحالف); after بـ, from
                // the subject of the clause it completes; nothing further.
                let adjacentAfter = after.first { mentions[$0].tokens.lowerBound - t1 <= 2 && !marked($0) && !prepositional($0) }
                // (English only: an Arabic noun before a verbal noun is no agent, أدانت موسكو هجوما;
                // a nationality keeps its role inside a prepositional phrase, in Russian strikes.)
                let adjacentBefore = preceding.first {
                    // (and so does a name right before the noun: after French air raids)
                    !isArabic && t0 - mentions[$0].tokens.upperBound <= 1
                        && (!prepositional($0) || mentions[$0].adjectival || mentions[$0].tokens.upperBound == t0)
                }
                if isArabic, let k = adjacentAfter {
                    let gap = mentions[k].tokens.lowerBound - t1
                    if gap > 0 && mentions[k].adjectival {
                        // The nationality of a noun after it is the patient's (إسقاط الطائرة الروسية).
                        ev.target = [k]
                    } else if trig.genitiveIsTarget && !mentions[k].adjectival {
                        // The genitive of مقتل, اغتيال, اعتقال is who suffers it.
                        ev.target = [k]
                    } else if trig.symmetric && gap == 0 && mentions[k].adjectival {
                        // Nationalities in a row share a symmetric act (الاتفاق الروسي التركي).
                        ev.source = nisbaRow(from: k, forward: true)
                    } else {
                        ev.source = [k]
                    }
                } else if isArabic, let k = after.first(where: { mentions[$0].tokens.lowerBound == t1 }),
                    let c = mentions[k].cliticPreposition, c == language.clitics.to, !trig.targetClitics.contains(c), !trig.genitiveIsTarget
                {
                    // هجوم لتنظيم داعش, غارة للتحالف: لـ right after the noun marks its author.
                    ev.source = [k]
                } else if isArabic, trig.genitiveIsTarget,
                    let k = after.first(where: { mentions[$0].tokens.lowerBound - t1 <= 8 && headed($0) || partitive($0) })
                {
                    // Or a part of it: مقتل خمسة من أفراد X.
                    ev.target = [k]
                } else if let k = adjacentAfter, mentions[k].adjectival {
                    ev.source = [k]
                } else if let k = adjacentBefore {
                    // (a US-Russian deal: both sides of a symmetric act)
                    ev.source = trig.symmetric && mentions[k].adjectival ? nisbaRow(from: k, forward: false) : withCoordinated(k, cands, mentions, text)
                }
                if ev.source.isEmpty, completesVerb, let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival }) {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
                // A light verb right after the noun introduces its agent (هجوم شنه مقاتلو المعارضة,
                // غارة شنتها طائرة إسرائيلية).
                if ev.source.isEmpty, isArabic, let v = (t1..<min(t1 + 2, sentence.tokens.upperBound)).first(where: { text.reads($0, as: model.lightVerbs) }),
                    let k = cands.first(where: {
                        let start = mentions[$0].tokens.lowerBound
                        return start > v && start - v <= 3 && !prepositional($0)
                    })
                {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
                // The object of a light verb takes its subject (شن سلاح الجو التركي غاراته,
                // لافروف سيعقد اجتماعات).
                if ev.source.isEmpty, let v = lightVerb(before: t0, in: sentence, text, times: times) {
                    if isArabic {
                        ev.source = arabicSubject(v, v + 1, limit: t0)
                    } else if let rel = relativeBefore(v, sentence, text) {
                        // "about who launched the attack": only the noun before the pronoun.
                        // (or before the comma that opens the clause: Israel, which launched)
                        let antecedentEnd = text.isComma(rel - 1) ? rel - 1 : rel
                        if let k = preceding.first(where: { mentions[$0].tokens.upperBound == antecedentEnd && !prepositional($0) }) {
                            ev.source = withCoordinated(k, cands, mentions, text)
                        }
                    } else if let k = cands.last(where: { mentions[$0].tokens.upperBound <= v && !prepositional($0) && !mentions[$0].adjectival }) {
                        ev.source = withCoordinated(k, cands, mentions, text)
                    }
                }
            } else if isArabic {
                ev.source = arabicSubject(t0, t1, limit: sentence.tokens.upperBound)
            } else if participle(t0, sentence, text) {
                // "a coalition fighting IS": the participle's subject is the noun right before it.
                if let k = preceding.first(where: { mentions[$0].tokens.upperBound == t0 && !prepositional($0) }) {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
                ev.participle = true
            } else if passiveWithBe(t0, sentence, text) {
                // "X were killed in Russian strikes": the subject is the target; the agent comes
                // from "by X" or from the force noun of the sentence.
                ev.passive = true
                if let k = preceding.first(where: { !prepositional($0) }) { ev.target = withCoordinated(k, cands, mentions, text) }
                return
            } else if let rel = relativeBefore(t0, sentence, text) {
                // "an attack that killed ...": the subject is the noun before "that", if an actor.
                if let k = preceding.first(where: { mentions[$0].tokens.upperBound == rel && !prepositional($0) }) {
                    ev.source = withCoordinated(k, cands, mentions, text)
                }
            } else if let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival }), !titled(k) {
                ev.source = withCoordinated(k, cands, mentions, text)
            } else if let k = preceding.first(where: {
                !prepositional($0) && t0 - mentions[$0].tokens.upperBound <= 3 && !verbBetween(mentions[$0].tokens.upperBound, t0)
            }), !titled(k) {
                // A nationality qualifying the subject noun stands for its country (Syrian officials said).
                ev.source = withCoordinated(k, cands, mentions, text)
            }
        }
        // "X said the regime bears responsibility": the subject is the accused, the speaker
        // before it the accuser.
        if trig.subjectIsTarget {
            ev.target = ev.source
            ev.source = previous.filter { !ev.target.contains($0) }
            return
        }
        if !ev.target.isEmpty { return }
        /// The subject of an Arabic verb at v0..<v1: right before it with nothing but its own
        /// words between (إسرائيل قصفت), else right after it (قصفت إسرائيل), else the subject of
        /// the verb it is joined to by و, else the nearest actor before it.
        func arabicSubject(_ v0: Int, _ v1: Int, limit: Int) -> [Int] {
            // After a relative pronoun, the noun before it (الفصائل التي تهاجم الجيش).
            if let rel = verbFirstRelativeBefore(v0, sentence, text), !hasObjectPronoun(v0, text) {
                if let k = cands.last(where: { mentions[$0].tokens.upperBound <= rel && rel - mentions[$0].tokens.upperBound <= 2 }) {
                    return withCoordinated(k, cands, mentions, text)
                }
                ev.relative = true
                return []
            }
            let adjacentSubject = cands.last { k in
                mentions[k].tokens.upperBound <= v0 && !startsWithAnd(v0, text) && !prepositional(k) && v0 - mentions[k].tokens.upperBound <= 1
                    && (mentions[k].tokens.upperBound..<v0).allSatisfy { text.tokens[$0].kind != .punctuation }
            }
            if let k = adjacentSubject { return withCoordinated(k, cands, mentions, text) }
            if let k = cands.first(where: {
                let start = mentions[$0].tokens.lowerBound
                return start >= v1 && start - v1 <= 3 && mentions[$0].tokens.upperBound <= limit && !marked($0) && !prepositional($0)
                    && !mentions[$0].adjectival
            }) {
                return withCoordinated(k, cands, mentions, text)
            }
            // A verb joined by و to an earlier one shares its subject (أدانت موسكو ... وحملت).
            if !previous.isEmpty, startsWithAnd(v0, text) { return previous }
            if let k = cands.last(where: { mentions[$0].tokens.upperBound <= v0 && !prepositional($0) && !mentions[$0].adjectival }) {
                return withCoordinated(k, cands, mentions, text)
            }
            return []
        }
        // A verbal noun with its agent in the genitive takes an object like its verb
        // (إسقاط دمشق طائرة إسرائيلية, مهاجمة الحوثيين دورية للجيش).
        let genitiveAgent =
            isArabic && trig.isNoun && ev.source.count == 1 && !mentions[ev.source[0]].adjectival && mentions[ev.source[0]].tokens.lowerBound == t1
        // Both sides of a symmetric act named together (تحدث نتانياهو وبوتين هاتفيا): the first
        // acts toward the others, whatever object follows.
        if trig.symmetric, ev.source.count > 1 {
            ev.target = Array(ev.source.dropFirst())
            ev.source = [ev.source[0]]
            return
        }
        let sourceEntries = Set(ev.source.map { mentions[$0].entry })
        let rest = after.filter { !ev.source.contains($0) && !sourceEntries.contains(mentions[$0].entry) }
        /// Nationalities in a row qualify one noun together (البيان المصري الأردني المشترك).
        func withNisbas(_ k0: Int) -> [Int] {
            // A nationality right before a name is the name's (نظيره الإيراني حسين أمير عبد اللهيان).
            var k = k0
            let up = mentions[k0].tokens.upperBound
            if mentions[k0].adjectival,
                let named = rest.first(where: {
                    let s = mentions[$0].tokens.lowerBound
                    return !mentions[$0].adjectival && (s == up || (s == up + 1 && text.tokens[up].kind == .punctuation))
                })
            {
                k = named
            }
            // (A reference to two actors at once, both sides, is both targets.)
            var group = rest.filter { mentions[$0].tokens == mentions[k].tokens }
            while mentions[group.last!].adjectival,
                let next = rest.first(where: { mentions[$0].adjectival && mentions[$0].tokens.lowerBound == mentions[group.last!].tokens.upperBound })
            {
                group.append(next)
            }
            return group
        }
        // An English verb followed by a preposition of its own has no object (killed in, fought as).
        let intransitive =
            !isArabic && t1 < sentence.tokens.upperBound && text.reads(t1, as: prepositions) && !text.reads(t1, as: trig.targetWords)
        if let k = rest.first(where: marked) {
            ev.target = withNisbas(k)
        } else if trig.targetIsObject, !trig.isNoun || genitiveAgent || verbLike, !intransitive,
            let k = rest.first(where: { (mentions[$0].adjectival ? !qualifiesPrepositionalObject($0) : !prepositional($0)) || headed($0) }),
            // (a verbal noun's object is its genitive, right after it: بإسقاط الطائرة الإيرانية)
            !verbLike || mentions[k].tokens.lowerBound - t1 <= 2
        {
            ev.target = withNisbas(k)
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
    func canCarry(at t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Bool {
        if text.traits(t).dropsSubjects { return true }
        for k in max(sentence.tokens.lowerBound, t - 3)..<t where text.reads(k, as: model.pronounWords) { return true }
        return false
    }

    private func endsWith(_ phrase: [Int32], at start: Int, _ text: AnalyzedText) -> Bool {
        for (j, w) in phrase.reversed().enumerated() {
            let t = start - 1 - j
            guard t >= 0, text.readings(t).contains(where: { $0.word == w }) else { return false }
        }
        return true
    }

}

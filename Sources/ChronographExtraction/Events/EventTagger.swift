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
    /// A verb read as passive (قتل عشرة جنود, were killed): its subject is the target.
    var passive = false
    /// An English participle (fighting, targeting): no subject but the noun it follows.
    var participle = false
    /// The actor written inside a phrase trigger (حملت إسرائيل المسؤولية), if any.
    var inner: Range<Int>? = nil
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
                            && text.buffer.folded[Int(text.tokens[r.upperBound].start)] == 0x0648
                {
                    subjectInside = r.lowerBound..<mentions[k].tokens.upperBound
                }
                // ... and a time after it (قطعت الكويت أمس العلاقات, استخدمت روسيا الثلاثاء حق الفيتو).
                if let r = subjectInside, let end = timeEnd[r.upperBound] { subjectInside = r.lowerBound..<end }
                guard let m = model.trie.matches(at: i, in: text, skipping: subjectInside).first(where: { $0.end <= sentence.tokens.upperBound }) else {
                    i += 1
                    continue
                }
                var trigger = model.triggers[Int(m.payloads[0])]
                // A verb never ends in ة: سيطرة is not سيطر with a pronoun.
                if !trigger.isNoun, endsInTaaMarbuta(m.start, text) {
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
                if !trigger.isNoun, text.tokens[i].kind == .latin {
                    if let before = mentionEndingAt[i], mentions[before].adjectival { trigger.isNoun = true }
                    if i > sentence.tokens.lowerBound, text.reads(i - 1, as: model.nounMarkers) { trigger.isNoun = true }
                }
                // An event phrase listed as no event (rules of engagement) hides the words inside it.
                if trigger.code.isEmpty {
                    i = m.end
                    continue
                }
                triggers.append((m, trigger))
                i = m.end
            }
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
                assignRoles(&ev, trigger, inSentence, mentions, text, sentence, previous: previous, limit: limit, times: timeTokens)
                if ev.target.isEmpty, ["08", "19", "20"].contains(String(trigger.code.prefix(2))) {
                    let agents = Set(ev.source.map { mentions[$0].entry })
                    ev.placeTarget = struckPlace(
                        after: m.end, in: sentence, here.map { mentions[$0] }.filter { !agents.contains($0.entry) }, isPlace: isPlace, countryOf: countryOf)
                }
                found.append(ev)
            }
            // What an accuser says was done (accused X of killing, اتهمت X بقتل) is alleged.
            for j in found.indices {
                let t = found[j].trigger.lowerBound
                if found.contains(where: { $0.code.hasPrefix("112") && $0.trigger.upperBound <= t && t - $0.trigger.upperBound <= 6 }) {
                    found[j].modality = .alleged
                }
            }
            // A force verb with no subject of its own acts for the force noun of its sentence
            // (غارات إسرائيلية استهدفت مستودعات, قتل جنود في غارات إسرائيلية); otherwise Arabic
            // carries the last subject.
            let forceNoun = found.first { $0.nominal && !$0.source.isEmpty && Self.isForce($0.code) }
            for j in found.indices where found[j].participle && !found[j].nominal && Self.isForce(found[j].code) {
                // "strikes ... targeting X": the participle continues the force noun before it.
                if let n = forceNoun, n.trigger.upperBound <= found[j].trigger.lowerBound {
                    found[j].source = n.source.filter { !found[j].target.contains($0) }
                }
            }
            // The death of X in a raid by Y (مقتل ثلاثة من عناصر X في غارة شنتها طائرة Y): Y did it.
            for j in found.indices where found[j].source.isEmpty && found[j].nominal && !found[j].target.isEmpty && Self.isForce(found[j].code) {
                if let n = forceNoun { found[j].source = n.source.filter { !found[j].target.contains($0) } }
            }
            for j in found.indices where found[j].source.isEmpty && !found[j].nominal {
                if let n = forceNoun, Self.isForce(found[j].code) {
                    found[j].source = n.source.filter { !found[j].target.contains($0) }
                } else if !found[j].passive && !lastSubject.isEmpty && canCarry(at: found[j].trigger.lowerBound, in: sentence, text) {
                    found[j].source = lastSubject.filter { !found[j].target.contains($0) }
                    found[j].carried = true
                }
            }
            found.removeAll { $0.source.isEmpty }
            // Cutting ties or coercing "because of" what the target did accuses it (قطعت البحرين
            // العلاقات مع قطر بسبب تدخلها): one accusation, source to target, from the same words.
            for ev in found where (ev.code.hasPrefix("16") || ev.code.hasPrefix("17")) && !ev.target.isEmpty {
                guard let cue = reasonCue(after: ev.trigger.upperBound, in: sentence, text) else { continue }
                var accusation = ev
                accusation.code = "112"
                accusation.trigger = cue..<(cue + 1)
                accusation.nominal = true
                found.append(accusation)
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

    private func assignRoles(
        _ ev: inout EventMention, _ trig: Trigger, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText, _ sentence: Sentence,
        previous: [Int], limit: Int, times: Set<Int> = []
    ) {
        let t0 = ev.trigger.lowerBound
        let t1 = ev.trigger.upperBound
        let isArabic = text.tokens[t0].kind == .arabic
        // The actor inside the phrase is its target when the pattern says so (حملت X المسؤولية).
        var cands = cands
        if trig.innerIsTarget, let inner = ev.inner {
            ev.target = cands.filter { inner.contains(mentions[$0].tokens.lowerBound) }
            cands.removeAll { ev.target.contains($0) }
        }
        // An actor right after أن, إن, that is the subject of a reported clause, not an argument
        // of this verb (تعهد بأن واشنطن ستدرس, said that Russia); but a demand or an appeal is
        // addressed to it (demanded that Qatar stop).
        let addressed = trig.code.hasPrefix("02") || trig.code.hasPrefix("10")
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
            if tok.kind == .arabic, !text.readings(head).contains(where: { $0.prefix == 0 }), let r = text.readings(head).first(where: { $0.prefix > 0 }) {
                // ب and ك make a prepositional phrase; ل marks the one it is for (لطائرات أميركية).
                let c = text.buffer.folded[Int(tok.start) + Int(r.prefix) - 1]
                clitic = (c == 0x0628 || c == 0x0643) && !trig.targetClitics.contains(c)
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
        let harm = trig.code.hasPrefix("17") || trig.code.hasPrefix("18") || trig.code.hasPrefix("20")
        if isArabic, harm, !trig.isNoun, let n = next, text.tokens[n].kind == .number || text.reads(n, as: model.quantityWords) {
            ev.passive = true
        }
        if ev.source.isEmpty, trig.isNoun || trig.symmetric, let (x, others) = between(after: t1, cands, mentions, text, sentence) {
            ev.source = [x]
            ev.target = others
            return
        }
        // بـ + verbal noun completes a verb (قامت بقصف, القرار القاضي بقطع): it takes the clause subject.
        // (Not after a verb of saying, أفاد بمقتل, nor for a victim noun: whoever reports a death
        // did not cause it.)
        let afterSaying = (max(sentence.tokens.lowerBound, t0 - 3)..<t0).contains { k in
            model.trie.matches(at: k, in: text).contains { m in m.payloads.contains { model.triggers[Int($0)].code.hasPrefix("01") } }
        }
        let completesVerb =
            isArabic && trig.isNoun && !trig.genitiveIsTarget && !afterSaying
            && {
                let tok = text.tokens[t0]
                guard let r = text.readings(t0).first(where: { $0.prefix > 0 }) else { return false }
                return text.buffer.folded[Int(tok.start) + Int(r.prefix) - 1] == 0x0628
            }()
        if ev.passive {
            if ev.source.isEmpty, let k = after.first(where: { !prepositional($0) && mentions[$0].tokens.lowerBound - t1 <= 4 }) {
                ev.target = [k]
            }
            return
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
                    !isArabic && t0 - mentions[$0].tokens.upperBound <= 1 && (!prepositional($0) || mentions[$0].adjectival)
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
                    let c = mentions[k].cliticPreposition, c == 0x0644, !trig.targetClitics.contains(c), !trig.genitiveIsTarget
                {
                    // هجوم لتنظيم داعش, غارة للتحالف: لـ right after the noun marks its author.
                    ev.source = [k]
                } else if isArabic, trig.genitiveIsTarget,
                    let k = after.first(where: { mentions[$0].tokens.lowerBound - t1 <= 8 && headed($0) || partitive($0) })
                {
                    // Or a part of it: مقتل ثلاثة على الأقل من عناصر X.
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
                if ev.source.isEmpty, let v = lightVerb(before: t0, in: sentence, text) {
                    if isArabic {
                        ev.source = arabicSubject(v, v + 1, limit: t0)
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
            } else if englishPassive(t0, sentence, text) {
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
            } else if let k = preceding.first(where: { !prepositional($0) && !mentions[$0].adjectival }) {
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
            let adjacentSubject = cands.last { k in
                mentions[k].tokens.upperBound <= v0 && !startsWithWaw(v0, text) && !prepositional(k) && v0 - mentions[k].tokens.upperBound <= 1
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
            if !previous.isEmpty, startsWithWaw(v0, text) { return previous }
            if let k = cands.last(where: { mentions[$0].tokens.upperBound <= v0 && !prepositional($0) && !mentions[$0].adjectival }) {
                return withCoordinated(k, cands, mentions, text)
            }
            return []
        }
        // A verbal noun with its agent in the genitive takes an object like its verb
        // (إسقاط دمشق طائرة إسرائيلية, استهداف داعش قوة من الجيش).
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
        /// Nationalities in a row qualify one noun together (مشروع القرار الفرنسي الأمريكي البريطاني).
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
        if let k = rest.first(where: marked) {
            ev.target = withNisbas(k)
        } else if trig.targetIsObject, !trig.isNoun || genitiveAgent,
            let k = rest.first(where: { (mentions[$0].adjectival ? !qualifiesPrepositionalObject($0) : !prepositional($0)) || headed($0) })
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

    private func endsInTaaMarbuta(_ t: Int, _ text: AnalyzedText) -> Bool {
        let tok = text.tokens[t]
        guard tok.kind == .arabic else { return false }
        var k = Int(tok.origEnd) - 1
        // Past the diacritics and tatweel that may follow the last letter (سيطرةً).
        while k > Int(tok.origStart), (0x064B...0x065F).contains(text.buffer.original[k].value) || text.buffer.original[k].value == 0x0640 { k -= 1 }
        return text.buffer.original[k].value == 0x0629
    }

    /// A light verb (شن, نفذ, عقد, أجرى) up to six words before a verbal noun, in its clause.
    private func lightVerb(before t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Int? {
        var k = t - 1
        while k >= sentence.tokens.lowerBound, t - k <= 6, text.tokens[k].kind != .punctuation {
            if text.reads(k, as: model.lightVerbs) { return k }
            k -= 1
        }
        return nil
    }

    /// A reason cue (بسبب, because of) after a trigger in its sentence, if any.
    private func reasonCue(after t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Int? {
        (t..<min(sentence.tokens.upperBound, t + 12)).first { text.reads($0, as: model.reasonWords) }
    }

    /// A token written with the conjunction و (وحملت), not a word that begins with و.
    private func startsWithWaw(_ t: Int, _ text: AnalyzedText) -> Bool {
        text.tokens[t].kind == .arabic && text.buffer.folded[Int(text.tokens[t].start)] == 0x0648
            && text.readings(t).contains { $0.prefix > 0 } && !text.readings(t).contains { $0.prefix == 0 }
    }

    /// An English -ing form with no "be" before it modifies a noun (a coalition fighting IS).
    private func participle(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.tokens[t].kind == .latin, text.buffer.foldedString(text.tokens[t]).hasSuffix("ing") else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return false }
        return true
    }

    /// An English verb after a form of "be" (were killed, had been killed, was struck).
    private func englishPassive(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard text.tokens[t].kind == .latin else { return false }
        for k in max(sentence.tokens.lowerBound, t - 2)..<t where text.reads(k, as: model.beWords) { return true }
        return false
    }

    /// The token after which an English relative pronoun stands right before the verb (that killed).
    private func relativeBefore(_ t: Int, _ sentence: Sentence, _ text: AnalyzedText) -> Int? {
        guard text.tokens[t].kind == .latin, t - 1 > sentence.tokens.lowerBound, text.reads(t - 1, as: model.relativeWords) else { return nil }
        return t - 1
    }

    /// Material conflict that a force noun can stand subject to (roots 18 to 20).
    static func isForce(_ code: String) -> Bool { code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20") }

    /// An Arabic event noun right after a target or modifier head is its genitive complement.
    private func qualifiesNoun(at t: Int, in sentence: Sentence, _ text: AnalyzedText) -> Bool {
        guard t > sentence.tokens.lowerBound, text.tokens[t].kind == .arabic else { return false }
        return text.reads(t - 1, as: model.targetHeads) || text.reads(t - 1, as: model.modifierHeads)
    }

    /// "بين X و Y", "between X and Y", "يضم X مع Y و Z" within a few words after a trigger: X and
    /// the others.
    private func between(after t1: Int, _ cands: [Int], _ mentions: [ActorMention], _ text: AnalyzedText, _ sentence: Sentence) -> (Int, [Int])? {
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
            // Skip the same actor and a nationality standing before a name (ونظيره التركي رجب طيب أردوغان).
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
                        || (text.tokens[k].kind == .arabic && text.buffer.folded[Int(text.tokens[k].start)] == 0x0648
                            && !text.readings(k).contains { $0.prefix == 0 }))
            }
            guard joined else { break }
            others.append(y)
            lastEnd = up
        }
        return others.isEmpty ? nil : (x, others)
    }

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
        // "and", maybe followed by a determiner (Saudi Arabia and the United Arab Emirates).
        guard gap == 1 || (gap == 2 && text.reads(mentions[b].tokens.lowerBound - 1, as: model.determiners)) else { return false }
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
        // The prefix may sit on a light verb before a verbal noun (سيعقد اجتماعات).
        let light = text.tokens[t].kind == .arabic ? lightVerb(before: t, in: sentence, text) : nil
        if has(model.future, within: 4) || Cues.futureVerb(in: text, from: light ?? t, to: t + 1) { return .planned }
        return .asserted
    }
}

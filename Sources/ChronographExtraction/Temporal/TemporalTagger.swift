/// A temporal expression found by a pattern, before it is anchored: which tokens, which
/// normalizer, and the values its elements captured (`day`, `month`, `year`, `unit` …).
public struct TemporalMention: Sendable {
    public var tokens: Range<Int>
    public var kind: String
    public var direction: Int
    public var slots: [String: String]
    /// Clitic scalars (و ف ب ل) written on the first token before the expression proper.
    public var prefix: Int = 0
    /// The expression whose day anchors this one instead of the publication date: the
    /// article's dateline, or for `the following day` the day the narrative is at (see
    /// `TemporalContext`). Empty for most.
    public var anchoredBy: [TemporalMention] = []
}

/// Finds temporal expressions by trying, at every token, the patterns that can start there;
/// the longest match wins. Captured values are small integers while matching (an index into
/// the model's values, or a number encoded below zero) and become strings once at the end.
struct TemporalTagger: Sendable {
    let model: TemporalModel

    /// A candidate value for one element at one token: its class, value and where it ends.
    private struct Hit {
        var cls: Int
        var value: Int32
        var end: Int
        var prefix: Int = 0
        /// The hit's word carries the conjunction و or ف.
        var conj: Bool = false
    }

    /// Captured slots of a match: one value per slot (unset = `Int32.min`) and the clitic
    /// prefix of the first element.
    private struct Slots {
        var values: [Int32]
        var prefix = 0
    }

    /// What one element of a pattern took on the path matched: a hit's value and clitic
    /// prefix, or nothing when an optional element was passed over.
    private struct Step {
        var value: Int32 = 0
        var prefix = 0
        var taken = false
    }

    /// Matching state of one article: the word-class hits of each token, looked up once, and
    /// the steps of the path being matched. `saved` keeps, for each element depth, the best
    /// steps found so far below it (one row of `width` steps per depth).
    private struct State {
        var hits: [[Hit]]
        var masks: [UInt64]
        var known: [Bool]
        var path: [Step]
        var saved: [Step]
        let width: Int

        init(tokens: Int, width: Int) {
            hits = Array(repeating: [], count: tokens)
            masks = Array(repeating: 0, count: tokens)
            known = Array(repeating: false, count: tokens)
            path = Array(repeating: Step(), count: width)
            saved = Array(repeating: Step(), count: width * width)
            self.width = width
        }

        mutating func save(_ k: Int, _ n: Int) {
            for j in k..<n { saved[k * width + j] = path[j] }
        }

        mutating func restore(_ k: Int, _ n: Int) {
            for j in k..<n { path[j] = saved[k * width + j] }
        }
    }

    @inline(__always) private static func number(_ n: Int) -> Int32 { -Int32(clamping: n) - 2 }

    private func string(_ v: Int32) -> String {
        v >= 0 ? model.values[Int(v)] : String(-Int(v) - 2)
    }

    /// The longest match found at one token: where it ends, where its span starts (after any
    /// context element), the pattern and its slots.
    private typealias Match = (end: Int, start: Int, pattern: Int, slots: Slots)

    /// What `bestMatch` reuses from one token to the next: the candidate patterns' bit set,
    /// a row of unset slots, and the month class.
    private struct Scratch {
        var candidates: [UInt64]
        let empty: [Int32]
        let monthID: Int
    }

    func tag(_ text: AnalyzedText) -> [TemporalMention] {
        var out: [TemporalMention] = []
        let tokens = text.tokens
        var state = State(tokens: tokens.count, width: model.patterns.reduce(0) { max($0, $1.elements.count) })
        var scratch = Scratch(
            candidates: [UInt64](repeating: 0, count: model.starterWords), empty: Array(repeating: Int32.min, count: model.slotNames.count),
            monthID: model.classIDs["month"] ?? -1)
        var i = 0
        while i < tokens.count {
            guard var b = bestMatch(at: i, text, &state, &scratch) else {
                i += 1
                continue
            }
            // Context only licenses a span (`on 14/3`, `في أيار`): a longer expression that
            // starts where the span does (`14/3/2019`, `أيار المقبل`) wins over it.
            if b.start > i, let own = bestMatch(at: b.start, text, &state, &scratch), own.end > b.end { b = own }
            // An optional separator taken before an element that was not there (`May,` of
            // `month =,? year?`) stays out of the span.
            while b.end - 1 > b.start, Self.isSeparator(b.end - 1, text) { b.end -= 1 }
            var named: [String: String] = [:]
            for (k, v) in b.slots.values.enumerated() where v != Int32.min { named[model.slotNames[k]] = string(v) }
            let p = model.patterns[b.pattern]
            out.append(TemporalMention(tokens: b.start..<b.end, kind: p.kind, direction: p.direction, slots: named, prefix: b.slots.prefix))
            i = b.end
        }
        TemporalContext.link(&out, text)
        return out
    }

    /// A comma (of any shipped script), dash, slash or period token.
    private static func isSeparator(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punctuation else { return false }
        let c = text.buffer.folded[Int(t.start)]
        return Scripts.commas.contains(c) || c == 0x2D || c == 0x2F || c == 0x2E
    }

    /// The longest match of the patterns that can start at token i (a class found there, a
    /// number or a literal word), the first pattern in file order among equals.
    private func bestMatch(at i: Int, _ text: AnalyzedText, _ state: inout State, _ scratch: inout Scratch) -> Match? {
        let tokens = text.tokens
        let monthID = scratch.monthID
        let patterns = model.patterns
        let words = model.starterWords
        let classHits = wordHits(at: i, text, &state)
        let isNumber = tokens[i].kind == .number
        let literal = text.reads(i, as: model.literalStarters)
        if classHits.isEmpty && !isNumber && !literal { return nil }
        // Patterns led by a literal (`=on@_ day …`) only where the token is one.
        let here = state.masks[i] | (isNumber ? TemporalPattern.numberBit : 0) | (literal ? TemporalPattern.literalBit : 0)
        var best: Match? = nil
        for w in 0..<words { scratch.candidates[w] = 0 }
        var bits = here
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            for w in 0..<words { scratch.candidates[w] |= model.patternsByStarter[bit * words + w] }
            bits &= bits - 1
        }
        for w in 0..<words {
            var left = scratch.candidates[w]
            while left != 0 {
                let index = w * 64 + left.trailingZeroBitCount
                left &= left - 1
                if !isNumber, tokens[i].kind == .word, tokens[i].language != patterns[index].language { continue }
                let elements = patterns[index].elements
                if let (end, spanStart) = match(elements, 0, i, text, &state, spanStart: nil, monthID), end > i,
                    best == nil || end > best!.end
                {
                    best = (end, spanStart ?? i, index, slots(elements, state.path, scratch.empty))
                }
            }
        }
        return best
    }

    /// The slots a matched path fills: each taken element sets its slot unless an earlier one
    /// did; the first element of the span (not context) gives the clitic prefix.
    private func slots(_ elements: [PatternElement], _ path: [Step], _ empty: [Int32]) -> Slots {
        var s = Slots(values: empty)
        var open = false
        for (k, e) in elements.enumerated() where path[k].taken {
            if s.values[e.slotID] == Int32.min { s.values[e.slotID] = path[k].value }
            if !open && !e.isContext {
                s.prefix = path[k].prefix
                open = true
            }
        }
        return s
    }

    /// Word classes that start at token i, with values and ends, and their mask (computed once
    /// per token).
    private func wordHits(at i: Int, _ text: AnalyzedText, _ state: inout State) -> [Hit] {
        if state.known[i] { return state.hits[i] }
        var hits: [Hit] = []
        var mask: UInt64 = 0
        let t = text.tokens[i]
        let language = text.traits(i)
        for m in model.trie.matches(at: i, in: text, limit: 6, inflected: language.inflectedTimeWords) {
            let conj = m.first.prefix > 0 && text.startsWithConjunction(i)
            for p in m.payloads {
                let w = model.words[Int(p)]
                // Where names take capitals, a month or weekday name must have one ("May", not "may").
                if w.capitalized, language.capitalizesNames, !t.capitalized { continue }
                hits.append(Hit(cls: w.classID, value: w.valueID, end: m.end, prefix: Int(m.first.prefix), conj: conj))
                mask |= 1 << UInt64(w.classID)
            }
        }
        state.hits[i] = hits
        state.masks[i] = mask
        state.known[i] = true
        return hits
    }

    /// `مايو أيار`, `أغسطس (آب)`, `مارس/آذار`: a second name of the same month joins the first.
    private func pairedMonth(_ hit: Hit, _ text: AnalyzedText, _ monthID: Int) -> Hit {
        var j = hit.end
        var open = false
        if j < text.tokens.count, text.tokens[j].kind == .punctuation {
            let c = text.buffer.folded[Int(text.tokens[j].start)]
            guard c == 0x28 || c == 0x2F else { return hit }
            open = c == 0x28
            j += 1
        }
        guard j < text.tokens.count else { return hit }
        for m in model.trie.matches(at: j, in: text, limit: 3) {
            for p in m.payloads where model.words[Int(p)].classID == monthID && model.words[Int(p)].valueID == hit.value {
                var end = m.end
                if open, end < text.tokens.count, text.tokens[end].kind == .punctuation, text.buffer.folded[Int(text.tokens[end].start)] == 0x29 {
                    end += 1
                } else if open {
                    return hit
                }
                var joined = hit
                joined.end = end
                return joined
            }
        }
        return hit
    }

    /// Matches elements[k...] from token i; returns the end of the longest match and where the
    /// span starts, and leaves its steps in `state.path[k...]` (untouched when nothing matches).
    private func match(
        _ elements: [PatternElement], _ k: Int, _ i: Int, _ text: AnalyzedText, _ state: inout State, spanStart: Int?, _ monthID: Int
    ) -> (Int, Int?)? {
        let n = elements.count
        if k == n { return (i, spanStart) }
        let e = elements[k]
        var best: (Int, Int?)? = nil
        let tokens = text.tokens
        // (A span never runs across a line break, but it may begin a line.)
        if i < tokens.count, i == 0 || !tokens[i].newlineBefore || spanStart == nil {
            let t = tokens[i]
            let digits = t.end - t.start
            switch e.kind {
            case .wordClass(let id):
                for h in wordHits(at: i, text, &state) where h.cls == id { take(h, elements, k, i, text, &state, spanStart, monthID, &best) }
            case .literal(let id):
                if text.readings(i).contains(where: { $0.word == id && $0.prefix == 0 }) {
                    take(Hit(cls: -1, value: 0, end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.day):
                if t.kind == .number, let v = t.number, (1...31).contains(v), digits <= 2 {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.monthnum):
                if t.kind == .number, let v = t.number, (1...12).contains(v), digits <= 2 {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.year):
                if t.kind == .number, let v = t.number, digits == 4, (1000...2999).contains(v) {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.yy):
                if t.kind == .number, let v = t.number, digits == 2 {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.minute):
                if t.kind == .number, let v = t.number, digits == 2, (0...59).contains(v) {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                }
            case .builtin(.number(let id)):
                if t.kind == .number, let v = t.number, digits <= 6 {
                    take(Hit(cls: -1, value: Self.number(v), end: i + 1), elements, k, i, text, &state, spanStart, monthID, &best)
                } else {
                    for h in wordHits(at: i, text, &state) where h.cls == id { take(h, elements, k, i, text, &state, spanStart, monthID, &best) }
                }
            case .builtin(.words(let id, let month)):
                for h in wordHits(at: i, text, &state) where h.cls == id {
                    take(month ? pairedMonth(h, text, monthID) : h, elements, k, i, text, &state, spanStart, monthID, &best)
                }
            }
        }
        if e.optional, let r = match(elements, k + 1, i, text, &state, spanStart: spanStart, monthID), best == nil || r.0 > best!.0 {
            state.path[k] = Step()
            return r
        }
        if best != nil { state.restore(k, n) }
        return best
    }

    /// Element k takes hit h at token i: the rest of the pattern is matched after it, and the
    /// path is kept when it ends further than the best so far.
    @inline(__always)
    private func take(
        _ h: Hit, _ elements: [PatternElement], _ k: Int, _ i: Int, _ text: AnalyzedText, _ state: inout State, _ spanStart: Int?, _ monthID: Int,
        _ best: inout (Int, Int?)?
    ) {
        let e = elements[k]
        // و/ف on a later word starts another expression, unless the pattern allows it (&).
        if h.conj && spanStart != nil && !e.conjunction { return }
        // An element in slot "_" is context: it must be there but is not part of the span.
        let context = e.isContext && spanStart == nil
        if let r = match(elements, k + 1, h.end, text, &state, spanStart: context ? nil : (spanStart ?? i), monthID), best == nil || r.0 > best!.0 {
            best = r
            state.path[k] = Step(value: h.value, prefix: h.prefix, taken: true)
            state.save(k, elements.count)
        }
    }
}

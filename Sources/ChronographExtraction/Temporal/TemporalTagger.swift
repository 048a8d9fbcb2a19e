/// A temporal expression found by a pattern, before it is anchored: which tokens, which
/// normalizer, and the values its elements captured (`day`, `month`, `year`, `unit` …).
public struct TemporalMention: Sendable {
    public var tokens: Range<Int>
    public var kind: String
    public var direction: Int
    public var slots: [String: String]
    /// Clitic scalars (و ف ب ل) written on the first token before the expression proper.
    public var prefix: Int = 0
}

/// Finds temporal expressions by trying every pattern at every token, longest match first.
struct TemporalTagger: Sendable {
    let model: TemporalModel

    /// A candidate value for one element at one token: its value and where it ends.
    private struct Hit {
        var value: String
        var end: Int
        var prefix: Int = 0
        /// The hit's word carries the conjunction و or ف.
        var conj: Bool = false
    }

    func tag(_ text: AnalyzedText) -> [TemporalMention] {
        var out: [TemporalMention] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            let classHits = wordHits(at: i, text)
            if classHits.isEmpty && tokens[i].kind != .number {
                i += 1
                continue
            }
            var best: (end: Int, start: Int, pattern: TemporalPattern, slots: [String: String], prefix: Int)? = nil
            var cache: [Int: [String: [Hit]]] = [i: classHits]
            for p in model.patterns {
                var slots: [String: String] = [:]
                if let (end, spanStart) = match(p.elements, 0, i, text, &slots, &cache, spanStart: nil), end > i {
                    if best == nil || end > best!.end {
                        best = (end, spanStart ?? i, p, slots, Int(slots["\u{1}prefix"] ?? "0") ?? 0)
                    }
                }
            }
            if let b = best {
                var slots = b.slots
                slots["\u{1}prefix"] = nil
                out.append(TemporalMention(tokens: b.start..<b.end, kind: b.pattern.kind, direction: b.pattern.direction, slots: slots, prefix: b.prefix))
                i = b.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Word classes that start at token i, with values and ends.
    private func wordHits(at i: Int, _ text: AnalyzedText) -> [String: [Hit]] {
        var hits: [String: [Hit]] = [:]
        let t = text.tokens[i]
        for m in model.trie.matches(at: i, in: text, limit: 6, inflected: t.kind != .arabic) {
            let conj =
                m.first.prefix > 0 && t.kind == .arabic
                && [0x0648, 0x0641].contains(text.buffer.folded[Int(t.start)])
            for p in m.payloads {
                let w = model.words[Int(p)]
                // An English month or weekday name must be capitalized ("May", not "may").
                if (w.wordClass == "month" || w.wordClass == "weekday"), t.kind == .latin, !t.capitalized { continue }
                hits[w.wordClass, default: []].append(Hit(value: w.value, end: m.end, prefix: Int(m.first.prefix), conj: conj))
            }
        }
        return hits
    }

    private func builtinHits(_ name: String, at i: Int, _ text: AnalyzedText, _ classHits: [String: [Hit]]) -> [Hit] {
        let t = text.tokens[i]
        switch name {
        case "day":
            if t.kind == .number, let n = t.number, (1...31).contains(n), t.end - t.start <= 2 { return [Hit(value: String(n), end: i + 1)] }
            return []
        case "monthnum":
            if t.kind == .number, let n = t.number, (1...12).contains(n), t.end - t.start <= 2 { return [Hit(value: String(n), end: i + 1)] }
            return []
        case "year":
            if t.kind == .number, let n = t.number, t.end - t.start == 4, (1000...2999).contains(n) { return [Hit(value: String(n), end: i + 1)] }
            return []
        case "number":
            if t.kind == .number, let n = t.number, t.end - t.start <= 6 { return [Hit(value: String(n), end: i + 1)] }
            return classHits["number"] ?? []
        case "month", "weekday", "hijri_month":
            guard var hits = classHits[name] else { return [] }
            if name == "month" { hits = hits.map { pairedMonth($0, text) } }
            return hits
        default:
            return []
        }
    }

    /// `مايو أيار`, `أغسطس (آب)`, `مارس/آذار`: a second name of the same month joins the first.
    private func pairedMonth(_ hit: Hit, _ text: AnalyzedText) -> Hit {
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
            for p in m.payloads where model.words[Int(p)].wordClass == "month" && model.words[Int(p)].value == hit.value {
                var end = m.end
                if open, end < text.tokens.count, text.tokens[end].kind == .punctuation, text.buffer.folded[Int(text.tokens[end].start)] == 0x29 {
                    end += 1
                } else if open {
                    return hit
                }
                return Hit(value: hit.value, end: end)
            }
        }
        return hit
    }

    private func hits(for e: PatternElement, at i: Int, _ text: AnalyzedText, _ cache: inout [Int: [String: [Hit]]]) -> [Hit] {
        guard i < text.tokens.count else { return [] }
        if i > 0, text.tokens[i].newlineBefore { return [] }
        let classHits: [String: [Hit]]
        if let c = cache[i] {
            classHits = c
        } else {
            classHits = wordHits(at: i, text)
            cache[i] = classHits
        }
        switch e.kind {
        case .wordClass(let name): return classHits[name] ?? []
        case .builtin(let name): return builtinHits(name, at: i, text, classHits)
        case .literal(let id):
            return text.readings(i).contains { $0.word == id && $0.prefix == 0 } ? [Hit(value: "", end: i + 1)] : []
        }
    }

    /// Matches elements[k...] from token i; returns the end of the longest match and where the
    /// span starts (literals at the edges are context, not span).
    private func match(
        _ elements: [PatternElement], _ k: Int, _ i: Int, _ text: AnalyzedText, _ slots: inout [String: String],
        _ cache: inout [Int: [String: [Hit]]], spanStart: Int?
    ) -> (Int, Int?)? {
        if k == elements.count { return (i, spanStart) }
        let e = elements[k]
        var best: (Int, Int?, [String: String])? = nil
        for h in hits(for: e, at: i, text, &cache) {
            // و/ف on a later word starts another expression, unless the pattern allows it (&).
            if h.conj && spanStart != nil && !e.conjunction { continue }
            var s = slots
            if s[e.slot] == nil { s[e.slot] = h.value }
            if spanStart == nil { s["\u{1}prefix"] = String(h.prefix) }
            if let (end, start) = match(elements, k + 1, h.end, text, &s, &cache, spanStart: spanStart ?? i), best == nil || end > best!.0 {
                best = (end, start, s)
            }
        }
        if e.optional, let (end, start) = match(elements, k + 1, i, text, &slots, &cache, spanStart: spanStart), best == nil || end > best!.0 {
            return (end, start)
        }
        if let b = best {
            slots = b.2
            return (b.0, b.1)
        }
        return nil
    }
}

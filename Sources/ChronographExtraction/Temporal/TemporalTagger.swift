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

    /// Captured slots while matching: one value per slot (unset = `Int32.min`) and the clitic
    /// prefix of the first element.
    private struct Slots {
        var values: [Int32]
        var prefix = 0
    }

    @inline(__always) private static func number(_ n: Int) -> Int32 { -Int32(clamping: n) - 2 }

    private func string(_ v: Int32) -> String {
        v >= 0 ? model.values[Int(v)] : String(-Int(v) - 2)
    }

    func tag(_ text: AnalyzedText) -> [TemporalMention] {
        var out: [TemporalMention] = []
        let tokens = text.tokens
        let monthID = model.classIDs["month"] ?? -1
        let numberID = model.classIDs["number"] ?? -1
        let empty = Slots(values: Array(repeating: Int32.min, count: model.slotNames.count))
        var i = 0
        while i < tokens.count {
            let (classHits, mask) = wordHits(at: i, text)
            let isNumber = tokens[i].kind == .number
            if classHits.isEmpty && !isNumber && !text.reads(i, as: model.literalStarters) {
                i += 1
                continue
            }
            let here = mask | (isNumber ? TemporalPattern.numberBit : 0) | TemporalPattern.literalBit
            var best: (end: Int, start: Int, pattern: TemporalPattern, slots: Slots)? = nil
            var cache: [Int: [Hit]] = [i: classHits]
            // Only the patterns that can start here: a class found at i, a number, or a literal.
            for (index, p) in model.patterns.enumerated() where model.starters[index] & here != 0 {
                if !isNumber, tokens[i].kind != p.script, tokens[i].kind != .punctuation { continue }
                var slots = empty
                if let (end, spanStart) = match(p.elements, 0, i, text, &slots, &cache, spanStart: nil, monthID, numberID), end > i,
                    best == nil || end > best!.end
                {
                    best = (end, spanStart ?? i, p, slots)
                }
            }
            if let b = best {
                var named: [String: String] = [:]
                for (k, v) in b.slots.values.enumerated() where v != Int32.min { named[model.slotNames[k]] = string(v) }
                out.append(TemporalMention(tokens: b.start..<b.end, kind: b.pattern.kind, direction: b.pattern.direction, slots: named, prefix: b.slots.prefix))
                i = b.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Word classes that start at token i, with values and ends, and their mask.
    private func wordHits(at i: Int, _ text: AnalyzedText) -> ([Hit], UInt64) {
        var hits: [Hit] = []
        var mask: UInt64 = 0
        let t = text.tokens[i]
        for m in model.trie.matches(at: i, in: text, limit: 6, inflected: t.kind != .arabic) {
            let conj = m.first.prefix > 0 && t.kind == .arabic && [0x0648, 0x0641].contains(text.buffer.folded[Int(t.start)])
            for p in m.payloads {
                let w = model.words[Int(p)]
                // An English month or weekday name must be capitalized ("May", not "may").
                if w.wordClass == "month" || w.wordClass == "weekday", t.kind == .latin, !t.capitalized { continue }
                hits.append(Hit(cls: w.classID, value: w.valueID, end: m.end, prefix: Int(m.first.prefix), conj: conj))
                mask |= 1 << UInt64(w.classID)
            }
        }
        return (hits, mask)
    }

    private func builtinHits(_ name: String, at i: Int, _ text: AnalyzedText, _ classHits: [Hit], _ monthID: Int, _ numberID: Int) -> [Hit] {
        let t = text.tokens[i]
        let digits = t.end - t.start
        switch name {
        case "day":
            if t.kind == .number, let n = t.number, (1...31).contains(n), digits <= 2 { return [Hit(cls: -1, value: Self.number(n), end: i + 1)] }
            return []
        case "monthnum":
            if t.kind == .number, let n = t.number, (1...12).contains(n), digits <= 2 { return [Hit(cls: -1, value: Self.number(n), end: i + 1)] }
            return []
        case "year":
            if t.kind == .number, let n = t.number, digits == 4, (1000...2999).contains(n) { return [Hit(cls: -1, value: Self.number(n), end: i + 1)] }
            return []
        case "number":
            if t.kind == .number, let n = t.number, digits <= 6 { return [Hit(cls: -1, value: Self.number(n), end: i + 1)] }
            return classHits.filter { $0.cls == numberID }
        default:
            let id = model.classIDs[name] ?? -2
            let hits = classHits.filter { $0.cls == id }
            return id == monthID ? hits.map { pairedMonth($0, text, monthID) } : hits
        }
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

    private func hits(for e: PatternElement, at i: Int, _ text: AnalyzedText, _ cache: inout [Int: [Hit]], _ monthID: Int, _ numberID: Int) -> [Hit] {
        guard i < text.tokens.count else { return [] }
        if i > 0, text.tokens[i].newlineBefore { return [] }
        let classHits: [Hit]
        if let c = cache[i] {
            classHits = c
        } else {
            classHits = wordHits(at: i, text).0
            cache[i] = classHits
        }
        switch e.kind {
        case .wordClass(let id): return classHits.filter { $0.cls == id }
        case .builtin(let name): return builtinHits(name, at: i, text, classHits, monthID, numberID)
        case .literal(let id):
            return text.readings(i).contains { $0.word == id && $0.prefix == 0 } ? [Hit(cls: -1, value: 0, end: i + 1)] : []
        }
    }

    /// Matches elements[k...] from token i; returns the end of the longest match and where the
    /// span starts.
    private func match(
        _ elements: [PatternElement], _ k: Int, _ i: Int, _ text: AnalyzedText, _ slots: inout Slots,
        _ cache: inout [Int: [Hit]], spanStart: Int?, _ monthID: Int, _ numberID: Int
    ) -> (Int, Int?)? {
        if k == elements.count { return (i, spanStart) }
        let e = elements[k]
        var best: (Int, Int?, Slots)? = nil
        for h in hits(for: e, at: i, text, &cache, monthID, numberID) {
            // و/ف on a later word starts another expression, unless the pattern allows it (&).
            if h.conj && spanStart != nil && !e.conjunction { continue }
            var s = slots
            // An element in slot "_" is context: it must be there but is not part of the span.
            let context = e.slot == "_" && spanStart == nil
            if s.values[e.slotID] == Int32.min { s.values[e.slotID] = h.value }
            if spanStart == nil && !context { s.prefix = h.prefix }
            let nextStart = context ? nil : (spanStart ?? i)
            if let (end, start) = match(elements, k + 1, h.end, text, &s, &cache, spanStart: nextStart, monthID, numberID),
                best == nil || end > best!.0
            {
                best = (end, start, s)
            }
        }
        if e.optional, let (end, start) = match(elements, k + 1, i, text, &slots, &cache, spanStart: spanStart, monthID, numberID),
            best == nil || end > best!.0
        {
            return (end, start)
        }
        if let b = best {
            slots = b.2
            return (b.0, b.1)
        }
        return nil
    }
}

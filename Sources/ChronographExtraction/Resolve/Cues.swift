/// Cue phrases (words interned in the lexicon) and the set of words they start with, so a
/// token is compared only with the cues it can begin.
struct CueList: Sendable {
    private(set) var phrases: [[Int32]] = []
    private var firsts = IntMap(capacity: 16)

    init(_ phrases: [[Int32]] = []) {
        for p in phrases { append(p) }
    }

    mutating func append(_ phrase: [Int32]) {
        guard let first = phrase.first else { return }
        phrases.append(phrase)
        firsts[UInt64(UInt32(bitPattern: first))] = 0
    }

    static func += (list: inout CueList, more: [[Int32]]) {
        for p in more { list.append(p) }
    }

    @inline(__always) func starts(with word: Int32) -> Bool {
        firsts[UInt64(UInt32(bitPattern: word))] != nil
    }
}

/// Looks for cue phrases (future, background) among the tokens before a position.
enum Cues {
    /// Whether a cue's words appear in order between lo and hi, at most two words apart (Arabic
    /// puts the subject inside: كانت إسرائيل قد).
    static func present(_ cues: CueList, in text: AnalyzedText, from lo: Int, to hi: Int) -> Bool {
        guard lo < hi else { return false }
        for start in lo..<hi {
            for r in text.readings(start) where cues.starts(with: r.word) {
                for cue in cues.phrases where cue[0] == r.word {
                    var at = start
                    var ok = true
                    for w in cue.dropFirst() where ok {
                        ok = false
                        var k = at + 1
                        while k < hi && k <= at + 3 {
                            if text.readings(k).contains(where: { $0.word == w }) {
                                ok = true
                                at = k
                                break
                            }
                            k += 1
                        }
                    }
                    if ok { return true }
                }
            }
        }
        return false
    }

    /// A verb with a future prefix (سيجتمع, ستعقد: س, then a present-tense prefix), read by its
    /// language, whose stem the lexicon knows.
    static func futureVerb(in text: AnalyzedText, from lo: Int, to hi: Int) -> Bool {
        guard lo < hi else { return false }
        for k in lo..<hi where text.tokens[k].kind == .word && text.traits(k).marksFutureOnVerb {
            let t = text.tokens[k]
            guard let s = text.language(k).futurePrefixEnd(text.folded(k)) else { continue }
            if text.readings(k).contains(where: { Int(t.start) + Int($0.prefix) == s }) { return true }
        }
        return false
    }

    static func present(_ cues: CueList, in text: AnalyzedText, before i: Int, window: Int) -> Bool {
        let s = text.buffer.sentences[text.buffer.sentenceIndex(ofToken: i)]
        let lo = max(s.tokens.lowerBound, i - window)
        return present(cues, in: text, from: lo, to: min(s.tokens.upperBound, i + 3)) || futureVerb(in: text, from: lo, to: i)
    }
}

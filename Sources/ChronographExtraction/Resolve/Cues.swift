/// Looks for cue phrases (future, background) among the tokens before a position.
enum Cues {
    static func present(_ cues: [[Int32]], in text: AnalyzedText, from lo: Int, to hi: Int) -> Bool {
        guard lo < hi else { return false }
        for start in lo..<hi {
            for cue in cues where start + cue.count <= hi {
                var ok = true
                for (j, w) in cue.enumerated() where ok {
                    ok = text.readings(start + j).contains { $0.word == w }
                }
                if ok { return true }
            }
        }
        return false
    }

    static func present(_ cues: [[Int32]], in text: AnalyzedText, before i: Int, window: Int) -> Bool {
        let s = text.buffer.sentences[text.buffer.sentenceIndex(ofToken: i)]
        return present(cues, in: text, from: max(s.tokens.lowerBound, i - window), to: min(s.tokens.upperBound, i + 3))
    }
}

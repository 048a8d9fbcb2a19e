/// Splits tokens into sentences at line breaks and at `. ! ? ؟ …` unless the full stop ends an
/// abbreviation (a listed word or a single letter: `U.S.`, `Mr.`) or sits inside a number.
/// Text with no end marks is cut every `maxTokens` tokens (at a comma when one is near), so
/// work per sentence stays bounded on scraped text with no punctuation.
enum SentenceSplitter {
    static let maxTokens = 250

    static func split(tokens: [Token], folded: [UInt32], originalCount: Int, abbreviations: Set<String>, languages: LanguageSet) -> [Sentence] {
        var sentences: [Sentence] = []
        var begin = 0
        func close(_ end: Int) {
            guard end > begin else { return }
            sentences.append(Sentence(tokens: begin..<end, origStart: Int(tokens[begin].origStart), origEnd: Int(tokens[end - 1].origEnd)))
            begin = end
        }
        for (i, t) in tokens.enumerated() {
            if t.newlineBefore && i > begin { close(i) }
            if i - begin >= maxTokens {
                let comma = (max(begin, i - 50)..<i).last {
                    tokens[$0].kind == .punctuation && Scripts.clauseSeparators.contains(folded[Int(tokens[$0].start)])
                }
                close(comma.map { $0 + 1 } ?? i)
            }
            guard t.kind == .punctuation else { continue }
            let c = folded[Int(t.start)]
            if Scripts.sentenceEnds.contains(c) {
                close(absorbClosers(i + 1, tokens, folded))
            } else if Scripts.fullStops.contains(c) {
                if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind != .punctuation { continue }
                if i > 0 {
                    let prev = tokens[i - 1]
                    // (A dot after a single letter or a listed word, in a language that writes abbreviations with capitals and dots.)
                    if !t.spaceBefore, prev.kind == .word, languages.traits(prev.language).capitalizesNames {
                        let word = String(String.UnicodeScalarView(folded[Int(prev.start)..<Int(prev.end)].map { Unicode.Scalar($0)! }))
                        if word.count == 1 || abbreviations.contains(word) { continue }
                    }
                }
                close(absorbClosers(i + 1, tokens, folded))
            }
        }
        close(tokens.count)
        return sentences
    }

    /// Closing quotes and brackets right after the end mark belong to the sentence.
    private static func absorbClosers(_ j: Int, _ tokens: [Token], _ folded: [UInt32]) -> Int {
        var j = j
        while j < tokens.count, tokens[j].kind == .punctuation, !tokens[j].spaceBefore {
            let c = folded[Int(tokens[j].start)]
            guard [0x22, 0x27, 0x29, 0x5D, 0xBB, 0x201D, 0x2019].contains(c) else { break }
            j += 1
        }
        return j
    }
}

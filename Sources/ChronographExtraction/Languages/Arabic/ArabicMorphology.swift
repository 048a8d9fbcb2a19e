/// Arabic words to dictionary readings: the clitics و ف and ب ل ك س, the article ال (and لل
/// for ل + ال), nisba inflections and pronoun endings, each taken off to reach a known stem.
enum ArabicMorphology {
    private static let waw = ArabicScript.waw, fa = ArabicScript.fa, ba = ArabicScript.ba, lam = ArabicScript.lam
    private static let kaf = ArabicScript.kaf, sin = ArabicScript.sin, alef = ArabicScript.alef, ya = ArabicScript.ya
    private static let ha = ArabicScript.ha, nun = ArabicScript.nun, mim = ArabicScript.mim, ta = ArabicScript.ta
    private static let articleSeed = Lexicon.hash([alef, lam])

    /// How many leading scalars are a conjunction or preposition written on the word (و ف, then
    /// ب ك before the article), to name what follows without them: والتحالف, بالتحالف →
    /// التحالف. لل stays, as names are written with it (للتحالف).
    static func namePrefix(_ w: ArraySlice<UInt32>) -> Int {
        var k = w.startIndex
        if w.count - (k - w.startIndex) > 3, w[k] == waw || w[k] == fa { k += 1 }
        if w.endIndex - k > 4, w[k] == ba || w[k] == kaf, w[k + 1] == alef, w[k + 2] == lam { k += 1 }
        return k - w.startIndex
    }

    static func readings(_ w: UnsafeBufferPointer<UInt32>, _ lex: Lexicon, _ out: inout [WordReading]) {
        let n = w.count
        if n < 2 {
            if let id = lex.id(hash: Lexicon.hash(w)) { out.append(WordReading(word: id, prefix: 0, article: false, inflected: false)) }
            return
        }
        // Where the word may start after clitics: 0; 1 after و or ف, or after ب ل ك س; 2 after
        // و or ف then ب ل ك س. The starts are always 0..<starts.
        var starts = 1
        if n > 2, w[0] == waw || w[0] == fa {
            starts = 2
            if n - 1 > 2, isPreposition(w[1]) { starts = 3 }
        } else if n > 2, isPreposition(w[0]) {
            starts = 2
        }
        let first = out.count
        for s in 0..<starts {
            emitStem(w, s, n, prefix: s, article: false, lex, &out, first)
            if n - s > 3, w[s] == alef, w[s + 1] == lam {
                emitStem(w, s + 2, n, prefix: s, article: true, lex, &out, first)
            }
            // ل + ال is written لل: read it as the article again.
            if s > 0, w[s - 1] == lam, n - s > 2, w[s] == lam {
                emitStem(w, s + 1, n, prefix: s - 1, article: false, seed: articleSeed, lex, &out, first)
                emitStem(w, s + 1, n, prefix: s - 1, article: true, lex, &out, first)
            }
        }
    }

    @inline(__always) private static func isPreposition(_ c: UInt32) -> Bool { c == ba || c == lam || c == kaf || c == sin }

    /// Adds a reading unless the token already has one of the same word.
    @inline(__always)
    private static func emit(_ hash: UInt64, _ prefix: Int, _ article: Bool, _ inflected: Bool, _ lex: Lexicon, _ out: inout [WordReading], _ first: Int) {
        guard let id = lex.id(hash: hash) else { return }
        var k = first
        while k < out.count {
            if out[k].word == id { return }
            k += 1
        }
        out.append(WordReading(word: id, prefix: Int8(prefix), article: article, inflected: inflected))
    }

    /// The stem w[a..<b] and its inflected forms.
    private static func emitStem(
        _ w: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, prefix: Int, article: Bool, seed: UInt64 = 0xcbf2_9ce4_8422_2325, _ lex: Lexicon,
        _ out: inout [WordReading], _ first: Int
    ) {
        guard b - a >= 2 else { return }
        emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<b]), seed: seed), prefix, article, false, lex, &out, first)
        // Nisba inflections: ية يين يون يات يان → ي; pronoun endings ه ها هم هما هن كم نا.
        // A clitic taken off both ends must leave four letters (وزارة is not و+زار+ه).
        let len = prefix > 0 ? b - a - 1 : b - a
        if len >= 4, w[b - 1] == ha, w[b - 2] == ya {
            emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<(b - 1)]), seed: seed), prefix, article, true, lex, &out, first)
        }
        if len >= 5, w[b - 3] == ya,
            (w[b - 2] == ya && w[b - 1] == nun) || (w[b - 2] == waw && w[b - 1] == nun)
                || (w[b - 2] == alef && (w[b - 1] == ta || w[b - 1] == nun))
        {
            emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<(b - 2)]), seed: seed), prefix, article, true, lex, &out, first)
        }
        if len >= 5, w[b - 2] == ha, w[b - 1] == alef || w[b - 1] == mim || w[b - 1] == nun {
            emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<(b - 2)]), seed: seed), prefix, article, true, lex, &out, first)
        }
        if len >= 4, w[b - 1] == ha {
            emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<(b - 1)]), seed: seed), prefix, article, true, lex, &out, first)
        }
        if len >= 6, w[b - 3] == ha, w[b - 2] == mim, w[b - 1] == alef {
            emit(Lexicon.hash(UnsafeBufferPointer(rebasing: w[a..<(b - 3)]), seed: seed), prefix, article, true, lex, &out, first)
        }
    }
}

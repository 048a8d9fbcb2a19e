/// One reading of a token as a dictionary word: which word, how many leading scalars are
/// clitics (و ف ب ل ك س), and whether an article or an inflection was taken off to reach it.
public struct WordReading: Sendable, Hashable {
    public var word: Int32
    public var prefix: Int8
    public var article: Bool
    public var inflected: Bool
}

/// The readings of every token of an article, looked up once; Arabic clitics, the article and
/// nisba or pronoun endings are split off here, English possessives and plurals likewise.
public struct AnalyzedText: Sendable {
    public let buffer: TextBuffer
    private var readings: [WordReading] = []
    private var offsets: [Int32] = []

    public init(_ buffer: TextBuffer, lexicon: Lexicon) {
        self.buffer = buffer
        offsets.reserveCapacity(buffer.tokens.count + 1)
        readings.reserveCapacity(buffer.tokens.count)
        buffer.folded.withUnsafeBufferPointer { f in
            for t in buffer.tokens {
                offsets.append(Int32(readings.count))
                let word = UnsafeBufferPointer(rebasing: f[Int(t.start)..<Int(t.end)])
                switch t.kind {
                case .arabic: AnalyzedText.arabicReadings(word, lexicon, &readings)
                case .latin: AnalyzedText.latinReadings(word, lexicon, &readings)
                default:
                    if let id = lexicon.id(hash: Lexicon.hash(word)) {
                        readings.append(WordReading(word: id, prefix: 0, article: false, inflected: false))
                    }
                }
            }
        }
        offsets.append(Int32(readings.count))
    }

    public var tokens: [Token] { buffer.tokens }

    /// The readings of token `i`, the reading of the whole token first when there is one.
    @inline(__always)
    public func readings(_ i: Int) -> ArraySlice<WordReading> {
        readings[Int(offsets[i])..<Int(offsets[i + 1])]
    }

    /// Whether token `i` is a comma, Latin or Arabic (، ,).
    public func isComma(_ i: Int) -> Bool {
        guard i >= 0, i < buffer.tokens.count, buffer.tokens[i].kind == .punctuation else { return false }
        let c = buffer.folded[Int(buffer.tokens[i].start)]
        return c == 0x2C || c == 0x060C
    }

    /// How many leading scalars of token `i` are a conjunction or preposition written on the
    /// word (و ف, then ب ك before the article), to name what follows without them: والتحالف,
    /// بالتحالف → التحالف. لل stays, as names are written with it (للتحالف).
    public func cliticPrefix(_ i: Int) -> Int {
        let t = buffer.tokens[i]
        guard t.kind == .arabic else { return 0 }
        let w = buffer.folded[Int(t.start)..<Int(t.end)]
        var k = w.startIndex
        if w.count - (k - w.startIndex) > 3, w[k] == Self.waw || w[k] == Self.fa { k += 1 }
        if w.endIndex - k > 4, w[k] == Self.ba || w[k] == Self.kaf, w[k + 1] == Self.alef, w[k + 2] == Self.lam { k += 1 }
        return k - w.startIndex
    }

    /// Whether token `i` can be read as any of the words, with or without clitics.
    public func reads(_ i: Int, as ids: WordSet) -> Bool {
        readings(i).contains { ids.contains($0.word) }
    }

    private static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644
    private static let kaf: UInt32 = 0x0643, sin: UInt32 = 0x0633, alef: UInt32 = 0x0627, ya: UInt32 = 0x064A
    private static let ha: UInt32 = 0x0647, nun: UInt32 = 0x0646, mim: UInt32 = 0x0645, ta: UInt32 = 0x062A
    private static let articleSeed = Lexicon.hash([alef, lam])

    static func arabicReadings(_ w: UnsafeBufferPointer<UInt32>, _ lex: Lexicon, _ out: inout [WordReading]) {
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

    static func latinReadings(_ w: UnsafeBufferPointer<UInt32>, _ lex: Lexicon, _ out: inout [WordReading]) {
        let n = w.count
        if let id = lex.id(hash: Lexicon.hash(w)) { out.append(WordReading(word: id, prefix: 0, article: false, inflected: false)) }
        if n > 2, w[n - 2] == 0x27, w[n - 1] == 0x73, let id = lex.id(hash: Lexicon.hash(UnsafeBufferPointer(rebasing: w[0..<(n - 2)]))) {
            out.append(WordReading(word: id, prefix: 0, article: false, inflected: true))
        } else if n > 3, w[n - 1] == 0x73, let id = lex.id(hash: Lexicon.hash(UnsafeBufferPointer(rebasing: w[0..<(n - 1)]))) {
            out.append(WordReading(word: id, prefix: 0, article: false, inflected: true))
        }
    }
}

/// One reading of a token as a dictionary word: which word, how many leading scalars are
/// clitics (و ف ب ل ك س), and whether an article or an inflection was taken off to reach it.
public struct WordReading: Sendable, Hashable {
    public var word: Int32
    public var prefix: Int8
    public var article: Bool
    public var inflected: Bool
}

/// The readings of every token of an article, looked up once by the token's language (which
/// splits off Arabic clitics, the article and nisba or pronoun endings, English possessives
/// and plurals).
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
                buffer.languages[t.language].readings(of: word, in: lexicon, into: &readings)
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

    /// Whether token `i` is a comma of any shipped script (, ،).
    public func isComma(_ i: Int) -> Bool {
        guard i >= 0, i < buffer.tokens.count, buffer.tokens[i].kind == .punctuation else { return false }
        return Scripts.commas.contains(buffer.folded[Int(buffer.tokens[i].start)])
    }

    /// The traits of token `i`'s language, as stored values.
    @inline(__always) public func traits(_ i: Int) -> LanguageTraits { buffer.languages.traits(buffer.tokens[i].language) }

    /// The language of token `i`.
    @inline(__always) public func language(_ i: Int) -> any Language { buffer.languages[buffer.tokens[i].language] }

    /// Whether a token is a word of a language that writes names with capitals (English).
    @inline(__always) public func capitalizes(_ t: Token) -> Bool {
        t.kind == .word && buffer.languages.traits(t.language).capitalizesNames
    }

    /// Whether token `i` is a word of a language that writes its article on the word (Arabic ال),
    /// where names are told from phrases by the article rather than by capitals.
    @inline(__always) public func writesArticle(_ i: Int) -> Bool {
        tokens[i].kind == .word && traits(i).writesArticle
    }

    /// Whether token `i` is a word whose adjectives precede the noun (the Tunisian ministry).
    @inline(__always) public func adjectivesPrecede(_ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].language != 0 && !traits(i).adjectivesFollowNoun
    }

    /// The folded scalars of token `i`.
    @inline(__always) public func folded(_ i: Int) -> ArraySlice<UInt32> {
        buffer.folded[Int(buffer.tokens[i].start)..<Int(buffer.tokens[i].end)]
    }

    /// The first folded scalar of token `i`.
    @inline(__always) public func firstScalar(_ i: Int) -> UInt32 { buffer.folded[Int(buffer.tokens[i].start)] }

    /// How many leading scalars of token `i` are clitics to drop when naming what follows
    /// (the language's `namePrefix`: والتحالف → التحالف).
    public func cliticPrefix(_ i: Int) -> Int {
        guard buffer.tokens[i].kind == .word else { return 0 }
        return language(i).namePrefix(folded(i))
    }

    /// Whether token `i` begins with one of its language's written-on conjunctions (و ف).
    public func startsWithConjunction(_ i: Int) -> Bool {
        tokens[i].kind == .word && traits(i).clitics.conjunctions.contains(firstScalar(i))
    }

    /// Whether token `i` begins with its language's coordinating clitic (و).
    public func startsWithAnd(_ i: Int) -> Bool {
        tokens[i].kind == .word && traits(i).clitics.and == firstScalar(i)
    }

    /// Whether token `i` can be read as any of the words, with or without clitics.
    public func reads(_ i: Int, as ids: WordSet) -> Bool {
        readings(i).contains { ids.contains($0.word) }
    }
}

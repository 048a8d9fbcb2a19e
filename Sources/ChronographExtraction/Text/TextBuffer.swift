/// One article's text, read once: original scalars for display and offsets, folded scalars for
/// matching, tokens and sentences. Offsets are Unicode scalar counts into the given text.
/// Immutable once read, and a class so that passing it around costs one reference count.
public final class TextBuffer: Sendable {
    public let original: [Unicode.Scalar]
    public let folded: [UInt32]
    /// For each folded scalar, the index of the original scalar it came from.
    public let origin: [Int32]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// The languages the tokens were read in (`Token.language` indexes them).
    public let languages: LanguageSet

    public init(_ text: String, abbreviations: Set<String> = [], languages: LanguageSet = .standard) {
        self.languages = languages
        var text = text
        text.makeContiguousUTF8()
        let (original, folded, origin) =
            text.utf8.withContiguousStorageIfAvailable(TextBuffer.decode) ?? Array(text.utf8).withUnsafeBufferPointer(TextBuffer.decode)
        self.original = original
        self.folded = folded
        self.origin = origin
        let tokens = Tokenizer.tokenize(folded: folded, origin: origin, original: original, languages: languages)
        self.tokens = tokens
        sentences = SentenceSplitter.split(tokens: tokens, folded: folded, originalCount: original.count, abbreviations: abbreviations, languages: languages)
    }

    /// Decodes valid UTF-8 (a String's) into scalars, and folds them as it goes, into arrays
    /// sized once by counting the bytes that start a scalar.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [UInt32], [Int32]) {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        var original = [Unicode.Scalar](repeating: " ", count: count)
        var folded = [UInt32](repeating: 0, count: count)
        var origin = [Int32](repeating: 0, count: count)
        var kept = 0
        original.withUnsafeMutableBufferPointer { o in
            folded.withUnsafeMutableBufferPointer { f in
                origin.withUnsafeMutableBufferPointer { g in
                    var p = 0
                    var i = 0
                    while p < bytes.count {
                        let b0 = UInt32(bytes[p])
                        let v: UInt32
                        if b0 < 0x80 {
                            v = b0
                            p += 1
                        } else if b0 < 0xE0 {
                            v = (b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F)
                            p += 2
                        } else if b0 < 0xF0 {
                            v = (b0 & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F)
                            p += 3
                        } else {
                            v = (b0 & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F)
                            p += 4
                        }
                        o[i] = Unicode.Scalar(v)!
                        if let fv = Folding.fold(v) {
                            f[kept] = fv
                            g[kept] = Int32(i)
                            kept += 1
                        }
                        i += 1
                    }
                }
            }
        }
        folded.removeLast(count - kept)
        origin.removeLast(count - kept)
        return (original, folded, origin)
    }

    /// The original text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, original.count))
        let hi = max(lo, min(end, original.count))
        guard lo < hi else { return "" }
        // Encoded to UTF-8 in one buffer: appending scalars one by one to a String costs a
        // call and a capacity check each.
        return original.withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: 4 * (hi - lo)) { bytes in
                var n = 0
                for u in scalars[lo..<hi] {
                    let v = u.value
                    if v < 0x80 {
                        bytes[n] = UInt8(v)
                        n += 1
                    } else if v < 0x800 {
                        bytes[n] = UInt8(0xC0 | v >> 6)
                        bytes[n + 1] = UInt8(0x80 | v & 0x3F)
                        n += 2
                    } else if v < 0x1_0000 {
                        bytes[n] = UInt8(0xE0 | v >> 12)
                        bytes[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                        bytes[n + 2] = UInt8(0x80 | v & 0x3F)
                        n += 3
                    } else {
                        bytes[n] = UInt8(0xF0 | v >> 18)
                        bytes[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                        bytes[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                        bytes[n + 3] = UInt8(0x80 | v & 0x3F)
                        n += 4
                    }
                }
                return n
            }
        }
    }

    /// The original text of a run of tokens.
    public func text(tokens r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return text(Int(tokens[r.lowerBound].origStart), Int(tokens[r.upperBound - 1].origEnd))
    }

    /// How many scalars of a token end it as an ending written on a name, not part of it (the
    /// possessive of Chávez's), as its language says.
    public func nameEndingLength(_ t: Token) -> Int {
        guard t.kind == .word else { return 0 }
        let ending = languages.traits(t.language).nameEnding
        let word = folded[Int(t.start)..<Int(t.end)]
        return !ending.isEmpty && word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) ? ending.count : 0
    }

    /// Where a name whose last word is this token ends in the original text: before the ending
    /// its language writes on a name (Hugo Chávez's → Hugo Chávez).
    public func nameEnd(_ last: Token) -> Int {
        let n = nameEndingLength(last)
        return n == 0 ? Int(last.origEnd) : Int(origin[Int(last.end) - n])
    }

    /// The original text of a run of tokens read as a name, without the ending on its last word.
    public func nameText(tokens r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return text(Int(tokens[r.lowerBound].origStart), nameEnd(tokens[r.upperBound - 1]))
    }

    /// The folded text of a name's last word, without the ending written on it.
    public func foldedNameString(_ t: Token) -> String {
        var s = String.UnicodeScalarView()
        for k in Int(t.start)..<(Int(t.end) - nameEndingLength(t)) { s.append(Unicode.Scalar(folded[k])!) }
        return String(s)
    }

    /// The folded text of one token.
    public func foldedString(_ t: Token) -> String {
        var s = String.UnicodeScalarView()
        for k in Int(t.start)..<Int(t.end) { s.append(Unicode.Scalar(folded[k])!) }
        return String(s)
    }

    /// The sentence that holds a token.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0
        var hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// One article's text, read once: original scalars for display and offsets, folded scalars for
/// matching, tokens and sentences. Offsets are Unicode scalar counts into the given text.
public struct TextBuffer: Sendable {
    public let original: [Unicode.Scalar]
    public let folded: [UInt32]
    /// For each folded scalar, the index of the original scalar it came from.
    public let origin: [Int32]
    public private(set) var tokens: [Token] = []
    public private(set) var sentences: [Sentence] = []

    public init(_ text: String, abbreviations: Set<String> = []) {
        var original: [Unicode.Scalar] = []
        original.reserveCapacity(text.utf8.count / 2)
        var folded: [UInt32] = []
        var origin: [Int32] = []
        folded.reserveCapacity(text.utf8.count / 2)
        origin.reserveCapacity(text.utf8.count / 2)
        var i: Int32 = 0
        for u in text.unicodeScalars {
            original.append(u)
            if let f = Folding.fold(u.value) {
                folded.append(f)
                origin.append(i)
            }
            i += 1
        }
        self.original = original
        self.folded = folded
        self.origin = origin
        tokens = Tokenizer.tokenize(folded: folded, origin: origin, original: original)
        sentences = SentenceSplitter.split(tokens: tokens, folded: folded, originalCount: original.count, abbreviations: abbreviations)
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

/// Every word the resources know, interned to an integer once; text tokens are looked up by a
/// 64-bit hash of their folded scalars, so matching never builds a String per token.
public struct Lexicon: Sendable {
    private(set) var ids = IntMap(capacity: 4096)
    public private(set) var words: [String] = []

    public init() {}

    @inline(__always)
    static func hash<C: Collection>(_ scalars: C, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where C.Element == UInt32 {
        var h = seed
        for v in scalars {
            h ^= UInt64(v)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The id of a folded word, adding it when new.
    @discardableResult
    public mutating func intern(folded word: String) -> Int32 {
        let h = Lexicon.hash(word.unicodeScalars.lazy.map(\.value))
        if let id = ids[h] { return id }
        let id = Int32(words.count)
        ids[h] = id
        words.append(word)
        return id
    }

    @inline(__always)
    public func id(hash: UInt64) -> Int32? { ids[hash] }

    /// Many phrases at once, tokenized in one pass (one per line): the same ids as
    /// `internPhrase` on each, without building a text buffer per phrase.
    public mutating func internPhrases(_ phrases: [String]) -> [[Int32]] {
        let buffer = TextBuffer(phrases.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n"))
        var out: [[Int32]] = []
        out.reserveCapacity(phrases.count)
        for t in buffer.tokens {
            if t.newlineBefore || out.isEmpty { out.append([]) }
            out[out.count - 1].append(intern(folded: buffer.foldedString(t)))
        }
        return out
    }

    /// Splits a dictionary phrase with the text tokenizer and interns each token as it stands.
    public mutating func internPhrase(_ phrase: String) -> [Int32] {
        let buffer = TextBuffer(phrase)
        return buffer.tokens.map { intern(folded: buffer.foldedString($0)) }
    }
}

/// A set of lexicon word ids as a bitmap: `AnalyzedText.reads(_:as:)` asks it about every
/// reading of the tokens it looks at, where a `Set<Int32>` hashed each word with SipHash.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var bits: [UInt64] = []

    public init() {}

    public init(arrayLiteral words: Int32...) {
        for w in words { insert(w) }
    }

    public init<S: Sequence>(_ words: S) where S.Element == Int32 {
        for w in words { insert(w) }
    }

    public var isEmpty: Bool { bits.allSatisfy { $0 == 0 } }

    @inline(__always)
    public func contains(_ w: Int32) -> Bool {
        let i = Int(w) >> 6
        return w >= 0 && i < bits.count && bits[i] & (1 << (UInt64(w) & 63)) != 0
    }

    public mutating func insert(_ w: Int32) {
        precondition(w >= 0, "word ids are not negative")
        let i = Int(w) >> 6
        if i >= bits.count { bits += Array(repeating: 0, count: i + 1 - bits.count) }
        bits[i] |= 1 << (UInt64(w) & 63)
    }

    public func union(_ other: WordSet) -> WordSet {
        var out = bits.count >= other.bits.count ? self : other
        let shorter = bits.count >= other.bits.count ? other.bits : bits
        for i in shorter.indices { out.bits[i] |= shorter[i] }
        return out
    }
}

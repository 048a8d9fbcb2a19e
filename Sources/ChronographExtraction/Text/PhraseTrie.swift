/// A trie of dictionary phrases over interned words; each phrase ends at a node that carries the
/// indices of its payloads (actors, triggers, temporal words).
public struct PhraseTrie: Sendable {
    private var edges = IntMap(capacity: 1024)
    private var payloads: [[Int32]] = [[]]

    public init() {}

    /// Adds a phrase; with `first`, its payload goes before those already there (a user's
    /// dictionary entry before the shipped one of the same phrase).
    public mutating func insert(_ words: [Int32], payload: Int32, first: Bool = false) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for w in words {
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: w))
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                edges[key] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) {
            if first { payloads[Int(node)].insert(payload, at: 0) } else { payloads[Int(node)].append(payload) }
        }
    }

    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))]
    }

    /// A phrase found in the text: tokens `start..<end`, the reading of its first token, and the
    /// payloads of the phrase.
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var first: WordReading
        public var last: WordReading
        public var payloads: [Int32]
        /// Tokens jumped over inside the phrase (an actor between its first word and the rest).
        public var skipped: Range<Int>? = nil
    }

    /// All phrases that start at token `i`, longest first. Only the first token may carry
    /// clitics; later tokens must read as the word itself or an inflection of it.
    public func matches(at i: Int, in text: AnalyzedText, limit: Int = 12, inflected: Bool = true, skipping: Range<Int>? = nil) -> [Match] {
        var found: [Match] = []
        let count = text.tokens.count
        // One stack for all readings (it is empty again after each), allocated only when a
        // reading starts a phrase: most tokens start none.
        var stack: [(Int32, Int, WordReading, Bool)] = []
        for r in text.readings(i) where inflected || !r.inflected {
            guard let node = child(0, r.word) else { continue }
            stack.append((node, i + 1, r, false))
            if let skip = skipping, skip.lowerBound == i + 1, skip.upperBound < count {
                stack.append((node, skip.upperBound, r, true))
            }
            while let (n, next, last, jumped) = stack.popLast() {
                // A jump only counts when the phrase goes on after it.
                if !payloads[Int(n)].isEmpty && !(jumped && next == skipping?.upperBound) {
                    found.append(Match(start: i, end: next, first: r, last: last, payloads: payloads[Int(n)], skipped: jumped ? skipping : nil))
                }
                guard next < count, next - i < limit, !text.tokens[next].newlineBefore else { continue }
                for r2 in text.readings(next) where r2.prefix == 0 && (inflected || !r2.inflected) {
                    if let c = child(n, r2.word) { stack.append((c, next + 1, r2, jumped)) }
                }
            }
        }
        if found.count > 1 {
            found.sort { $0.end != $1.end ? $0.end > $1.end : ($0.first.prefix, $0.first.article ? 1 : 0) < ($1.first.prefix, $1.first.article ? 1 : 0) }
        }
        return found
    }
}

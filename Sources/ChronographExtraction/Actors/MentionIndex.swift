/// Where mentions start and end, by token, and which tokens they cover: what the passes that
/// complete or regroup mentions (institutions, groups) look up.
struct MentionIndex {
    var byStart: TokenMap
    var byEnd: TokenMap
    var covered: TokenSet

    init(_ mentions: [ActorMention], tokens: Int) {
        byStart = TokenMap(tokens: tokens)
        byEnd = TokenMap(tokens: tokens)
        covered = TokenSet(tokens: tokens)
        for (k, m) in mentions.enumerated() {
            byStart[m.tokens.lowerBound] = k
            byEnd[m.tokens.upperBound] = k
            covered.formUnion(m.tokens)
        }
    }
}

/// An index (of a mention) per token position `0...tokens`, in an array: the passes over
/// mentions look one up at every token, where a dictionary hashed each position.
struct TokenMap {
    private var slots: [Int32]

    init(tokens: Int) { slots = Array(repeating: -1, count: tokens + 1) }

    subscript(t: Int) -> Int? {
        get { t >= 0 && t < slots.count && slots[t] >= 0 ? Int(slots[t]) : nil }
        set { slots[t] = newValue.map { Int32($0) } ?? -1 }
    }
}

/// A set of token positions `0...tokens`, as one flag per position.
struct TokenSet {
    private var flags: [Bool]

    init(tokens: Int) { flags = Array(repeating: false, count: tokens + 1) }

    func contains(_ t: Int) -> Bool { t >= 0 && t < flags.count && flags[t] }

    mutating func insert(_ t: Int) { flags[t] = true }

    mutating func formUnion(_ r: Range<Int>) {
        for t in r { flags[t] = true }
    }
}

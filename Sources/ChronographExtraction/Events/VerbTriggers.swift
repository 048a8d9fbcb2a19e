/// The verb dictionaries of the open event coders, compiled for matching: every verb form in
/// one trie over the lexicon (so Arabic clitics are read as for the project's own triggers),
/// each with its block's default root and object patterns. The learned reader reads what they
/// propose as features; the hand rules do not use them.
struct VerbTriggers: Sendable {
    private var trie = PhraseTrie()
    private var blocks: [Block] = []

    /// One block of a dictionary: its verbs' default root and its object patterns, indexed by
    /// the words that can begin them (only patterns whose first word follows the verb are tried).
    private struct Block {
        var root: Int?
        var patterns: [(words: [WordSet], root: Int)]
        var byFirstWord: [Int32: [Int]]
    }

    /// A verb found in the text: where, the root its block or a matching pattern gives, and
    /// whether a pattern decided it.
    struct Hit: Equatable {
        var token: Int
        var root: Int
        var byPattern: Bool
    }

    var isEmpty: Bool { blocks.isEmpty }

    mutating func add(_ dictionary: VerbDictionary, lexicon: inout Lexicon) {
        // Every form and pattern word is tokenized in one pass, in the order they are used.
        var phrases: [String] = []
        for b in dictionary.blocks {
            phrases += b.forms
            for p in b.patterns { for w in p.words { phrases += w } }
        }
        var ids = lexicon.internPhrases(phrases)
        // A phrase the tokenizer reads as nothing (punctuation alone) breaks the one-pass
        // alignment: then each is read on its own.
        if ids.count != phrases.count { ids = phrases.map { lexicon.internPhrase($0) } }
        var next = 0
        func take() -> [Int32] {
            defer { next += 1 }
            return ids[next]
        }
        for b in dictionary.blocks {
            let index = Int32(blocks.count)
            for _ in b.forms { trie.insert(take(), payload: index) }
            var byFirstWord: [Int32: [Int]] = [:]
            var patterns: [(words: [WordSet], root: Int)] = []
            for (k, p) in b.patterns.enumerated() {
                let groups = p.words.map { w in w.flatMap { _ in take().prefix(1) } }
                for id in Set(groups.first ?? []) { byFirstWord[id, default: []].append(k) }
                patterns.append((groups.map { WordSet($0) }, p.root))
            }
            blocks.append(Block(root: b.root, patterns: patterns, byFirstWord: byFirstWord))
        }
    }

    /// The verbs of tokens `range` with their roots; object patterns are looked for in the ten
    /// tokens after the verb, in order, and the longest that matches gives the root.
    func hits(in range: Range<Int>, of text: AnalyzedText) -> [Hit] {
        var out: [Hit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let m = trie.matches(at: i, in: text).first(where: { $0.end <= range.upperBound }) else {
                i += 1
                continue
            }
            var best: (root: Int, length: Int, pattern: Bool)?
            let limit = min(range.upperBound, m.end + 10)
            for p in m.payloads {
                let block = blocks[Int(p)]
                if let r = block.root, best == nil { best = (r, 0, false) }
                // The patterns whose first word is read after the verb, in their order.
                var tried = Set<Int>()
                for at in m.end..<max(m.end, limit) {
                    for r in text.readings(at) { if let ks = block.byFirstWord[r.word] { tried.formUnion(ks) } }
                }
                for k in tried.sorted() where block.patterns[k].words.count > (best?.length ?? 0) {
                    let pattern = block.patterns[k]
                    var at = m.end
                    var matched = 0
                    for w in pattern.words {
                        while at < limit, !text.reads(at, as: w) { at += 1 }
                        guard at < limit else { break }
                        matched += 1
                        at += 1
                    }
                    if matched == pattern.words.count { best = (pattern.root, pattern.words.count, true) }
                }
            }
            if let best { out.append(Hit(token: m.start, root: best.root, byPattern: best.pattern)) }
            i = m.end
        }
        return out
    }
}

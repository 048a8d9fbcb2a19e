import ChronographCore

/// `الوزارة`, `المجلس`, `the ministry`, `the army`: a definite noun standing alone that heads
/// the name of an organization or armed group named before it (وزارة الخارجية الروسية, مجلس
/// الأمن, the Foreign Ministry, the Free Syrian Army) is a mention of the last one it heads
/// (a noun the group dictionary reads as a group of its own, `the rebels`, stays one). The head
/// is a name's first word in languages whose adjectives follow the noun, its last otherwise;
/// definite means the attached article (ال) or a definite article word before it (the).
enum ShortReferences {
    static func apply(to mentions: inout [ActorMention], entries: EntryTable, text: AnalyzedText, articles: WordSet) {
        let tokens = text.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for i in m.tokens { covered[i] = true } }
        var heads: [UInt64: Int] = [:]
        var added: [ActorMention] = []
        var k = 0
        for i in tokens.indices {
            while k < mentions.count, mentions[k].tokens.lowerBound < i {
                let m = mentions[k]
                k += 1
                let type = entries.type(m.entry)
                guard m.tokens.count > 1, !m.fromRole, type == .organization || type == .armedGroup else { continue }
                let head = text.traits(m.tokens.lowerBound).adjectivesFollowNoun ? m.tokens.lowerBound : m.tokens.upperBound - 1
                // The head as written and past what may be a clitic (وزارة is no و + زارة).
                for clitics in [false, true] {
                    if let (key, _) = stem(head, text, needsArticle: false, clitics: clitics) { heads[key] = m.entry }
                }
            }
            guard !heads.isEmpty, !covered[i], tokens[i].isWord else { continue }
            let attached = text.traits(i).writesArticle
            if !attached, !(i > 0 && text.reads(i - 1, as: articles)) { continue }
            guard let (key, prefix) = stem(i, text, needsArticle: attached), let entry = heads[key] else { continue }
            let clitic = prefix > 0 ? text.buffer.folded[Int(tokens[i].start) + prefix - 1] : nil
            var m = ActorMention(
                entry: entry, tokens: i..<(i + 1), origStart: Int(text.buffer.origin[Int(tokens[i].start) + prefix]),
                origEnd: Int(tokens[i].origEnd), adjectival: false,
                cliticPreposition: clitic.flatMap { text.traits(i).prepositions.contains($0) ? $0 : nil })
            m.shortReference = true
            added.append(m)
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The key of a word past its clitics (unless `clitics` is false) and article (nil when under
    /// three letters, or, with `needsArticle`, when it has no article), and the length of the
    /// clitics before the article.
    static func stem(_ i: Int, _ text: AnalyzedText, needsArticle: Bool, clitics: Bool = true) -> (key: UInt64, prefix: Int)? {
        let t = text.tokens[i]
        guard t.isWord else { return nil }
        let word = text.buffer.folded[Int(t.start)..<Int(t.end)]
        let language = text.language(i)
        let prefix = clitics ? language.namePrefix(word) : 0
        var rest = word.dropFirst(prefix)
        let article = language.attachedArticle
        if language.startsWithArticle(rest) {
            rest = rest.dropFirst(article.count)
        } else if needsArticle {
            return nil
        }
        guard rest.count >= 3 else { return nil }
        return (Lexicon.hash(rest), prefix)
    }
}

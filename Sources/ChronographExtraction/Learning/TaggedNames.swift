import ChronographCore

/// Adds the mentions the learned tagger finds where no dictionary matched as actors local to
/// the article: one entry per distinct name, typed as tagged, named as written without the
/// conjunction or preposition the language writes on the word.
enum TaggedNames {
    /// The id prefix of the actors the tagger found.
    static let idPrefix = "tagged-"

    static func add(to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, model: LinearModel, titles: WordSet) {
        guard model.count > 0 else { return }
        let dictionary = MentionTagger.dictionaryTags(mentions, entries: entries, count: text.tokens.count)
        let tags = MentionTagger.tag(text, model: model, dictionary: dictionary, titles: titles)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for t in m.tokens { covered[t] = true } }
        var byName: [String: Int] = [:]
        for (r, type) in MentionTagger.spans(tags) where !r.contains(where: { covered[$0] }) {
            let first = text.tokens[r.lowerBound]
            let start = Int(text.buffer.origin[Int(first.start) + text.cliticPrefix(r.lowerBound)])
            let end = Int(text.tokens[r.upperBound - 1].origEnd)
            let name = text.buffer.text(start, end)
            guard name.unicodeScalars.count >= 2 else { continue }
            let key = Folding.fold(name)
            let index: Int
            if let known = byName[key] {
                index = known
            } else {
                index = entries.count
                byName[key] = index
                entries.append(ActorEntry(id: idPrefix + UnknownPeople.slug(name), name: name, type: type, aliases: [:]))
            }
            mentions.append(ActorMention(entry: index, tokens: r, origStart: start, origEnd: end, adjectival: false, cliticPreposition: nil))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

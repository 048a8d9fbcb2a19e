import ChronographCore

/// Adds the mentions the learned tagger finds where no dictionary matched as actors local to
/// the article: one entry per distinct name, typed as tagged, named as written without the
/// conjunction or preposition the language writes on the word nor the ending it writes on a
/// name (Chávez's). A word alone that is the surname of a person the article names in full is
/// that person; a span made only of function words (pronouns, titles, prepositions) is no name.
enum TaggedNames {
    /// The id prefix of the actors the tagger found.
    static let idPrefix = "tagged-"

    static func add(
        to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, model: LinearModel, titles: WordSet,
        stopWords: WordSet = [], pronouns: WordSet = []
    ) {
        guard model.count > 0 else { return }
        let dictionary = MentionTagger.dictionaryTags(mentions, entries: entries, count: text.tokens.count)
        let tags = MentionTagger.tag(text, model: model, dictionary: dictionary, titles: titles)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for t in m.tokens { covered[t] = true } }
        let spans = MentionTagger.spans(tags).filter { r, _ in
            !r.contains { covered[$0] } && !r.allSatisfy { text.reads($0, as: stopWords) || text.reads($0, as: pronouns) || text.reads($0, as: titles) }
        }
        // The surnames of the people named in full: by the dictionary or by the tagger.
        var bySurname: [String: Int] = [:]
        for m in mentions where m.tokens.count > 1 && entries.type(m.entry) == .person {
            bySurname[text.buffer.foldedNameString(text.tokens[m.tokens.upperBound - 1])] = m.entry
        }
        var byName: [String: Int] = [:]
        var found: [(tokens: Range<Int>, type: ActorType, start: Int, end: Int, name: String)] = []
        for (r, type) in spans {
            let first = text.tokens[r.lowerBound]
            let start = Int(text.buffer.origin[Int(first.start) + text.cliticPrefix(r.lowerBound)])
            let end = text.buffer.nameEnd(text.tokens[r.upperBound - 1])
            let name = text.buffer.text(start, end)
            guard name.unicodeScalars.count >= 2 else { continue }
            found.append((r, type, start, end, name))
        }
        for f in found where f.type == .person && f.tokens.count > 1 {
            let key = Folding.fold(f.name)
            guard byName[key] == nil else { continue }
            byName[key] = entries.count
            entries.append(ActorEntry(id: idPrefix + UnknownPeople.slug(f.name), name: f.name, type: f.type, aliases: [:]))
            let surname = text.buffer.foldedNameString(text.tokens[f.tokens.upperBound - 1])
            if surname.unicodeScalars.count >= 3, bySurname[surname] == nil { bySurname[surname] = entries.count - 1 }
        }
        for f in found {
            let key = Folding.fold(f.name)
            let index: Int
            if let known = byName[key] {
                index = known
            } else if f.tokens.count == 1, let person = bySurname[text.buffer.foldedNameString(text.tokens[f.tokens.lowerBound])] {
                index = person
            } else {
                index = entries.count
                byName[key] = index
                entries.append(ActorEntry(id: idPrefix + UnknownPeople.slug(f.name), name: f.name, type: f.type, aliases: [:]))
            }
            mentions.append(ActorMention(entry: index, tokens: f.tokens, origStart: f.start, origEnd: f.end, adjectival: false, cliticPreposition: nil))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

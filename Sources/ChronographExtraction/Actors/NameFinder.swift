import ChronographCore

/// Finds people the dictionary does not know, from how news introduces them: a title before a
/// capitalized name (`spokeswoman Karin Holt`, `Lieutenant Colonel Ada Brenner`), or an Arabic
/// name set off by commas after a title or an institution (`مندوب مصر لدى الجامعة العربية،
/// سامي فؤاد،`). Later mentions of the surname alone are the same person.
struct NameFinder: Sendable {
    let titles: WordSet
    let particles: WordSet
    /// Nouns that introduce a place name (مدينة، بلدة، قرية، village, town).
    var placeHeads: WordSet = []
    /// Words that end a name (prepositions, conjunctions and the like).
    var stopWords: WordSet = []
    /// Words that may close a place name though known (الغارية الغربية, حلب الجديدة).
    var placeSuffixes: WordSet = []
    /// Words of known people's names, which a new name may share.
    var nameWords: WordSet = []

    struct Found {
        var name: String
        var tokens: Range<Int>
        var surname: String?
        var type: ActorType = .person
    }

    /// Places introduced by a head noun: `بلدة خان شيخون`, `في قرية تل الحارة`, `the village of
    /// Kerrin`. Arabic takes one word, and a second one that carries the article
    /// (`تل الحارة`); English takes the capitalized words after `of`.
    func findPlaces(_ text: AnalyzedText, known: [ActorMention]) -> [Found] {
        let tokens = text.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in known { for t in m.tokens { covered[t] = true } }
        var out: [Found] = []
        var i = 0
        while i + 1 < tokens.count {
            // A head with the article (المدينة) refers back; only بلدة X, مدينة X introduce a name.
            guard text.readings(i).contains(where: { placeHeads.contains($0.word) && !$0.article }) else {
                i += 1
                continue
            }
            var j = i + 1
            if text.capitalizes(tokens[i]) {
                if text.reads(j, as: particles) || text.buffer.foldedString(tokens[j]) == "of" { j += 1 }
                var k = j
                while k < tokens.count, k - j < 3, !covered[k], text.capitalizes(tokens[k]), tokens[k].capitalized, !tokens[k].newlineBefore { k += 1 }
                if k > j {
                    out.append(Found(name: text.buffer.text(tokens: j..<k), tokens: j..<k, surname: nil, type: .place))
                    i = k
                    continue
                }
            } else if text.writesArticle(j), !covered[j], usable(j, text) {
                var k = j + 1
                // A second word with the article, unknown to every dictionary (تل الحارة, not قرية X الغارات).
                if k < tokens.count, text.writesArticle(k), !covered[k], !tokens[k].newlineBefore, startsWithArticle(k, text), usable(k, text),
                    text.readings(k).isEmpty || text.reads(k, as: placeSuffixes)
                {
                    k += 1
                }
                out.append(Found(name: text.buffer.text(tokens: j..<k), tokens: j..<k, surname: nil, type: .place))
                i = k
                continue
            }
            i += 1
        }
        return out
    }

    /// A word that can be part of a name: not a stop word, no clitic read off it.
    private func usable(_ k: Int, _ text: AnalyzedText) -> Bool {
        !text.reads(k, as: stopWords) && !text.reads(k, as: placeHeads) && text.readings(k).allSatisfy { $0.prefix == 0 }
            && text.tokens[k].end - text.tokens[k].start >= 3
    }

    func find(_ text: AnalyzedText, known: [ActorMention], roleEnds: Set<Int>) -> [Found] {
        let tokens = text.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        var mentionEnds = roleEnds
        for m in known {
            for t in m.tokens { covered[t] = true }
            mentionEnds.insert(m.tokens.upperBound)
        }
        var out: [Found] = []
        var i = 0
        while i < tokens.count {
            // English: a title word, then two to four capitalized words.
            if text.capitalizes(tokens[i]), text.reads(i, as: titles) {
                var j = i + 1
                while j < tokens.count, text.capitalizes(tokens[j]), text.reads(j, as: titles), tokens[j].capitalized { j += 1 }
                var k = j
                while k < tokens.count, k - j < 4, !covered[k], text.capitalizes(tokens[k]), !tokens[k].newlineBefore,
                    tokens[k].capitalized || (text.reads(k, as: particles) && k + 1 < tokens.count && tokens[k + 1].capitalized)
                {
                    k += 1
                }
                if k - j >= 2, tokens[k - 1].capitalized {
                    out.append(Found(name: buffer(text, j..<k), tokens: j..<k, surname: text.buffer.foldedNameString(tokens[k - 1])))
                    i = k
                    continue
                }
            }
            // Arabic: "، NAME،" right after a title or an institution.
            if text.isComma(i), i > 0, titleShortlyBefore(i, text), mentionEnds.contains(i) || text.reads(i - 1, as: titles) {
                var k = i + 1
                while k < tokens.count, k - i <= 3, text.writesArticle(k), !covered[k], !tokens[k].newlineBefore { k += 1 }
                let n = k - i - 1
                if (2...3).contains(n), k < tokens.count, text.isComma(k) || isStop(k, text),
                    !startsWithArticle(i + 1, text),
                    (i + 1..<k).allSatisfy({ text.readings($0).allSatisfy { $0.prefix == 0 } })
                {
                    out.append(Found(name: buffer(text, (i + 1)..<k), tokens: (i + 1)..<k, surname: text.buffer.foldedNameString(tokens[k - 1])))
                    i = k
                    continue
                }
            }
            // Arabic: two or three words no dictionary knows, right after a title that names its
            // office and country (وزير المالية المصري هاني سامح، المتحدثة باسم الخارجية الأميركية سارة لين).
            if i > 0, text.writesArticle(i), mentionEnds.contains(i), !tokens[i].newlineBefore, titleShortlyBefore(i, text) {
                var k = i
                while k < tokens.count, k - i < 3, text.writesArticle(k), !covered[k], !tokens[k].newlineBefore,
                    text.readings(k).isEmpty || text.readings(k).allSatisfy({ nameWords.contains($0.word) && $0.prefix == 0 }),
                    !text.reads(k, as: stopWords), !startsWithArticle(k, text), tokens[k].end - tokens[k].start >= 3
                {
                    k += 1
                }
                if k - i >= 2 {
                    out.append(Found(name: buffer(text, i..<k), tokens: i..<k, surname: text.buffer.foldedNameString(tokens[k - 1])))
                    i = k
                    continue
                }
            }
            i += 1
        }
        return out
    }

    private func buffer(_ text: AnalyzedText, _ r: Range<Int>) -> String { text.buffer.nameText(tokens: r) }

    /// A title word among the six tokens before position i, in the same line.
    private func titleShortlyBefore(_ i: Int, _ text: AnalyzedText) -> Bool {
        var k = i - 1
        while k >= 0, k >= i - 6 {
            if text.reads(k, as: titles) { return true }
            if text.tokens[k].newlineBefore { return false }
            k -= 1
        }
        return false
    }

    /// Given names do not begin with the article (ال); phrases do.
    private func startsWithArticle(_ i: Int, _ text: AnalyzedText) -> Bool {
        text.tokens[i].kind == .word && text.language(i).startsWithArticle(text.folded(i))
    }

    private func isStop(_ i: Int, _ text: AnalyzedText) -> Bool {
        guard text.tokens[i].kind == .punctuation else { return false }
        let c = text.buffer.folded[Int(text.tokens[i].start)]
        return c == 0x2E || c == 0x3A
    }
}

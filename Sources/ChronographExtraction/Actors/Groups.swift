import ChronographCore

/// The words that name unnamed armed groups: heads (مقاتلو، ميليشيات، fighters, militias) and
/// qualifiers (المعارضة، الموالية للنظام، opposition, pro-regime).
struct GroupModel: Sendable {
    enum Part: Sendable {
        /// A head noun; `alone` when it names a group with no qualifier (the rebels).
        case head(String, alone: Bool)
        case qualifier(String)
    }
    var parts: [Part] = []
    var trie = PhraseTrie()

    mutating func add(heads: [String: [String]], qualifiers: [String: [String]], alone: [String: [String]] = [:], lexicon: inout Lexicon) {
        for (name, phrases) in heads.sorted(by: { $0.key < $1.key }) {
            let bare = Set(alone[name] ?? [])
            for p in phrases { insert(p, .head(name, alone: bare.contains(p)), &lexicon) }
            for p in (alone[name] ?? []) where !phrases.contains(p) { insert(p, .head(name, alone: true), &lexicon) }
        }
        for (name, phrases) in qualifiers.sorted(by: { $0.key < $1.key }) {
            for p in phrases { insert(p, .qualifier(name), &lexicon) }
        }
    }

    private mutating func insert(_ phrase: String, _ part: Part, _ lexicon: inout Lexicon) {
        let ids = lexicon.internPhrase(phrase)
        guard !ids.isEmpty else { return }
        trie.insert(ids, payload: Int32(parts.count))
        parts.append(part)
    }
}

/// Unnamed armed groups named by what they are and whose they are: `الميليشيات العراقية` →
/// Iraqi militias, `مقاتلو المعارضة` → opposition fighters, `pro-regime militias`. Arabic puts
/// the qualifier or nisba after the head, English before it.
enum Groups {
    static func apply(to mentions: inout [ActorMention], entries: inout EntryTable, text: AnalyzedText, model: GroupModel) {
        let index = MentionIndex(mentions, tokens: text.tokens.count)
        let byStart = index.byStart
        let byEnd = index.byEnd
        var covered = index.covered
        var local: [String: Int] = [:]
        func entry(_ name: String, _ affiliation: String?) -> Int {
            let id = UnknownPeople.slug(name)
            if let i = local[id] { return i }
            local[id] = entries.count
            entries.append(ActorEntry(id: id, name: name, type: .armedGroup, affiliation: affiliation, aliases: ["en": [name]]))
            return entries.count - 1
        }
        func part(at i: Int) -> (GroupModel.Part, Int)? {
            guard i < text.tokens.count, !covered.contains(i), let m = model.trie.matches(at: i, in: text).first else { return nil }
            return (model.parts[Int(m.payloads[0])], m.end)
        }
        var added: [ActorMention] = []
        var i = 0
        while i < text.tokens.count {
            guard let (p, end) = part(at: i), case .head(let head, let alone) = p else {
                i += 1
                continue
            }
            var made: (name: String, affiliation: String?, range: Range<Int>)? = nil
            if text.traits(i).adjectivesFollowNoun {
                if let k = byStart[end], mentions[k].adjectival, entries.type(mentions[k].entry) == .country {
                    let c = entries[mentions[k].entry]
                    made = ((c.nisba?["en"]?.first ?? c.name) + " " + head, c.id, i..<mentions[k].tokens.upperBound)
                    covered.formUnion(mentions[k].tokens)
                    mentions[k].entry = -1
                } else if let (q, qEnd) = part(at: end), case .qualifier(let qualifier) = q {
                    made = (qualifier + " " + head, nil, i..<qEnd)
                }
            } else {
                if let k = byEnd[i], mentions[k].adjectival, entries.type(mentions[k].entry) == .country {
                    let c = entries[mentions[k].entry]
                    made = ((c.nisba?["en"]?.first ?? c.name) + " " + head, c.id, mentions[k].tokens.lowerBound..<end)
                    mentions[k].entry = -1
                } else {
                    // The qualifier ends right before the head (pro-regime militias).
                    for start in stride(from: i - 1, through: max(0, i - 3), by: -1) {
                        if let (q, qEnd) = part(at: start), qEnd == i, case .qualifier(let qualifier) = q {
                            made = (qualifier + " " + head, nil, start..<end)
                            break
                        }
                    }
                }
            }
            // A head that names a group on its own (the rebels, المتمردون).
            if made == nil, alone, byStart[i] == nil { made = (head, nil, i..<end) }
            if let made {
                let r = made.range
                let first = text.tokens[r.lowerBound]
                let prefix = text.readings(r.lowerBound).first.map { Int($0.prefix) } ?? 0
                added.append(
                    ActorMention(
                        entry: entry(made.name, made.affiliation), tokens: r,
                        origStart: Int(text.buffer.origin[Int(first.start) + prefix]),
                        origEnd: Int(text.tokens[r.upperBound - 1].origEnd), adjectival: false, cliticPreposition: nil))
                i = r.upperBound
            } else {
                i = end
            }
        }
        mentions.removeAll { $0.entry < 0 }
        mentions += added
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

/// Merges the extractions of many articles into one: one actor per id across documents and
/// languages, and one event for the same happening reported several times (same CAMEO root,
/// same actors, compatible dates), carrying every piece of evidence.
public enum Corpus {
    public static func merge(_ parts: [Extraction]) -> Extraction {
        var out = Extraction()
        var actorIndex: [String: Int] = [:]
        for part in parts {
            out.documents += part.documents
            out.timexes += part.timexes
            for actor in part.actors {
                if let i = actorIndex[actor.id] {
                    // In place: a copy of the actor would copy its mentions at every article.
                    for alias in actor.aliases where !out.actors[i].aliases.contains(alias) { out.actors[i].aliases.append(alias) }
                    out.actors[i].mentions += actor.mentions
                } else {
                    actorIndex[actor.id] = out.actors.count
                    out.actors.append(actor)
                }
            }
        }
        out.events = deduplicate(parts.flatMap(\.events))
        return out
    }

    /// Folds events that report the same happening into one, keeping all evidence, in first-seen order.
    public static func deduplicate(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        var byKey: [String: [Int]] = [:]
        var evidenceSeen: [Set<String>] = []
        func evidenceKey(_ e: Evidence) -> String { "\(e.document)\u{1}\(e.start)\u{1}\(e.end)" }
        for event in events {
            let key = event.type.root + "|" + event.source.sorted().joined(separator: ",") + ">" + event.target.sorted().joined(separator: ",")
            if let candidates = byKey[key],
                let i = candidates.first(where: { compatible(result[$0].date, event.date) && result[$0].modality == event.modality })
            {
                // In place: a copy of the event would copy its evidence at every report.
                for ev in event.evidence where evidenceSeen[i].insert(evidenceKey(ev)).inserted { result[i].evidence.append(ev) }
                if result[i].date == nil || (event.date.map { $0.granularity < result[i].date!.granularity } ?? false) {
                    result[i].date = event.date ?? result[i].date
                }
                if result[i].location == nil { result[i].location = event.location }
            } else {
                byKey[key, default: []].append(result.count)
                var fresh = event
                fresh.id = "e\(result.count + 1)"
                evidenceSeen.append(Set(event.evidence.map(evidenceKey)))
                result.append(fresh)
            }
        }
        return result
    }

    /// Dates are compatible when both are absent or their intervals overlap.
    public static func compatible(_ a: TimeValue?, _ b: TimeValue?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            guard let i = x.interval, let j = y.interval else { return x.value == y.value }
            return i.overlaps(j)
        default: return false
        }
    }
}

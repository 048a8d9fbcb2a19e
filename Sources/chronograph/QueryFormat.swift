import ChronographCore
import Foundation

/// Text and JSON answers to graph queries.
enum QueryFormat {
    static func render(_ kind: String, ids: [String], query q: GraphQuery, json: Bool) throws -> String {
        let e = q.extraction
        let names = Dictionary(e.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // (Each name in isolates: an Arabic name cannot turn the arrow round.)
        func n(_ id: String) -> String { TimelineFormat.isolate(names[id] ?? id) }
        func eventLine(_ ev: Event) -> String {
            let who = ev.source.map(n).joined(separator: " + ") + " → " + (ev.target.isEmpty ? "—" : ev.target.map(n).joined(separator: " + "))
            var s = "\(ev.date?.value ?? "undated")  \(ev.type.code) \(ev.type.label)  \(who)\n"
            for evd in ev.evidence { s += "    [\(evd.document)] " + TimelineFormat.isolate(evd.sentence) + "\n" }
            return s
        }
        switch kind {
        case "between":
            let events = q.between(ids[0], ids[1])
            if json { return String(decoding: try JSONEncoder.sorted.encode(events), as: UTF8.self) + "\n" }
            if events.isEmpty { return "no events between \(n(ids[0])) and \(n(ids[1]))\n" }
            return events.map(eventLine).joined()
        case "neighbors":
            let rels = q.neighbors(ids[0])
            if json { return String(decoding: try JSONEncoder.sorted.encode(rels), as: UTF8.self) + "\n" }
            return rels.map { r in
                "\(n(r.source)) → \(n(r.target))  events: \(r.count)  goldstein mean: \(String(format: "%.1f", r.goldsteinMean))  \(r.first?.value ?? "")\(r.last.map { $0 != r.first ? "–" + $0.value : "" } ?? "")\n"
            }.joined()
        case "path":
            guard let p = q.path(ids[0], ids[1]) else { return "no path between \(n(ids[0])) and \(n(ids[1]))\n" }
            if json { return String(decoding: try JSONEncoder.sorted.encode(p), as: UTF8.self) + "\n" }
            return p.map(n).joined(separator: " — ") + "\n"
        case "relations":
            if json { return String(decoding: try JSONEncoder.sorted.encode(q.graph.relations), as: UTF8.self) + "\n" }
            return q.graph.relations.map {
                "\(n($0.source)) → \(n($0.target))  \($0.count) event(s), goldstein mean \(String(format: "%.1f", $0.goldsteinMean))\n"
            }
            .joined()
        default:
            let list = q.actors()
            if json { return String(decoding: try JSONEncoder.sorted.encode(list.map { $0.actor }), as: UTF8.self) + "\n" }
            return list.map { "\($0.actor.id)\t\($0.actor.type.rawValue)\t\($0.events)\t\($0.actor.name)\n" }.joined()
        }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

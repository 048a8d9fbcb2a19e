import Foundation

/// The timeline for TimelineJS 3 (its JSON with partial dates) and as JSON lines.
public enum TimelineExport {
    public static func timelineJS(_ timeline: Timeline, in extraction: Extraction, title: String = "Chronograph") throws -> Data {
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var events: [[String: Any]] = []
        for e in timeline.entries {
            guard let d = e.date, let i = d.interval else { continue }
            let first = CivilDate(dayNumber: i.first)
            let last = CivilDate(dayNumber: i.last)
            var start: [String: Any] = ["year": String(first.year)]
            if d.granularity <= .month || d.granularity == .range { start["month"] = String(first.month) }
            if d.granularity <= .week { start["day"] = String(first.day) }
            var item: [String: Any] = [
                "start_date": start,
                // TimelineJS reads these fields as HTML: text from articles is escaped.
                "text": [
                    "headline": XML.escape(
                        (e.source.map { names[$0] ?? $0 } + (e.target.isEmpty ? [] : ["→"] + e.target.map { names[$0] ?? $0 })).joined(separator: " ")
                            + " — " + e.type.label),
                    "text": XML.escape(e.evidence.first?.sentence ?? ""),
                ],
                "group": e.type.quadClass <= 2 ? "cooperation" : "conflict",
                "unique_id": e.id,
            ]
            if i.first != i.last, d.granularity == .range {
                item["end_date"] = ["year": String(last.year), "month": String(last.month), "day": String(last.day)]
            }
            events.append(item)
        }
        let doc: [String: Any] = ["title": ["text": ["headline": title, "text": "Events extracted by Chronograph"]], "events": events]
        return try JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys])
    }

    public static func jsonLines(_ timeline: Timeline) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for event in timeline.entries { out += try e.encode(event) + Data("\n".utf8) }
        return out
    }
}

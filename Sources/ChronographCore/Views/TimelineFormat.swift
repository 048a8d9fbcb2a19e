import Foundation

/// Text, CSV and JSON renderings of a timeline.
public enum TimelineFormat {
    /// One event a line: date, code and label, source → target, place, and a short evidence
    /// snippet. Right-to-left text is wrapped in Unicode isolates so that a line mixing Arabic
    /// and Latin displays in the right order.
    public static func text(_ timeline: Timeline, in extraction: Extraction, snippet: Int = 90) -> String {
        var lines: [String] = []
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func name(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.map { isolate(names[$0] ?? $0) }.joined(separator: " + ") }
        for e in timeline.entries {
            let date = (e.date?.value ?? "undated").padding(toLength: 16, withPad: " ", startingAt: 0)
            var line = "\(date) \(e.type.code.padding(toLength: 4, withPad: " ", startingAt: 0)) \(e.type.label) | \(name(e.source)) → \(name(e.target))"
            if let l = e.location { line += " @ \(isolate(l))" }
            if e.modality != .asserted { line += " [\(e.modality.rawValue)]" }
            if let ev = e.evidence.first {
                line += " | " + isolate(shorten(ev.sentence, snippet))
                if e.evidence.count > 1 { line += " (+\(e.evidence.count - 1) more)" }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// One event a row, in the spirit of GDELT's event table: date, actors with their codes,
    /// event code, root, quad class, Goldstein value, mentions, sources, place, document.
    public static func csv(_ timeline: Timeline, in extraction: Extraction) -> String {
        let codes = Dictionary(extraction.actors.map { ($0.id, $0.codes.joined(separator: "|")) }, uniquingKeysWith: { a, _ in a })
        var out =
            "date,granularity,source,source_codes,target,target_codes,code,root,label,quad_class,goldstein,modality,mentions,sources,location,document,evidence\n"
        for e in timeline.entries {
            let fields: [String] = [
                e.date?.value ?? "", e.date?.granularity.rawValue ?? "", e.source.joined(separator: ";"),
                e.source.map { codes[$0] ?? "" }.joined(separator: ";"), e.target.joined(separator: ";"),
                e.target.map { codes[$0] ?? "" }.joined(separator: ";"), e.type.code, e.type.root, e.type.label, String(e.type.quadClass),
                String(e.goldstein), e.modality.rawValue, String(e.mentionCount), String(e.sourceCount), e.location ?? "",
                e.evidence.first?.document ?? "", e.evidence.first?.sentence ?? "",
            ]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    public static func json(_ timeline: Timeline, in extraction: Extraction) throws -> Data {
        var sub = extraction
        sub.events = timeline.entries
        let used = Set(timeline.entries.flatMap { $0.source + $0.target })
        sub.actors = extraction.actors.filter { used.contains($0.id) }
        return try sub.jsonData()
    }

    static func csvField(_ s: String) -> String {
        // A leading = + - @ would make a spreadsheet run a formula: prefix it.
        var v = s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
        return v.contains(",") || v.contains("\"") || v.contains("'") ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }

    static func shorten(_ s: String, _ n: Int) -> String {
        let flat = s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return flat.count <= n ? flat : String(flat.prefix(n)) + "…"
    }

    /// Wraps text with right-to-left letters in FSI … PDI so it cannot reorder its neighbours.
    public static func isolate(_ s: String) -> String {
        hasRightToLeft(s) ? "\u{2068}" + s + "\u{2069}" : s
    }

    /// Whether a text has Arabic or Hebrew letters.
    public static func hasRightToLeft(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }
}

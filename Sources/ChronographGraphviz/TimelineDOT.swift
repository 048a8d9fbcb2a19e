import ChronographCore

/// The timeline as a Graphviz picture: a vertical time axis of the dates in order, each event
/// a box on the rank of its date, and a lane per actor linked to its events.
public enum TimelineDOT {
    public static func dot(_ timeline: Timeline, in extraction: Extraction, maxActors: Int = 8, maxEvents: Int = 5000, perDate: Int = 6) -> String {
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let entries = Array(timeline.entries.prefix(maxEvents))
        var out = "digraph \"timeline\" {\n  graph [rankdir=TB, charset=\"UTF-8\", fontname=\"DejaVu Sans\", nodesep=0.3, ranksep=0.35];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10];\n  edge [arrowhead=none];\n"
        var dates: [String] = []
        for e in entries {
            let d = e.date?.value ?? "undated"
            if dates.last != d && !dates.contains(d) { dates.append(d) }
        }
        for (i, d) in dates.enumerated() {
            out += "  d\(i) [label=\"\(DOTWriter.escape(d))\", shape=plaintext, fontsize=11, fontcolor=\"#37474f\"];\n"
        }
        for i in dates.indices.dropFirst() { out += "  d\(i - 1) -> d\(i) [penwidth=2, color=\"#90a4ae\"];\n" }
        // The most active actors get lanes.
        var counts: [String: Int] = [:]
        for e in entries { for a in Set(e.source + e.target) { counts[a, default: 0] += 1 } }
        // Lanes link actors to their events; on a long timeline their edges would tangle the
        // picture, so they are drawn only for up to 60 events.
        let lanes = entries.count <= 60 ? counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxActors).map(\.key) : []
        for (j, a) in lanes.enumerated() {
            out += "  a\(j) [label=\"\(DOTWriter.isolated(names[a] ?? a))\", shape=ellipse, style=filled, fillcolor=\"#e3f2fd\"];\n"
        }
        // Events of one date are grouped when they say the same thing (×N), and at most
        // `perDate` boxes stand on a date, with the rest counted, so a corpus stays readable.
        var groups: [(key: String, event: Event, count: Int)] = []
        var groupIndex: [String: Int] = [:]
        for e in entries {
            let key = (e.date?.value ?? "undated") + "|" + e.type.code + "|" + e.source.joined(separator: ",") + ">" + e.target.joined(separator: ",")
            if let g = groupIndex[key] {
                groups[g].count += 1
            } else {
                groupIndex[key] = groups.count
                groups.append((key, e, 1))
            }
        }
        var shownPerDate: [Int: Int] = [:]
        var hiddenPerDate: [Int: Int] = [:]
        for (i, g) in groups.enumerated() {
            let e = g.event
            let d = dates.firstIndex(of: e.date?.value ?? "undated") ?? 0
            if shownPerDate[d, default: 0] >= perDate {
                hiddenPerDate[d, default: 0] += g.count
                continue
            }
            shownPerDate[d, default: 0] += 1
            // Each name in isolates, so an Arabic name cannot turn the arrow round.
            func name(_ id: String) -> String { DOTWriter.isolated(names[id] ?? id, maxScalars: 40) }
            let who =
                e.source.map(name).joined(separator: " + ")
                + (e.target.isEmpty ? "" : " → " + e.target.map(name).joined(separator: " + "))
            let fill = e.type.cameo.isCooperation ? "#e8f5e9" : "#ffebee"
            let times = g.count > 1 ? " ×\(g.count)" : ""
            out +=
                "  e\(i) [shape=box, style=\"rounded,filled\", fillcolor=\"\(fill)\", label=\"\(DOTWriter.escape(e.type.code + " " + e.type.label, maxScalars: 60))\(times)\\n\(who)\"];\n"
            out += "  { rank=same; d\(d); e\(i); }\n  d\(d) -> e\(i) [style=invis];\n"
            for (j, a) in lanes.enumerated() where e.source.contains(a) || e.target.contains(a) {
                out += "  a\(j) -> e\(i) [style=dotted, color=\"#78909c\", constraint=false];\n"
            }
        }
        for (d, hidden) in hiddenPerDate.sorted(by: { $0.key < $1.key }) {
            out += "  more\(d) [shape=plaintext, fontcolor=\"#78909c\", label=\"+\(hidden) more\"];\n  { rank=same; d\(d); more\(d); }\n"
        }
        out += "}\n"
        return out
    }
}

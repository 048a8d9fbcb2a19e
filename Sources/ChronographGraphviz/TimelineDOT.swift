import ChronographCore

/// The timeline as a Graphviz picture, every position computed here and pinned (`neato`
/// keeps them): time runs left to right on a real axis (`TimeAxis`: distance proportional
/// to time, long empty stretches cut as marked breaks, undated events in a column after the
/// end); each of the most active actors has a horizontal lane, named on the left; an event
/// is a box on its source's lane at its date, with a short vertical arrow to each target's
/// lane. Boxes that would overlap on a lane are stacked; other actors share one lane.
public enum TimelineDOT {
    /// Sizes in points.
    static let boxWidth = 170.0
    static let boxHeight = 34.0
    static let gap = 8.0

    /// At most `perDate` boxes per lane and date and `maxRows` rows per lane; what does not fit
    /// is counted (`+N more` at its date, and in all under the picture).
    public static func dot(
        _ timeline: Timeline, in extraction: Extraction, maxActors: Int = 8, maxEvents: Int = 5000, perDate: Int = 4, maxRows: Int = 12
    ) -> String {
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let groups = grouped(Array(timeline.entries.prefix(maxEvents)))
        // Lanes: the most active actors, then one lane for all others when needed.
        var counts: [String: Int] = [:]
        for g in groups { for a in Set(g.event.source + g.event.target) { counts[a, default: 0] += g.count } }
        let busiest = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(max(1, maxActors)).map(\.key)
        let lanes = ordered(busiest, groups)
        let laneOf = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($1, $0) })
        let others = lanes.count
        func lane(_ ids: [String]) -> Int { ids.lazy.compactMap { laneOf[$0] }.first ?? others }

        // The axis, over the middle day of each dated event; undated events after its end.
        let middle: (Event) -> Int? = { e in e.date?.interval.map { ($0.first + $0.last) / 2 } }
        let axis = TimeAxis(days: groups.compactMap { middle($0.event) }, breakWidth: boxWidth + 4 * gap)
        let undatedX = axis.width + boxWidth + 40
        func x(_ e: Event) -> Double { middle(e).map(axis.x) ?? undatedX }

        // Boxes on each lane in rows, so that none overlaps another; at most `perDate` per
        // lane and date, the rest counted in one more box.
        var rowsEnd: [Int: [Double]] = [:]
        var placed: [(group: Group, lane: Int, row: Int, x: Double)] = []
        var hidden: [String: (lane: Int, x: Double, count: Int)] = [:]
        var shown: [String: Int] = [:]
        var notDrawn = 0
        for g in groups.sorted(by: { x($0.event) < x($1.event) }) {
            let l = lane(g.event.source)
            let cx = x(g.event)
            let key = "\(l)|\(g.event.date?.value ?? "undated")"
            if shown[key, default: 0] >= perDate {
                hidden[key, default: (l, cx, 0)].count += g.count
                continue
            }
            var ends = rowsEnd[l] ?? []
            let row = ends.firstIndex { $0 + gap <= cx - boxWidth / 2 } ?? ends.count
            // (A full lane: the event is counted, not drawn.)
            guard row < maxRows else {
                notDrawn += g.count
                continue
            }
            shown[key, default: 0] += 1
            if row == ends.count { ends.append(0) }
            ends[row] = cx + boxWidth / 2
            rowsEnd[l] = ends
            placed.append((g, l, row, cx))
        }
        var more: [(lane: Int, row: Int, x: Double, count: Int)] = []
        for (_, h) in hidden.sorted(by: { $0.key < $1.key }) {
            var ends = rowsEnd[h.lane] ?? []
            let row = ends.firstIndex { $0 + gap <= h.x - boxWidth / 2 } ?? ends.count
            guard row < maxRows else {
                notDrawn += h.count
                continue
            }
            if row == ends.count { ends.append(0) }
            ends[row] = h.x + boxWidth / 2
            rowsEnd[h.lane] = ends
            more.append((h.lane, row, h.x, h.count))
        }

        // Lanes top to bottom (y grows upwards in Graphviz, so lanes go down from 0).
        // (A lane is drawn when it holds a box or an arrow ends on it.)
        let targeted = Set(placed.flatMap { p in p.group.event.target.map { laneOf[$0] ?? others } })
        let usedLanes = (0...others).filter { rowsEnd[$0] != nil || targeted.contains($0) }
        var top: [Int: Double] = [:]
        var height: [Int: Double] = [:]
        var y = 0.0
        for l in usedLanes {
            let h = Double(max(1, rowsEnd[l]?.count ?? 0)) * (boxHeight + gap) + gap
            top[l] = y
            height[l] = h
            y -= h + 14
        }
        func rowY(_ l: Int, _ row: Int) -> Double { top[l]! - gap - boxHeight / 2 - Double(row) * (boxHeight + gap) }
        func centre(_ l: Int) -> Double { top[l]! - height[l]! / 2 }
        let left = -boxWidth / 2 - 20
        let right = (placed.contains { $0.group.event.date == nil } ? undatedX : axis.width) + boxWidth / 2 + 10

        var out = "digraph \"timeline\" {\n"
        out += "  graph [charset=\"UTF-8\", fontname=\"DejaVu Sans\", inputscale=72, overlap=true, splines=line, outputorder=edgesfirst];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=8, pin=true];\n  edge [arrowsize=0.6];\n"
        func pos(_ x: Double, _ y: Double) -> String { "pos=\"\(Int(x.rounded())),\(Int(y.rounded()))!\"" }
        func point(_ id: String, _ x: Double, _ y: Double) -> String { "  \(id) [shape=point, width=0.01, style=invis, \(pos(x, y))];\n" }

        // Lanes: a name on the left, a thin line across.
        for l in usedLanes {
            let name = l == others ? "other actors" : DOTWriter.isolated(names[lanes[l]] ?? lanes[l], maxScalars: 28)
            out += "  lane\(l) [shape=plaintext, fontsize=10, label=\"\(name)\", \(pos(left - 70, centre(l)))];\n"
            out += point("l\(l)a", left, top[l]!) + point("l\(l)b", right, top[l]!)
            out += "  l\(l)a -> l\(l)b [arrowhead=none, color=\"#cfd8dc\"];\n"
        }
        // The axis on top: the dates of the events (those with room), breaks and "undated".
        let axisY = 22.0
        out += point("axa", left, axisY - 10) + point("axb", right, axisY - 10) + "  axa -> axb [arrowhead=none, color=\"#90a4ae\"];\n"
        var ticks: [Double: String] = [:]
        for p in placed { if let d = p.group.event.date, ticks[p.x] == nil { ticks[p.x] = d.value } }
        var lastLabel = -Double.infinity
        for (i, t) in ticks.sorted(by: { $0.key < $1.key }).enumerated() where t.key - lastLabel >= 80 {
            out += "  t\(i) [shape=plaintext, fontsize=9, fontcolor=\"#37474f\", label=\"\(DOTWriter.escape(t.value))\", \(pos(t.key, axisY))];\n"
            lastLabel = t.key
        }
        // A break: its length on the axis, a dashed line down the lanes.
        for (i, b) in axis.breaks.enumerated() {
            out += "  br\(i) [shape=plaintext, fontsize=9, fontcolor=\"#90a4ae\", label=\"≈ \(TimeAxis.span(days: b.days)) ≈\", \(pos(b.x, axisY))];\n"
            out += point("br\(i)a", b.x, axisY - 10) + point("br\(i)b", b.x, y)
            out += "  br\(i)a -> br\(i)b [arrowhead=none, style=dashed, color=\"#cfd8dc\"];\n"
        }
        if placed.contains(where: { $0.group.event.date == nil }) {
            out += "  tu [shape=plaintext, fontsize=9, fontcolor=\"#37474f\", label=\"undated\", \(pos(undatedX, axisY))];\n"
        }

        // Events, and an arrow from each to its targets' lanes.
        func name(_ id: String) -> String { DOTWriter.isolated(names[id] ?? id, maxScalars: 22) }
        for (i, p) in placed.enumerated() {
            let e = p.group.event
            let cooperation = e.type.cameo.isCooperation
            let who =
                (e.source.isEmpty ? "—" : e.source.map(name).joined(separator: " + ")) + " → "
                + (e.target.isEmpty ? "—" : e.target.map(name).joined(separator: " + "))
            let times = p.group.count > 1 ? " ×\(p.group.count)" : ""
            let what = DOTWriter.escape(e.type.code + " " + e.type.label, maxScalars: 30) + times
            out += "  e\(i) [shape=box, style=\"rounded,filled\", fixedsize=true, width=\(boxWidth / 72), height=\(boxHeight / 72), "
            out += "fillcolor=\"\(cooperation ? "#e8f5e9" : "#ffebee")\", color=\"\(cooperation ? "#66bb6a" : "#ef5350")\", "
            out += "label=\"\(what)\\n\(who)\", tooltip=\"\(DOTWriter.escape(e.date?.value ?? "undated"))\", \(pos(p.x, rowY(p.lane, p.row)))];\n"
            for t in Set(e.target.map { laneOf[$0] ?? others }).sorted() where t != p.lane {
                guard top[t] != nil else { continue }
                // (The arrow stops at the near edge of the target's lane; arrows of one column
                // are set a little apart so that they do not run into one another.)
                let ax = p.x + Double((p.lane * 3 + p.row) % 7 - 3) * 9
                out += point("e\(i)s\(t)", ax, rowY(p.lane, p.row) + (top[t]! < top[p.lane]! ? -1 : 1) * boxHeight / 2)
                out += point("e\(i)t\(t)", ax, top[t]! < top[p.lane]! ? top[t]! : top[t]! - height[t]!)
                out += "  e\(i)s\(t) -> e\(i)t\(t) [color=\"\(cooperation ? "#66bb6a" : "#ef5350")\"];\n"
            }
        }
        for (i, m) in more.enumerated() {
            out += "  more\(i) [shape=plaintext, fontcolor=\"#78909c\", label=\"+\(m.count) more\", \(pos(m.x, rowY(m.lane, m.row)))];\n"
        }
        if notDrawn > 0 {
            out += "  caption [shape=plaintext, fontsize=10, fontcolor=\"#546e7a\", "
            out += "label=\"\(notDrawn) more events do not fit: filter with --actor, --from, --to or --type\", \(pos(left + 200, y - 20))];\n"
        }
        out += "}\n"
        return out
    }

    /// The lanes in an order that keeps related actors near each other (shorter arrows): the
    /// busiest first, then each time the actor most linked to those placed, the last one most.
    static func ordered(_ actors: [String], _ groups: [Group]) -> [String] {
        var links: [String: [String: Int]] = [:]
        for g in groups {
            for a in g.event.source {
                for b in g.event.target where a != b {
                    links[a, default: [:]][b, default: 0] += g.count
                    links[b, default: [:]][a, default: 0] += g.count
                }
            }
        }
        var left = actors
        var out: [String] = []
        while !left.isEmpty {
            func score(_ a: String) -> Int { out.reduce(0) { $0 + (links[$1]?[a] ?? 0) } + (out.last.flatMap { links[$0]?[a] } ?? 0) }
            let next = left.indices.max { i, j in
                let (si, sj) = (score(left[i]), score(left[j]))
                return si != sj ? si < sj : i > j
            }!
            out.append(left.remove(at: next))
        }
        return out
    }

    /// Events of one date that say the same thing, drawn once (×N).
    struct Group {
        var event: Event
        var count: Int
    }

    static func grouped(_ entries: [Event]) -> [Group] {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for e in entries {
            let key = (e.date?.value ?? "undated") + "|" + e.type.code + "|" + e.source.joined(separator: ",") + ">" + e.target.joined(separator: ",")
            if let g = index[key] {
                groups[g].count += 1
            } else {
                index[key] = groups.count
                groups.append(Group(event: e, count: 1))
            }
        }
        return groups
    }
}

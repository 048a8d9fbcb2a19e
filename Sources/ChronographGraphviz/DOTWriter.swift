import ChronographCore

/// Writes an actor graph as DOT: synthetic node ids, names only in escaped labels, shapes by
/// actor type, edge colour by cooperation (green) or conflict (red), width by event count.
public enum DOTWriter {
    /// `splines: false` draws straight edges: routing curved edges around nodes costs minutes on
    /// a force-directed layout of a thousand nodes, and straight ones cost nothing. `overlap`
    /// says how overlapping nodes are moved apart: `false` (Graphviz's prism) for small graphs,
    /// `scale` for large ones, where prism took 22 s at 5,000 nodes and scale 4.6 s.
    /// A `caption` is set under the picture (what a cut graph leaves out); `groups` puts actors
    /// in named clusters (actor id → group id, `groupNames` for their labels).
    public static func dot(
        _ graph: ActorGraph, title: String = "chronograph", splines: Bool = true, overlap: String = "false", caption: String = "",
        groups: [String: String] = [:], groupNames: [String: String] = [:]
    ) -> String {
        var out = "digraph \"\(escape(title))\" {\n"
        out += "  graph [charset=\"UTF-8\", overlap=\(overlap), splines=\(splines), fontname=\"DejaVu Sans\", outputorder=edgesfirst];\n"
        // (Graphviz 2.42's dot frees twice on some graphs with clusters and edge labels, which
        // it lays out as nodes: with clusters, edge labels are placed after layout, `xlabel`,
        // and ranks are computed once for the whole graph, `newrank`.)
        let clustered = !groups.isEmpty
        if clustered { out += "  graph [newrank=true];\n" }
        if !caption.isEmpty { out += "  graph [label=\"\(escape(caption, maxScalars: 400))\", labelloc=b, fontsize=10, fontcolor=\"#546e7a\"];\n" }
        out += "  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled, fillcolor=\"#f5f5f5\"];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.7];\n"
        var ids: [String: String] = [:]
        var lines: [String: [String]] = [:]
        for (i, n) in graph.nodes.enumerated() {
            let id = "n\(i + 1)"
            ids[n.id] = id
            let line = "\(id) [label=\"\(isolated(n.name))\", shape=\(shape(n.type)), fillcolor=\"\(fill(n.type))\", tooltip=\"\(escape(n.type.rawValue))\"];\n"
            lines[groups[n.id] ?? "", default: []].append(line)
        }
        // Each group a cluster, named (people and bodies inside their country's box).
        for (k, (group, members)) in lines.filter({ !$0.key.isEmpty }).sorted(by: { $0.key < $1.key }).enumerated() {
            out +=
                "  subgraph cluster_\(k + 1) {\n    label=\"\(isolated(groupNames[group] ?? group))\"; labelloc=t; style=\"rounded,filled\"; fillcolor=\"#fafafa\"; color=\"#b0bec5\"; fontsize=12;\n"
            out += members.map { "    " + $0 }.joined() + "  }\n"
        }
        out += (lines[""] ?? []).map { "  " + $0 }.joined()
        let busy = graph.relations.count > 30
        for r in graph.relations {
            guard let a = ids[r.source], let b = ids[r.target] else { continue }
            let color = r.isConflict ? "#c62828" : r.goldsteinMean > 0 ? "#2e7d32" : "#757575"
            let width = min(1.0 + Double(r.count - 1) * 0.8, 6.0)
            var span = ""
            if let f = r.first { span = f.value }
            if let l = r.last, l != r.first { span += "–" + l.value }
            // (On a busy picture the dates would cover it: the count is the label, the dates
            // the tooltip.)
            let label = busy || span.isEmpty ? "\(r.count)" : "\(r.count) · \(span)"
            out += "  \(a) -> \(b) [color=\"\(color)\", penwidth=\(String(format: "%.1f", width)), \(clustered ? "xlabel" : "label")=\"\(escape(label))\", "
            out += "tooltip=\"\(escape("\(r.count) event(s) \(span)"))\", style=\(r.dominantQuad == 1 || r.dominantQuad == 3 ? "dashed" : "solid")];\n"
        }
        out += "}\n"
        return out
    }

    static func shape(_ t: ActorType) -> String {
        switch t {
        case .person: "ellipse"
        case .country: "box"
        case .organization: "hexagon"
        case .armedGroup: "octagon"
        case .place: "house"
        }
    }

    static func fill(_ t: ActorType) -> String {
        switch t {
        case .person: "#e3f2fd"
        case .country: "#fff3e0"
        case .organization: "#ede7f6"
        case .armedGroup: "#ffebee"
        case .place: "#e8f5e9"
        }
    }

    /// A text escaped for a label, in Unicode isolates when it has right-to-left letters (the
    /// text's own bidi controls are removed first, so only these stand).
    public static func isolated(_ s: String, maxScalars: Int = 200) -> String {
        let e = escape(s, maxScalars: maxScalars)
        return TimelineFormat.hasRightToLeft(e) ? "\u{2068}" + e + "\u{2069}" : e
    }

    /// Makes text from the wild safe inside a quoted DOT string: backslashes and quotes escaped,
    /// `&` as an entity, control and bidi-override characters dropped, length capped.
    public static func escape(_ s: String, maxScalars: Int = 200) -> String {
        var out = String.UnicodeScalarView()
        var n = 0
        for u in s.unicodeScalars {
            if n >= maxScalars {
                out.append("…")
                break
            }
            let v = u.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || (0x200B...0x200F).contains(v) || v == 0xFEFF || (0xD800...0xDFFF).contains(v) || v == 0xFFFE || v == 0xFFFF
            {
                if v == 0x0A || v == 0x09 { out.append(" ") }
                continue
            }
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: out.append(u)
            }
            n += 1
        }
        return String(out)
    }
}

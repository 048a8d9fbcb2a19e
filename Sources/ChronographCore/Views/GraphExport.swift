import Foundation

/// The actor graph as GEXF 1.3 (with the time span of each edge from its events' dates, so
/// Gephi can play the network over time), GraphML, or JSON.
public enum GraphExport {
    public static func gexf(_ graph: ActorGraph, events: [Event]) -> String {
        let byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
                <attributes class="node">
                  <attribute id="type" title="type" type="string"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="goldstein" title="goldstein mean" type="double"/>
                  <attribute id="quad" title="dominant quad class" type="integer"/>
                </attributes>
                <nodes>

            """
        for n in graph.nodes {
            out += "      <node id=\"\(XML.escape(n.id))\" label=\"\(XML.escape(n.name))\">"
            out += "<attvalues><attvalue for=\"type\" value=\"\(n.type.rawValue)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, r) in graph.relations.enumerated() {
            var span = ""
            let intervals = r.events.compactMap { byID[$0]?.date?.interval }
            if let first = intervals.map(\.first).min(), let last = intervals.map(\.last).max() {
                span = " start=\"\(CivilDate(dayNumber: first).iso)\" end=\"\(CivilDate(dayNumber: last).iso)\""
            }
            out += "      <edge id=\"r\(i + 1)\" source=\"\(XML.escape(r.source))\" target=\"\(XML.escape(r.target))\" weight=\"\(r.count)\"\(span)>"
            out += "<attvalues><attvalue for=\"goldstein\" value=\"\(String(format: "%.2f", r.goldsteinMean))\"/>"
            out += "<attvalue for=\"quad\" value=\"\(r.dominantQuad)\"/></attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    public static func graphml(_ graph: ActorGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="count" for="edge" attr.name="count" attr.type="int"/>
              <key id="goldstein" for="edge" attr.name="goldstein_mean" attr.type="double"/>
              <key id="quad" for="edge" attr.name="quad_class" attr.type="int"/>
              <graph id="chronograph" edgedefault="directed">

            """
        for n in graph.nodes {
            out += "    <node id=\"\(XML.escape(n.id))\"><data key=\"name\">\(XML.escape(n.name))</data><data key=\"type\">\(n.type.rawValue)</data></node>\n"
        }
        for r in graph.relations {
            out += "    <edge source=\"\(XML.escape(r.source))\" target=\"\(XML.escape(r.target))\"><data key=\"count\">\(r.count)</data>"
            out += "<data key=\"goldstein\">\(String(format: "%.2f", r.goldsteinMean))</data><data key=\"quad\">\(r.dominantQuad)</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    public static func json(_ graph: ActorGraph) throws -> Data {
        struct Shape: Encodable {
            var nodes: [Actor]
            var relations: [Relation]
        }
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try e.encode(
            Shape(
                nodes: graph.nodes.map {
                    var a = $0; a.mentions = []; return a
                }, relations: graph.relations))
    }
}

/// Escaping of text from the wild for XML and HTML: markup characters as entities, and the
/// characters XML 1.0 forbids (C0 controls, bidi overrides kept out too) dropped.
public enum XML {
    public static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            {
                continue
            }
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }
}

import ChronographCore
import Foundation

/// One self-contained HTML page (no network): the timeline, the actor graph as inline SVG, and
/// the events with their evidence. Everything from the text is escaped; Arabic evidence is set
/// right to left and right-aligned (`dir="rtl"`), the document id beside it isolated (`<bdi>`).
public enum Report {
    public static func html(_ extraction: Extraction, title: String = "Chronograph report") throws -> String {
        let timeline = Timeline(extraction)
        let graph = ActorGraph(extraction)
        var svg = ""
        if !graph.nodes.isEmpty {
            let data = try GraphRenderer.render(graph, format: "svg")
            svg = String(decoding: data, as: UTF8.self)
            if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        }
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func who(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.map { "<bdi>" + XML.escape(names[$0] ?? $0) + "</bdi>" }.joined(separator: " + ") }
        var rows = ""
        for e in timeline.entries {
            let colour = e.type.cameo.isCooperation ? "coop" : "conf"
            rows += "<tr class=\"\(colour)\"><td>\(XML.escape(e.date?.value ?? "undated"))</td><td>\(XML.escape(e.type.code))</td>"
            rows += "<td>\(XML.escape(e.type.label))</td><td dir=\"auto\">\(who(e.source))</td><td dir=\"auto\">\(who(e.target))</td>"
            rows += "<td dir=\"auto\">\(XML.escape(e.location ?? ""))</td><td dir=\"auto\" class=\"ev\">"
            rows += e.evidence.map { evidence in
                let dir = TimelineFormat.hasRightToLeft(evidence.sentence) ? "rtl" : "ltr"
                return "<p dir=\"\(dir)\"><bdi class=\"doc\">\(XML.escape(evidence.document))</bdi> \(XML.escape(evidence.sentence))</p>"
            }.joined()
            rows += "</td></tr>\n"
        }
        var docs = ""
        for d in extraction.documents {
            docs += "<li dir=\"auto\">\(XML.escape(d.id)) (\(XML.escape(d.lang))), published \(XML.escape(d.published ?? "unknown"))"
            docs += d.publishedInferred ? " <em>inferred from the text</em>" : ""
            docs += "</li>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>\(XML.escape(title))</title>
            <style>
            body { font-family: "DejaVu Sans", sans-serif; margin: 2em; color: #263238; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
            th, td { border-bottom: 1px solid #cfd8dc; padding: 4px 6px; vertical-align: top; text-align: start; }
            tr.coop td:nth-child(2) { color: #2e7d32; } tr.conf td:nth-child(2) { color: #c62828; }
            .ev p { margin: 0 0 4px 0; } .ev p[dir="rtl"] { text-align: right; } .doc { color: #78909c; font-size: 0.8em; }
            .graph svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>\(XML.escape(title))</h1>
            <ul>
            \(docs)</ul>
            <p>\(extraction.events.count) events, \(extraction.actors.count) actors, \(extraction.timexes.count) time expressions.</p>
            <h2>Actor graph</h2>
            <div class="graph">\(svg)</div>
            <h2>Timeline</h2>
            <table>
            <thead><tr><th>date</th><th>code</th><th>event</th><th>source</th><th>target</th><th>place</th><th>evidence</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }
}

import ChronographCore

/// The `--format table` view of an extraction.
enum TextFormat {
    static func table(_ e: Extraction) -> String {
        var out = ""
        for d in e.documents { out += "document \(d.id)  lang \(d.lang)  published \(d.published ?? "unknown")\(d.publishedInferred ? " (inferred)" : "")\n" }
        out += "\ntimexes\n"
        for t in e.timexes { out += "  \(t.start)-\(t.end)\t\(t.type.rawValue)\t\(t.value)\t" + TimelineFormat.isolate(t.text) + "\n" }
        out += "\nactors\n"
        for a in e.actors { out += "  \(a.id)\t\(a.type.rawValue)\t\(a.mentions.count) mention(s)\t\(a.name)\n" }
        out += "\nevents\n"
        out += TimelineFormat.text(Timeline(e), in: e)
        return out
    }
}

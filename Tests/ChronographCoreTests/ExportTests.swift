import Foundation
import Testing

@testable import ChronographCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Counts elements by name while parsing, and says whether the XML is well formed.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var root: String?
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if root == nil { root = name }
        counts[name, default: 0] += 1
    }
    static func count(_ xml: String) -> (ok: Bool, root: String?, counts: [String: Int]) {
        let c = ElementCounter()
        let p = XMLParser(data: Data(xml.utf8))
        p.delegate = c
        let ok = p.parse()
        return (ok, c.root, c.counts)
    }
}

@Suite struct ExportTests {
    var hostile: Extraction {
        var e = sample
        e.actors[0].name = "<script>alert(\"x\")</script> & \u{202E}"
        return e
    }

    @Test func gexfIsGEXFWithTheGraphsCountsAndTimeSpans() {
        let g = ActorGraph(hostile)
        let xml = GraphExport.gexf(g, events: hostile.events)
        let r = ElementCounter.count(xml)
        #expect(r.ok)
        #expect(r.root == "gexf")
        #expect(r.counts["node"] == g.nodes.count)
        #expect(r.counts["edge"] == g.relations.count)
        #expect(xml.contains("start=\"2018-09-17\""))
        #expect(!xml.contains("<script>"))
    }

    @Test func graphmlIsGraphMLWithTheGraphsCounts() {
        let g = ActorGraph(hostile)
        let r = ElementCounter.count(GraphExport.graphml(g))
        #expect(r.ok)
        #expect(r.root == "graphml")
        #expect(r.counts["node"] == g.nodes.count)
        #expect(r.counts["edge"] == g.relations.count)
    }

    @Test func timelineJSHasItsRequiredFieldsAndPartialDates() throws {
        let data = try TimelineExport.timelineJS(Timeline(hostile), in: hostile)
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(doc["events"] as? [[String: Any]])
        #expect(events.count == 4)  // the undated event has no place on a TimelineJS axis
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] != nil)
            #expect((e["text"] as? [String: Any])?["headline"] != nil)
        }
        let year = try #require(events.first { ($0["unique_id"] as? String) == "e2" }?["start_date"] as? [String: Any])
        #expect(year["month"] == nil)
        #expect(!String(decoding: data, as: UTF8.self).contains("<script>"))
    }
}

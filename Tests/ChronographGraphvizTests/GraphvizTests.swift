import ChronographCore
import Foundation
import Testing

@testable import ChronographGraphviz

#if canImport(FoundationXML)
    import FoundationXML
#endif

func wellFormedXML(_ data: Data) -> Bool {
    let parser = XMLParser(data: data)
    return parser.parse()
}

func graph(names: [String], types: [ActorType] = []) -> ActorGraph {
    let actors = names.enumerated().map { i, n in Actor(id: "a\(i)", name: n, type: types.isEmpty ? .country : types[i % types.count]) }
    var events: [Event] = []
    for i in 1..<max(names.count, 1) {
        events.append(
            Event(
                id: "e\(i)", date: TimeValue("2020"), type: EventType(code: i % 2 == 0 ? "190" : "043", label: "x"),
                goldstein: i % 2 == 0 ? -10 : 2.8, source: ["a0"], target: ["a\(i)"], evidence: []))
    }
    return ActorGraph(Extraction(actors: actors, events: events))
}

@Suite(.serialized) struct GraphvizTests {
    static let hostile = [
        "\"quoted\"", "back\\slash \\N \\G", "a & b", "<script>alert(1)</script>", "javascript:alert(1)",
        "ctl\u{1}\u{7}char", "rtl\u{202E}override", "روسيا", "zero\u{200B}width", String(repeating: "long", count: 5000),
    ]

    @Test func escapingNeutralizesDOTSyntaxAndMarkup() {
        #expect(DOTWriter.escape("say \"hi\"") == "say \\\"hi\\\"")
        #expect(DOTWriter.escape("\\N") == "\\\\N")
        #expect(DOTWriter.escape("a & b") == "a &amp; b")
        #expect(DOTWriter.escape("<b>") == "&lt;b&gt;")
        #expect(DOTWriter.escape("x\u{1}\u{202E}y") == "xy")
        #expect(DOTWriter.escape(String(repeating: "x", count: 1000)).unicodeScalars.count == 201)
    }

    @Test func hostileNamesRenderAsInertWellFormedSVG() throws {
        let g = graph(names: GraphvizTests.hostile, types: ActorType.allCases)
        let svg = try GraphRenderer.render(g, format: "svg")
        #expect(wellFormedXML(svg))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(text.contains("روسيا"))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("xlink:href=\"javascript"))
    }

    @Test func shapesFollowActorTypes() {
        let dot = DOTWriter.dot(graph(names: ["A", "B", "C", "D"], types: [.person, .country, .organization, .armedGroup]))
        #expect(dot.contains("shape=ellipse"))
        #expect(dot.contains("shape=box"))
        #expect(dot.contains("shape=hexagon"))
        #expect(dot.contains("shape=octagon"))
        #expect(dot.contains("color=\"#c62828\""))  // conflict edge
        #expect(dot.contains("color=\"#2e7d32\""))  // cooperation edge
    }

    @Test func theEngineIsChosenBySize() {
        #expect(LayoutEngine.automatic(nodes: 10, edges: 12) == .dot)
        #expect(LayoutEngine.automatic(nodes: 1000, edges: 3000) == .sfdp)
    }

    @Test func largeForceDirectedLayoutsScaleRatherThanRouteAroundOverlaps() {
        let small = GraphRenderer.dot(graph(names: ["A", "B", "C"]), for: .dot)
        #expect(small.contains("overlap=false, splines=true"))
        let large = GraphRenderer.dot(graph(names: (0..<1000).map { "actor \($0)" }), for: .sfdp)
        #expect(large.contains("overlap=scale, splines=false"))
    }

    @Test func aThousandActorGraphRendersWithTheAutomaticEngine() throws {
        let g = graph(names: (0..<1000).map { "actor \($0)" })
        let svg = try GraphRenderer.render(g, format: "svg")
        #expect(wellFormedXML(svg))
        #expect(String(decoding: svg, as: UTF8.self).components(separatedBy: "class=\"node\"").count - 1 == 1000)
    }

    @Test func brokenDOTIsAnErrorNotACrash() {
        #expect(throws: RenderError.self) { try GraphRenderer.render(dot: "digraph { a -> ", format: "svg", engine: .dot) }
    }
}

@Suite(.serialized) struct ReportTests {
    @Test func theReportIsOnePageWithEscapedTextAndInlineSVG() throws {
        let actors = [Actor(id: "a", name: "<script>alert(1)</script>", type: .country), Actor(id: "b", name: "روسيا", type: .country)]
        let events = [
            Event(
                id: "e1", date: TimeValue("2021-10-22"), type: EventType(code: "040", label: "Consult"), goldstein: 1, source: ["a"], target: ["b"],
                evidence: [Evidence(document: "d", sentence: "التقى <b>الوفد</b> & \"x\"", start: 0, end: 10)])
        ]
        let html = try Report.html(Extraction(actors: actors, events: events))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>الوفد"))
        #expect(html.contains("&lt;b&gt;الوفد"))
        #expect(html.contains("<svg"))
        #expect(html.contains("dir=\"auto\""))
        // Self-contained: nothing is fetched from the network.
        #expect(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("<script"))
    }

    @Test func theTimelineRendersAsSVGInDateOrder() throws {
        let e = Extraction(
            actors: [Actor(id: "a", name: "A", type: .country), Actor(id: "b", name: "B", type: .country)],
            events: [
                Event(
                    id: "e1", date: TimeValue("2021"), type: EventType(code: "190", label: "Fight"), goldstein: -10, source: ["a"], target: ["b"], evidence: []),
                Event(
                    id: "e2", date: TimeValue("2019-05"), type: EventType(code: "040", label: "Meet"), goldstein: 1, source: ["b"], target: ["a"], evidence: []),
            ])
        let dot = TimelineDOT.dot(Timeline(e), in: e)
        #expect(dot.range(of: "2019-05")!.lowerBound < dot.range(of: "\"2021\"")!.lowerBound)
        let svg = try GraphRenderer.render(dot: dot, format: "svg", engine: .neato)
        #expect(wellFormedXML(svg))
    }
}

import Foundation
import Testing

/// A corpus graph that can be read: the most connected actors only (the rest in the caption),
/// light relations dropped, the engine chosen by density as well as size.
@Suite struct GraphReadabilityTests {
    /// Extraction JSON: a hub with `spokes` neighbours (three events each), `pairs` pairs of
    /// actors linked by one event, and a clique of `clique` actors linked by one event each.
    static func corpus(spokes: Int, pairs: Int, clique: Int = 0) throws -> String {
        var actors = [#"{"id": "hub", "name": "Hub", "type": "country", "aliases": []}"#]
        var events: [String] = []
        func event(_ s: String, _ t: String) {
            events.append(
                #"{"id": "e\#(events.count)", "date": {"value": "2020-01-0\#(events.count % 9 + 1)", "granularity": "day"}, "type": {"code": "042", "root": "04", "label": "Make a visit"}, "goldstein": 1.9, "source": ["\#(s)"], "target": ["\#(t)"], "evidence": []}"#
            )
        }
        for i in 0..<spokes {
            actors.append(#"{"id": "s\#(i)", "name": "Spoke \#(i)", "type": "country", "aliases": []}"#)
            for _ in 0..<3 { event("hub", "s\(i)") }
        }
        for i in 0..<pairs {
            actors.append(#"{"id": "p\#(i)a", "name": "Pa \#(i)", "type": "person", "aliases": []}"#)
            actors.append(#"{"id": "p\#(i)b", "name": "Pb \#(i)", "type": "person", "aliases": []}"#)
            event("p\(i)a", "p\(i)b")
        }
        for i in 0..<clique {
            actors.append(#"{"id": "c\#(i)", "name": "Clique \#(i)", "type": "organization", "aliases": []}"#)
            for j in 0..<i { event("c\(i)", "c\(j)") }
        }
        let json = #"{"documents": [], "timexes": [], "actors": [\#(actors.joined(separator: ","))], "events": [\#(events.joined(separator: ","))]}"#
        return try CLI.temp("graph-\(spokes)-\(pairs)-\(clique).json", Data(json.utf8))
    }

    static func nodes(_ dot: String) -> Int {
        dot.split(separator: "\n").filter { $0.range(of: #"^  n\d+ \["#, options: .regularExpression) != nil }.count
    }

    @Test func aLargeGraphDrawsTheMostConnectedActorsAndSaysWhatItLeavesOut() throws {
        let input = try Self.corpus(spokes: 60, pairs: 40)
        let r = try CLI.run(["graph", "render", "--dot", input])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.nodes(r.stdout) <= 50)
        #expect(r.stdout.contains("Hub"))
        #expect(!r.stdout.contains("Pa 1\""))
        #expect(r.stdout.contains("most connected of 141 actors"))
        #expect(r.stdout.contains("--all draws them"))
        let all = try CLI.run(["graph", "render", "--dot", "--all", input])
        #expect(Self.nodes(all.stdout) == 141)
        #expect(!all.stdout.contains("most connected"))
    }

    @Test func lightRelationsAreDroppedWhenTheyWouldCrowdThePicture() throws {
        // A clique of 12 linked by single events (66 relations) beside a hub of 10 spokes with 3
        // events each: the picture keeps the hub's relations and drops the single events.
        let r = try CLI.run(["graph", "render", "--dot", try Self.corpus(spokes: 10, pairs: 0, clique: 12)])
        #expect(r.stdout.contains("relations of 2+ events"))
        #expect(!r.stdout.contains("label=\"1\""))
        #expect(Self.nodes(r.stdout) == 11)
    }

    @Test func aHubIsNotLaidOutByDot() throws {
        // Forty neighbours of one actor under dot are a row of long curved edges.
        let star = try CLI.run(["graph", "render", "--dot", try Self.corpus(spokes: 40, pairs: 0)])
        #expect(star.stdout.contains("splines=false"))
        let small = try CLI.run(["graph", "render", "--dot", try Self.corpus(spokes: 4, pairs: 2)])
        #expect(small.stdout.contains("splines=true"))
    }

    @Test func peopleAndBodiesAreDrawnInsideTheirCountry() throws {
        let r = try CLI.run(["graph", "render", "--group-by", "country", "--dot", CLI.seeds])
        #expect(r.status == 0, "\(r.stderr)")
        // The cluster of each country holds the country and those affiliated to it on the date.
        let clusters = r.stdout.components(separatedBy: "subgraph cluster_").dropFirst().map { $0.components(separatedBy: "  }")[0] }
        let russia = try #require(clusters.first { $0.contains("label=\"Russia\";") })
        #expect(russia.contains("label=\"Vladimir Putin\"") && russia.contains("label=\"Russia\", shape=box"))
        let israel = try #require(clusters.first { $0.contains("label=\"Israel\";") })
        #expect(israel.contains("label=\"Naftali Bennett\""))
        #expect(!israel.contains("Vladimir Putin"))
        // (Into a temporary file: an atomic write as root used to rename a file over /dev/null.)
        let pngFile = FileManager.default.temporaryDirectory.appendingPathComponent("group-by-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: pngFile) }
        let png = try CLI.run(["graph", "render", "--group-by", "country", "--png", "-o", pngFile, CLI.seeds])
        #expect(png.status == 0)
        #expect(FileManager.default.fileExists(atPath: pngFile))
        let bad = try CLI.run(["graph", "render", "--group-by", "continent", CLI.seeds])
        #expect(bad.status == 64)
    }

    @Test func clustersWithLabelledEdgesDoNotCrashGraphviz() throws {
        // (39 actors in 18 countries and 90 labelled relations, from the pool's graph: Graphviz
        // 2.42's dot freed memory twice on it when edge labels were laid out as nodes.)
        let input = CLI.root.appendingPathComponent("Tests/Fixtures/clusters-edge-labels.json").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("clusters-\(UUID().uuidString).png").path
        let r = try CLI.run(["graph", "render", "--group-by", "country", "--png", "-o", out, input])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

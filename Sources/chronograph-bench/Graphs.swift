import ChronographCore
import ChronographGraphviz
import Foundation

/// A random actor graph of `n` nodes and about `2n` events, the same for every run.
func randomGraph(nodes n: Int) -> ActorGraph {
    var rng = LCG(state: UInt64(n))
    let actors = (0..<n).map { Actor(id: "a\($0)", name: "Actor \($0)", type: ActorType.allCases[$0 % 4]) }
    var events: [Event] = []
    for i in 0..<(n * 2) {
        let s = rng.next() % n
        let t = rng.next() % n
        guard s != t else { continue }
        events.append(
            Event(
                id: "e\(i)", date: TimeValue("2020"), type: EventType(code: i % 3 == 0 ? "190" : "040", label: ""),
                goldstein: i % 3 == 0 ? -10 : 1, source: ["a\(s)"], target: ["a\(t)"], evidence: []))
    }
    return ActorGraph(Extraction(actors: actors, events: events))
}

/// Layout and SVG render through libgvc in process with the automatic engine, and, when
/// Graphviz's programs are installed, the same engine as a program on the same DOT text.
func reportGraphs(sizes: [Int]) throws {
    print("\ngraph layout and SVG render (libgvc in process, automatic engine; the Graphviz program on the same DOT):")
    let hasPrograms = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
    for n in sizes {
        let graph = randomGraph(nodes: n)
        let engine = LayoutEngine.automatic(nodes: graph.nodes.count, edges: graph.relations.count)
        var bytes = 0
        let inProcess = try seconds { bytes = try GraphRenderer.render(graph, format: "svg").count }
        var line =
            String(format: "  %5d nodes %6d edges  ", graph.nodes.count, graph.relations.count) + padded(engine.rawValue, 5)
            + String(format: " %7.2f s  %8d bytes", inProcess, bytes)
        if hasPrograms {
            let dotFile = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-bench-\(n).dot")
            try GraphRenderer.dot(graph, for: engine).write(to: dotFile, atomically: true, encoding: .utf8)
            if let (t, status, _) = run(["dot", "-K\(engine.rawValue)", "-Tsvg", "-o", "/dev/null", dotFile.path]), status == 0 {
                line += String(format: "   %@ program %.2f s (ratio %.2f)", engine.rawValue, t, t / inProcess)
            }
        }
        print(line)
    }
}

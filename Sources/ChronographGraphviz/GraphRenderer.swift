import CGraphviz
import ChronographCore
import Foundation

/// Errors of layout and rendering, with what Graphviz said.
public enum RenderError: Error, CustomStringConvertible, Sendable {
    case parse(String)
    case layout(String)
    case render(String)
    case tooLarge(nodes: Int, edges: Int)

    public var description: String {
        switch self {
        case .parse(let m): "Graphviz could not read the graph: \(m)"
        case .layout(let m): "Graphviz layout failed: \(m)"
        case .render(let m): "Graphviz rendering failed: \(m)"
        case .tooLarge(let n, let e): "graph too large to lay out (\(n) nodes, \(e) edges); filter it first"
        }
    }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, sfdp, circo, fdp, twopi

    /// By size and density: `dot` for small sparse graphs without a hub (a hub of forty
    /// neighbours under dot is a row of long curved edges), `neato` for the rest up to 100
    /// actors, `sfdp` for larger networks (dot is quadratic or worse on dense graphs, and neato
    /// takes seconds above a hundred nodes; measured by chronograph-bench).
    public static func automatic(nodes: Int, edges: Int, maxDegree: Int = 0) -> LayoutEngine {
        if nodes <= 40 && edges <= 60 && maxDegree <= 8 { return .dot }
        return nodes <= 100 ? .neato : .sfdp
    }

    /// The engine for a graph, by its size and density; a graph drawn in clusters needs an
    /// engine that draws them (`dot`, or `fdp` above 60 actors).
    public static func automatic(for graph: ActorGraph, clustered: Bool = false) -> LayoutEngine {
        if clustered { return graph.nodes.count <= 60 ? .dot : .fdp }
        return automatic(nodes: graph.nodes.count, edges: graph.relations.count, maxDegree: graph.maxDegree)
    }
}

/// Lays out and renders DOT in process through libgvc. Graphviz is not thread-safe: every call
/// goes through one process-wide lock and one reused context.
public enum GraphRenderer {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var context: OpaquePointer? = nil
    public static let maxNodes = 20_000
    public static let maxEdges = 100_000

    /// Renders DOT text to a format (`svg`, `png`, `pdf`, `dot`…) with a layout engine.
    public static func render(dot: String, format: String, engine: LayoutEngine) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            agseterr(AGMAX)
            context = gvContext()
        }
        guard let gvc = context else { throw RenderError.layout("no Graphviz context") }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.parse(lastError())
        }
        defer { agclose(graph) }
        guard engine.rawValue.withCString({ gvLayout(gvc, graph, $0) }) == 0 else { throw RenderError.layout(lastError()) }
        defer { gvFreeLayout(gvc, graph) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard format.withCString({ gvRenderData(gvc, graph, $0, &buffer, &length) }) == 0, let bytes = buffer else {
            throw RenderError.render(lastError())
        }
        defer { gvFreeRenderData(bytes) }
        return Data(bytes: bytes, count: Int(length))
    }

    /// Renders an actor graph, choosing the engine by size unless one is given.
    public static func render(
        _ graph: ActorGraph, format: String, engine: LayoutEngine? = nil, caption: String = "", groups: [String: String] = [:],
        groupNames: [String: String] = [:]
    ) throws -> Data {
        guard graph.nodes.count <= maxNodes, graph.relations.count <= maxEdges else {
            throw RenderError.tooLarge(nodes: graph.nodes.count, edges: graph.relations.count)
        }
        let chosen = engine ?? .automatic(for: graph, clustered: !groups.isEmpty)
        return try render(dot: dot(graph, for: chosen, caption: caption, groups: groups, groupNames: groupNames), format: format, engine: chosen)
    }

    /// The DOT an engine lays out best: curved edges and prism overlap removal for `dot`,
    /// straight edges and overlap removal by scaling for the force-directed engines on large
    /// graphs (both cost seconds to minutes there).
    public static func dot(
        _ graph: ActorGraph, for engine: LayoutEngine, caption: String = "", groups: [String: String] = [:], groupNames: [String: String] = [:]
    ) -> String {
        let large = graph.nodes.count > 200
        return DOTWriter.dot(
            graph, splines: engine == .dot, overlap: large && engine != .dot ? "scale" : "false", caption: caption, groups: groups, groupNames: groupNames)
    }

    private static func lastError() -> String {
        guard let p = aglasterr() else { return "unknown error" }
        return String(cString: p).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

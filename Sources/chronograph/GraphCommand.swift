import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographGraphviz
import Foundation

/// `chronograph graph`: render the actor graph, or ask it questions.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Actor graph views.", subcommands: [Render.self, Query.self, SeriesCommand.self, Export.self])

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render the actor graph through Graphviz (in process).")

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var graphOptions: GraphOptions
        @Flag(help: "SVG output (default).") var svg = false
        @Flag(help: "DOT source.") var dot = false
        @Flag(help: "PNG image.") var png = false
        @Flag(help: "PDF document.") var pdf = false
        @Option(help: "Layout engine: dot, neato, sfdp, circo, fdp, twopi (default: chosen by size and density).") var layout: String?
        @Option(help: "Draw the most connected actors only, this many (the rest summarized in the caption).") var maxActors: Int = 50
        @Flag(help: "Draw every actor and relation, however many.") var all = false
        @Option(help: "Draw people and bodies inside their country's cluster: country.") var groupBy: Grouping?

        enum Grouping: String, ExpressibleByArgument, CaseIterable { case country }
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func validate() throws {
            if [svg, dot, png, pdf].filter({ $0 }).count > 1 { throw ValidationError("choose one of --svg, --dot, --png, --pdf") }
            if let l = layout, LayoutEngine(rawValue: l) == nil { throw ValidationError("unknown layout '\(l)'") }
            if (png || pdf) && output == nil && isatty(1) == 1 { throw ValidationError("binary output: give -o FILE or redirect stdout") }
        }

        func run() throws {
            let resources = try input.resources()
            let e = try filters.extraction(input, resources: resources, neighbourhood: graphOptions.depth != nil)
            let resolver = ActorResolver(extraction: e, dictionary: resources.actors)
            let whole = try graphOptions.graph(e, filters, resolver)
            let (graph, cut) = all ? (whole, .none) : whole.readable(maxActors: maxActors)
            let groups = groupBy == .country ? resolver.countries(of: graph) : [:]
            let groupNames = Dictionary(groups.values.map { ($0, resolver.name(of: $0)) }, uniquingKeysWith: { a, _ in a })
            let engine = layout.flatMap(LayoutEngine.init(rawValue:)) ?? .automatic(for: graph, clustered: groupBy != nil)
            if dot {
                // (the DOT the chosen engine would lay out: `dot -Ksfdp` on it gives the same picture)
                try Console.write(GraphRenderer.dot(graph, for: engine, caption: cut.caption, groups: groups, groupNames: groupNames), to: output)
                return
            }
            let format = png ? "png" : pdf ? "pdf" : "svg"
            try Console.write(
                try GraphRenderer.render(graph, format: format, engine: engine, caption: cut.caption, groups: groups, groupNames: groupNames), to: output)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the actor graph for Gephi and other tools: GEXF 1.3, GraphML or JSON.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case gexf, graphml, json }

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var graphOptions: GraphOptions
        @Option(help: "gexf (with edge time spans), graphml or json.") var format: Format = .gexf
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func run() throws {
            let resources = try input.resources()
            let e = try filters.extraction(input, resources: resources, neighbourhood: graphOptions.depth != nil)
            let graph = try graphOptions.graph(e, filters, ActorResolver(extraction: e, dictionary: resources.actors))
            switch format {
            case .gexf: try Console.write(GraphExport.gexf(graph, events: e.events), to: output)
            case .graphml: try Console.write(GraphExport.graphml(graph), to: output)
            case .json: try Console.write(try GraphExport.json(graph) + Data("\n".utf8), to: output)
            }
        }
    }

    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask the graph: neighbors A | between A B | path A B | actors | relations.",
            discussion: "Actor names may be given in any language or alias: `between روسيا Israel`.")

        enum Kind: String, ExpressibleByArgument, CaseIterable { case neighbors, between, path, actors, relations }

        @Argument(help: "neighbors, between, path, actors or relations.") var kind: Kind
        @Argument(help: "Actor names, then the articles (use -- before files when ambiguous).") var words: [String] = []
        @OptionGroup var article: ArticleOptions
        @Option(help: "Read the corpus from this store (a SQLite file or a postgres:// URL).") var store: String?
        @OptionGroup var reader: ReaderOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Output format: text or json.") var format: String = "text"

        func run() throws {
            let needed = kind == .between || kind == .path ? 2 : kind == .neighbors ? 1 : 0
            guard words.count >= needed else { throw ValidationError("\(kind.rawValue) needs \(needed) actor name(s)") }
            let names = Array(words.prefix(needed))
            var input = ExtractionRequest(
                files: Array(words.dropFirst(needed)), published: article.published, lang: article.lang, dictionary: article.dictionary, store: store,
                statements: article.statements, model: reader.model, rulesOnly: reader.rulesOnly)
            input.filters = kind == .path || kind == .neighbors ? nil : filters
            input.involving = kind == .between ? names : []
            let resources = try input.resources()
            let e = try input.extraction(resources: resources)
            let resolver = ActorResolver(extraction: e, dictionary: resources.actors)
            let ids = try names.map { try resolver.id($0) }
            let q = GraphQuery(e, filter: try filters.filter(resolver))
            let text = try QueryFormat.render(kind.rawValue, ids: ids, query: q, json: format == "json")
            try Console.write(text, to: nil)
        }
    }
}

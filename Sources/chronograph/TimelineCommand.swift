import ArgumentParser
import ChronographCore
import ChronographGraphviz
import Foundation

/// `chronograph timeline print`: events in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "Timeline views.", subcommands: [Print.self, Export.self, Render.self], defaultSubcommand: Print.self)

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the timeline: TimelineJS 3 JSON, CSV (GDELT-like columns) or JSON lines.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case timelinejs, csv, jsonl }

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "timelinejs, csv or jsonl.") var format: Format = .timelinejs
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func run() throws {
            let (e, timeline) = try filters.timeline(input)
            switch format {
            case .timelinejs: try Console.write(try TimelineExport.timelineJS(timeline, in: e) + Data("\n".utf8), to: output)
            case .csv: try Console.write(TimelineFormat.csv(timeline, in: e), to: output)
            case .jsonl: try Console.write(try TimelineExport.jsonLines(timeline), to: output)
            }
        }
    }

    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Draw the timeline: time left to right in proportion (long gaps cut), a lane per main actor, each event on its source's lane pointing to its targets."
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @Flag(help: "SVG output (default).") var svg = false
        @Flag(help: "PNG image.") var png = false
        @Flag(help: "DOT source.") var dot = false
        @Option(help: "How many actors get a lane.") var lanes: Int = 8
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func run() throws {
            let (e, timeline) = try filters.timeline(input)
            let source = TimelineDOT.dot(timeline, in: e, maxActors: lanes)
            if dot {
                try Console.write(source, to: output)
                return
            }
            try Console.write(try GraphRenderer.render(dot: source, format: png ? "png" : "svg", engine: .neato), to: output)
        }
    }

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the events in date order, coarse dates after the finer dates they contain.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Output format: text, json or csv.") var format: Format = .text
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func run() throws {
            let (e, timeline) = try filters.timeline(input)
            switch format {
            case .text:
                var header = ""
                let shown = Set(timeline.entries.flatMap { $0.evidence.map(\.document) })
                for d in e.documents where shown.contains(d.id) {
                    header += "# \(d.id) (\(d.lang)) published \(d.published ?? "unknown")\(d.publishedInferred ? " (inferred from the text)" : "")\n"
                }
                try Console.write(header + TimelineFormat.text(timeline, in: e), to: output)
            case .csv: try Console.write(TimelineFormat.csv(timeline, in: e), to: output)
            case .json: try Console.write(try TimelineFormat.json(timeline, in: e) + Data("\n".utf8), to: output)
            }
        }
    }
}

import ArgumentParser
import ChronographCore
import Foundation

/// `chronograph timeline print`: events in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "Timeline views.", subcommands: [Print.self], defaultSubcommand: Print.self)

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the events in date order, coarse dates after the finer dates they contain.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

        @OptionGroup var input: InputOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Output format: text, json or csv.") var format: Format = .text
        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

        func run() throws {
            let resources = try input.resources()
            let e = try input.extraction(resources: resources)
            let timeline = Timeline(e, filter: try filters.filter(ActorResolver(extraction: e, resources: resources)))
            switch format {
            case .text:
                var header = ""
                for d in e.documents {
                    header += "# \(d.id) (\(d.lang)) published \(d.published ?? "unknown")\(d.publishedInferred ? " (inferred from the text)" : "")\n"
                }
                try Console.write(header + TimelineFormat.text(timeline, in: e), to: output)
            case .csv: try Console.write(TimelineFormat.csv(timeline, in: e), to: output)
            case .json: try Console.write(try TimelineFormat.json(timeline, in: e) + Data("\n".utf8), to: output)
            }
        }
    }
}

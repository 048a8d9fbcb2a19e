import ArgumentParser
import ChronographCore
import Foundation

/// `chronograph extract`: the Extraction JSON of DESIGN.md, or a readable table.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract timexes, actors and events as JSON, JSON lines or a table.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, table }

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: json, jsonl (one object per article) or table.") var format: Format = .json
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

    func run() throws {
        let resources = try input.resources()
        switch format {
        case .json:
            let e = try input.extraction(resources: resources)
            try Console.write(try e.jsonData() + Data("\n".utf8), to: output)
        case .jsonl:
            var out = Data()
            for e in try input.perArticle(resources: resources) { out += try e.jsonData(pretty: false) + Data("\n".utf8) }
            try Console.write(out, to: output)
        case .table:
            let e = try input.extraction(resources: resources)
            try Console.write(TextFormat.table(e), to: output)
        }
    }
}

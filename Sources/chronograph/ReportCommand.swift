import ArgumentParser
import ChronographCore
import ChronographGraphviz
import Foundation

/// `chronograph report`: one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write one self-contained HTML page: timeline, actor graph (inline SVG) and events with evidence.")

    @OptionGroup var input: InputOptions
    @Option(help: "The page title.") var title: String = "Chronograph report"
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?

    func run() throws {
        let e = try input.extraction(resources: try input.resources())
        try Console.write(try Report.html(e, title: title), to: output)
    }
}

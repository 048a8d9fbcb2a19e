import ArgumentParser

/// The command line: extraction, timeline and graph views over articles or Extraction JSON.
struct Chronograph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronograph",
        abstract: "Timelines of dated events and actor graphs from Arabic and English news.",
        version: "0.1.0",
        subcommands: [
            Extract.self, TimelineCommand.self, GraphCommand.self, ActorsCommand.self, IngestCommand.self, ServeCommand.self, ReportCommand.self,
            EvalCommand.self,
            TrainCommand.self,
        ]
    )
}

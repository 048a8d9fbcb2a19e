import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographGraphviz

/// `chronograph graph series A B`: the relation between two actors over time.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "The relation between two actors over time: events, cooperation, conflict and the mean Goldstein value per period.",
        discussion:
            "A table, or with --svg a chart. Names in any language or alias; each stands for the people and bodies affiliated to it on each event's date unless --exact."
    )

    @Argument(help: "Two actor names, then the articles (use -- before files when ambiguous).") var words: [String] = []
    @Option(help: "The length of a period: month or year.") var by: DyadSeries.Period = .month
    @Flag(help: "An SVG chart instead of the table.") var svg = false
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?
    @OptionGroup var article: ArticleOptions
    @Option(help: "Read the corpus from this SQLite store.") var store: String?
    @OptionGroup var reader: ReaderOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        guard words.count >= 2 else { throw ValidationError("series needs two actor names") }
        let input = ExtractionRequest(
            files: Array(words.dropFirst(2)), published: article.published, lang: article.lang, dictionary: article.dictionary, store: store,
            statements: article.statements, model: reader.model, rulesOnly: reader.rulesOnly)
        let resources = try input.resources()
        let e = try input.extraction(resources: resources)
        let resolver = ActorResolver(extraction: e, dictionary: resources.actors)
        let (a, b) = (try resolver.id(words[0]), try resolver.id(words[1]))
        let series = DyadSeries(GraphQuery(e, filter: try filters.filter(resolver)), a, b, by: by)
        if svg {
            let names = Dictionary(e.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
            let title = "\(TimelineFormat.isolate(names[a] ?? a)) — \(TimelineFormat.isolate(names[b] ?? b)), by \(by.rawValue)"
            try Console.write(SeriesChart.svg(series, title: title), to: output)
        } else {
            try Console.write(series.table(), to: output)
        }
    }
}

extension DyadSeries.Period: ExpressibleByArgument {}

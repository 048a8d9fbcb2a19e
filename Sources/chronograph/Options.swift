import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographStore
import Foundation

/// Inputs and extraction options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles (.txt, .json, .jsonl), directories, Extraction JSON, or - for stdin.")
    var files: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for articles that do not give one.")
    var published: String?

    @Option(help: "Language (ar or en) for articles that do not give one; detected otherwise.")
    var lang: String?

    @Option(help: "An extra actor dictionary (YAML, or TABARI/PETRARCH text); repeatable.")
    var dictionary: [String] = []

    @Option(help: "Read the corpus from this store (a SQLite file or a postgres:// URL, made by `chronograph ingest`), with any files given.")
    var store: String?

    @Flag(help: "Also code statements with no target (قال بوتين إن …, X said that …) as events.")
    var statements = false

    @OptionGroup var reader: ReaderOptions

    func validate() throws {
        if let p = published, CivilDate(iso: p) == nil { throw ValidationError("invalid --published '\(p)': expected YYYY-MM-DD") }
        if let l = lang, !["ar", "en"].contains(l) { throw ValidationError("invalid --lang '\(l)': expected ar or en") }
    }

    var request: ExtractionRequest {
        ExtractionRequest(
            files: files, published: published, lang: lang, dictionary: dictionary, store: store, statements: statements, model: reader.model,
            rulesOnly: reader.rulesOnly)
    }
    func resources() throws -> Resources { try request.resources() }
    func extraction(resources: Resources) throws -> Extraction { try request.extraction(resources: resources) }
    func perArticle(resources: Resources) throws -> [Extraction] { try request.perArticle(resources: resources) }
}

/// Which reader decides events: the shipped learned model, another one, or the rules alone.
struct ReaderOptions: ParsableArguments {
    @Option(help: "Read with this learned model (made by `chronograph train`) instead of the shipped one.")
    var model: String?

    @Flag(help: "Read with the hand rules alone, without the learned model.")
    var rulesOnly = false

    func validate() throws {
        if model != nil, rulesOnly { throw ValidationError("--model and --rules-only exclude each other") }
    }
}

/// What to read and how: the inputs and the extraction options, as plain values.
struct ExtractionRequest {
    var files: [String]
    var published: String?
    var lang: String?
    var dictionary: [String]
    var store: String? = nil
    /// Statements with no target are events too (see `Extractor.allStatements`).
    var statements = false
    /// A learned model to read with instead of the shipped one.
    var model: String? = nil
    /// Read with the hand rules alone.
    var rulesOnly = false
    /// Filters applied in the store's SQL when reading a store.
    var filters: FilterOptions? = nil
    /// Actors of which each (or one of its affiliates) takes part in the events read from a store.
    var involving: [String] = []

    func resources() throws -> Resources {
        let r = try Resources.load(dictionaries: dictionary)
        if rulesOnly { return r.reading(with: nil) }
        if let model { return r.reading(with: try ReaderModel(contentsOf: model)) }
        return r
    }

    /// Reads and extracts every input into one corpus; reads stdin when no file is named and
    /// no store is given.
    func extraction(resources: Resources) throws -> Extraction {
        if let store {
            let stored = try StoreAccess.read(store, resources: resources, filters: filters, involving: involving)
            guard !files.isEmpty else { return stored }
            return Corpus.merge([
                stored,
                try ExtractionRequest(files: files, published: published, lang: lang, dictionary: dictionary, statements: statements)
                    .extraction(resources: resources),
            ])
        }
        let paths = files.isEmpty ? ["-"] : files
        if files.isEmpty, isatty(0) == 1 {
            throw ValidationError("no input: name articles, directories or a --store, or pipe an article to stdin")
        }
        let items = try ArticleReader.read(paths: paths)
        warnAboutEmpty(items)
        let pipeline = Pipeline(resources: resources, published: published, lang: lang, allStatements: statements)
        let progress = ProgressLine(total: items.count)
        var report: (@Sendable (Int, Int) -> Void)? = nil
        if items.count >= 20 {
            report = { (done: Int, _: Int) -> Void in progress.update(done) }
        }
        let parts = pipeline.extractAll(items, progress: report)
        progress.finish()
        return Corpus.merge(parts)
    }

    func perArticle(resources: Resources) throws -> [Extraction] {
        if files.isEmpty, isatty(0) == 1 {
            throw ValidationError("no input: name articles or directories, or pipe an article to stdin")
        }
        let items = try ArticleReader.read(paths: files.isEmpty ? ["-"] : files)
        warnAboutEmpty(items)
        return Pipeline(resources: resources, published: published, lang: lang, allStatements: statements).extractAll(items)
    }

    private func warnAboutEmpty(_ items: [InputItem]) {
        for case .article(let a) in items where a.text.allSatisfy({ $0.isWhitespace }) {
            Console.warn("warning: \(a.id): empty article")
        }
    }
}

/// Filters shared by the views.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events on or before this date.")
    var to: String?

    @Option(help: "Only events involving this actor (any name or alias, in any language); repeatable.")
    var actor: [String] = []

    @Option(help: "Only events whose CAMEO code starts with this (e.g. 19, 043); repeatable.")
    var type: [String] = []

    @Option(help: "Graphs: only relations supported by at least this many events.")
    var minMentions: Int = 1

    @Option(help: "Graphs with --actor: the actors within this many relations of it.")
    var depth: Int?

    /// The inputs' extraction and its timeline under these filters.
    func timeline(_ input: InputOptions) throws -> (Extraction, Timeline) {
        let resources = try input.resources()
        let e = try extraction(input, resources: resources)
        return (e, Timeline(e, filter: try filter(ActorResolver(extraction: e, resources: resources))))
    }

    /// The inputs' extraction; from a store, only the events these filters keep.
    func extraction(_ input: InputOptions, resources: Resources) throws -> Extraction {
        var request = input.request
        request.filters = self
        return try request.extraction(resources: resources)
    }

    /// The graph of an extraction under these filters.
    func graph(_ e: Extraction, _ resolve: ActorResolver) throws -> ActorGraph {
        let ids = Set(try actor.map { try resolve.id($0) })
        var f = try filter(resolve)
        if depth != nil { f.actors = [] }
        var g = ActorGraph(e, filter: f)
        if let depth, !ids.isEmpty { g = g.neighbourhood(of: ids, depth: depth) }
        return minMentions > 1 ? g.strongest(minEvents: minMentions) : g
    }

    func validate() throws {
        for d in [from, to].compactMap({ $0 }) where DayInterval(isoValue: d) == nil {
            throw ValidationError("invalid date '\(d)': expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    func filter(_ resolve: ActorResolver) throws -> EventFilter {
        let ids = try actor.map { try resolve.id($0) }
        return EventFilter(from: from.flatMap { DayInterval(isoValue: $0) }, to: to.flatMap { DayInterval(isoValue: $0) }, actors: Set(ids), codePrefixes: type)
    }
}

/// Resolves actor names given on the command line through the corpus and the dictionary.
struct ActorResolver {
    let extraction: Extraction
    let resources: Resources

    func id(_ name: String) throws -> String {
        let key = Folding.fold(name)
        if let a = extraction.actors.first(where: { $0.id == name || Folding.fold($0.name) == key || $0.aliases.contains { Folding.fold($0) == key } }) {
            return a.id
        }
        if let e = resources.actors.lookup(name) { return e.id }
        throw ValidationError("unknown actor '\(name)'")
    }
}

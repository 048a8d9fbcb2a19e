import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographStore
import Foundation

/// Inputs and extraction options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles (.txt, .json, .jsonl), directories, Extraction JSON, or - for stdin.")
    var files: [String] = []

    @OptionGroup var article: ArticleOptions

    @Option(help: "Read the corpus from this store (a SQLite file or a postgres:// URL, made by `chronograph ingest`), with any files given.")
    var store: String?

    @OptionGroup var reader: ReaderOptions

    var request: ExtractionRequest {
        ExtractionRequest(
            files: files, published: article.published, lang: article.lang, dictionary: article.dictionary, store: store,
            statements: article.statements, model: reader.model, rulesOnly: reader.rulesOnly)
    }
    func resources() throws -> Resources { try request.resources() }
    func extraction(resources: Resources) throws -> Extraction { try request.extraction(resources: resources) }
    func perArticle(resources: Resources) throws -> [Extraction] { try request.perArticle(resources: resources) }
}

/// What articles that do not say it are taken to be, and the extra dictionaries: parsed once,
/// for every command that extracts (`ingest` and `graph query` included).
struct ArticleOptions: ParsableArguments {
    @Option(help: "Publication date (YYYY-MM-DD) for articles that do not give one.")
    var published: CivilDate?

    @Option(help: "Language (ar or en) for articles that do not give one; detected otherwise.")
    var lang: ArticleLanguage?

    @Option(help: "An extra actor dictionary (YAML, or TABARI/PETRARCH text); repeatable. Its entries win over the shipped ones.")
    var dictionary: [String] = []

    @Flag(help: "Also code statements with no target (قال بوتين إن …, X said that …) as events.")
    var statements = false
}

/// The languages an article may be given in.
enum ArticleLanguage: String, ExpressibleByArgument, CaseIterable { case ar, en }

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension ActorType: ExpressibleByArgument {}

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
    var published: CivilDate?
    var lang: ArticleLanguage?
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
    /// A graph neighbourhood is asked for (`--depth`): the store's events are not narrowed to the named actors.
    var neighbourhood = false
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
            let stored = try StoreAccess.read(
                store, resources: resources, filters: filters, neighbourhood: neighbourhood, involving: involving)
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
        let pipeline = Pipeline(resources: resources, published: published?.iso, lang: lang?.rawValue, allStatements: statements)
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
        return Pipeline(resources: resources, published: published?.iso, lang: lang?.rawValue, allStatements: statements).extractAll(items)
    }

    private func warnAboutEmpty(_ items: [InputItem]) {
        for case .article(let a) in items where a.text.allSatisfy({ $0.isWhitespace }) {
            Console.warn("warning: \(a.id): empty article")
        }
    }
}

/// The events a view keeps: shared by every view.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events on or before this date.")
    var to: String?

    @Option(
        help:
            "Only events involving this actor (any name or alias, in any language), or the people and bodies affiliated to it on the event's date; repeatable."
    )
    var actor: [String] = []

    @Flag(help: "With --actor: only the actors named, not those affiliated to them.")
    var exact = false

    @Option(help: "Only events whose CAMEO code is this one or under it (e.g. 19, 043); repeatable.")
    var type: [String] = []

    func validate() throws {
        for d in [from, to].compactMap({ $0 }) where DayInterval(isoValue: d) == nil {
            throw ValidationError("invalid date '\(d)': expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        for t in type where CameoCode(t) == nil {
            throw ValidationError("invalid --type '\(t)': expected a CAMEO code of 2 to 4 digits (19, 043)")
        }
    }

    /// The event filter these options describe, through the library's actor resolution.
    func filter(_ resolver: ActorResolver) throws -> EventFilter {
        try resolver.filter(
            actors: actor, exact: exact, from: from.flatMap { DayInterval(isoValue: $0) }, to: to.flatMap { DayInterval(isoValue: $0) },
            codes: type.compactMap(CameoCode.init))
    }

    /// The inputs' extraction and its timeline under these filters.
    func timeline(_ input: InputOptions) throws -> (Extraction, Timeline) {
        let resources = try input.resources()
        let e = try extraction(input, resources: resources)
        return (e, Timeline(e, filter: try filter(ActorResolver(extraction: e, dictionary: resources.actors))))
    }

    /// The inputs' extraction; from a store, only the events these filters keep (all the
    /// store's events about the named actors' neighbourhood when `neighbourhood` is set).
    func extraction(_ input: InputOptions, resources: Resources, neighbourhood: Bool = false) throws -> Extraction {
        var request = input.request
        request.filters = self
        request.neighbourhood = neighbourhood
        return try request.extraction(resources: resources)
    }
}

/// What only graph views take: a minimum weight and a neighbourhood.
struct GraphOptions: ParsableArguments {
    @Option(help: "Only relations supported by at least this many events.")
    var minMentions: Int = 1

    @Option(help: "With --actor: the actors within this many relations of it.")
    var depth: Int?

    /// The graph of an extraction under the event filters and these options.
    func graph(_ e: Extraction, _ filters: FilterOptions, _ resolver: ActorResolver) throws -> ActorGraph {
        ActorGraph.focused(e, filter: try filters.filter(resolver), depth: depth, minEvents: minMentions)
    }
}

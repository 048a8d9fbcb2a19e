import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographStore
import Foundation

/// `chronograph ingest`: articles into the SQLite store, on all cores, resumable.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles into a SQLite store: parallel, idempotent by content hash, resumable after a crash.")

    @Argument(help: "Articles (.txt, .json, .jsonl) or directories.") var paths: [String]
    @Option(help: "The store (SQLite file).") var store: String = "chronograph.sqlite"
    @OptionGroup var article: ArticleOptions
    @Option(help: "Articles extracted and written per transaction.") var batch: Int = 64
    @OptionGroup var reader: ReaderOptions

    func run() throws {
        let request = ExtractionRequest(
            files: [], published: article.published, lang: article.lang, dictionary: article.dictionary, model: reader.model, rulesOnly: reader.rulesOnly)
        // (Inputs and resources first: a bad path or dictionary leaves no new store behind.)
        for p in paths where !FileManager.default.fileExists(atPath: p) { throw InputError.notFound(p) }
        let pipeline = Pipeline(
            resources: try request.resources(), published: article.published?.iso, lang: article.lang?.rawValue, allStatements: article.statements)
        var ingestor = Ingestor(store: try Store(path: store), pipeline: pipeline)
        ingestor.batchSize = max(1, batch)
        let start = Date()
        let terminal = Console.stderrIsTerminal
        var lastLine = Date()
        let report = try ingestor.ingest(paths: paths) { done, total, r in
            let now = Date()
            let elapsed = now.timeIntervalSince(start)
            let rate = elapsed > 0 ? Double(r.added + r.skipped) / elapsed : 0
            if terminal {
                let width = 30
                let filled = total > 0 ? width * done / total : width
                let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                Console.warnInline(
                    String(format: "\r%@ %d/%d files  %d added  %d skipped  %.0f articles/s  %.0fs left ", bar, done, total, r.added, r.skipped, rate, left))
            } else if now.timeIntervalSince(lastLine) >= 5 {
                Console.warn("ingest: \(done)/\(total) files, \(r.added) added, \(r.skipped) skipped, \(String(format: "%.0f", rate)) articles/s")
                lastLine = now
            }
        }
        if terminal { Console.warn("") }
        for f in report.failed { Console.warn("skipped: \(f)") }
        let seconds = Date().timeIntervalSince(start)
        Console.warn(
            "\(report.added) added, \(report.skipped) already stored, \(report.failed.count) failed, in \(String(format: "%.1f", seconds)) s; store \(store) holds \(try ingestor.store.documentCount()) articles"
        )
    }
}

import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographStore
import Foundation

/// `chronograph ingest`: articles into a store, on all cores, resumable; with PostgreSQL or
/// `--workers`, shared with other workers through the store's job table.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles into a store: parallel, idempotent by content hash, resumable after a crash.",
        discussion: "With a postgres:// store, several `ingest` processes on one or several machines share the folder's files through a job table.")

    @Argument(help: "Articles (.txt, .json, .jsonl) or directories.") var paths: [String]
    @Option(help: "The store: a SQLite file or a postgres://user@host:port/db URL (password from the URL or PGPASSWORD).")
    var store: String = "chronograph.sqlite"
    @Option(help: "Workers in this process sharing the files through the store's job table (the default with PostgreSQL: 1).")
    var workers: Int?
    @Option(help: "Seconds a worker holds its files before another may take them (with --workers or PostgreSQL).")
    var lease: Int = 120
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
        let location = store
        let opened = try StoreAccess.wait { try await Store.open(location, create: true) }
        var ingestor = Ingestor(store: opened, pipeline: pipeline)
        ingestor.batchSize = max(1, batch)
        let start = Date()
        let terminal = Console.stderrIsTerminal
        if workers != nil || PostgresLocation.isURL(store) {
            try runShared(ingestor, start: start)
            return
        }
        let paths = self.paths
        let ingestorCopy = ingestor
        let report = try StoreAccess.wait {
            try await ingestorCopy.ingest(paths: paths) { done, total, r in
                IngestCommand.show(done: done, total: total, r, start: start, terminal: terminal)
            }
        }
        finish(report, ingestor: ingestor, start: start, terminal: terminal)
    }

    private func runShared(_ ingestor: Ingestor, start: Date) throws {
        var shared = SharedIngest(ingestor: ingestor)
        shared.leaseSeconds = max(5, lease)
        let paths = self.paths
        let workers = max(1, self.workers ?? 1)
        let terminal = Console.stderrIsTerminal
        let job = shared
        let report = try StoreAccess.wait {
            try await job.run(paths: paths, workers: workers) { r, c in
                IngestCommand.show(done: c.done + c.failed, total: c.done + c.failed + c.pending, r, start: start, terminal: terminal)
            }
        }
        finish(report, ingestor: ingestor, start: start, terminal: terminal)
    }

    private func finish(_ report: Ingestor.Report, ingestor: Ingestor, start: Date, terminal: Bool) {
        if terminal { Console.warn("") }
        for f in report.failed { Console.warn("skipped: \(f)") }
        let seconds = Date().timeIntervalSince(start)
        let store = ingestor.store
        let (docs, events) = (try? StoreAccess.wait { (try await store.documentCount(), try await store.eventCount()) }) ?? (0, 0)
        Console.warn(
            "\(report.added) added, \(report.skipped) already stored, \(report.failed.count) failed, in \(String(format: "%.1f", seconds)) s; store \(store.description) holds \(docs) articles, \(events) events"
        )
        _ = try? StoreAccess.wait { await store.close() }
    }

    /// A progress bar on a terminal, a line every few seconds otherwise.
    static func show(done: Int, total: Int, _ r: Ingestor.Report, start: Date, terminal: Bool) {
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(r.added + r.skipped) / elapsed : 0
        if terminal {
            let width = 30
            let filled = total > 0 ? min(width, width * done / total) : width
            let left = done > 0 ? elapsed / Double(done) * Double(max(0, total - done)) : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            Console.warnInline(
                String(format: "\r%@ %d/%d files  %d added  %d skipped  %.0f articles/s  %.0fs left ", bar, done, total, r.added, r.skipped, rate, left))
        } else if LastLine.shared.due(now) {
            Console.warn("ingest: \(done)/\(total) files, \(r.added) added, \(r.skipped) skipped, \(String(format: "%.0f", rate)) articles/s")
        }
    }
}

/// When the last progress line was written, so a log gets one every five seconds.
final class LastLine: @unchecked Sendable {
    static let shared = LastLine()
    private var last = Date.distantPast
    private let lock = NSLock()

    func due(_ now: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(last) >= 5 else { return false }
        last = now
        return true
    }
}

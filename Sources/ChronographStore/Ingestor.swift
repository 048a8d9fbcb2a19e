import ChronographCore
import ChronographExtraction
import Foundation

/// Ingests articles into a store: in batches, each extracted on all cores, every article in its
/// own transaction, so a crash loses at most the articles under way and a rerun finishes the
/// rest; articles already stored (by content hash) are skipped; bad files are reported, not fatal.
public struct Ingestor: Sendable {
    public let store: any EventStore
    public let pipeline: Pipeline
    public var batchSize = 64

    public init(store: any EventStore, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// What an ingest did.
    public struct Report: Sendable {
        public var files = 0
        public var added = 0
        public var skipped = 0
        public var failed: [String] = []

        public init() {}
    }

    /// Files to read under the paths: directories recursively, in name order.
    public static func files(_ paths: [String]) throws -> [String] {
        try jobs(paths).map(\.file)
    }

    /// Each file under the paths with the name of its job: its path inside the folder given
    /// (the same on every machine that ingests a copy of that folder), or the file's path, and
    /// its size, so that a file that grew since (a feed appended to) is read again.
    public static func jobs(_ paths: [String]) throws -> [(job: String, file: String)] {
        var out: [(job: String, file: String)] = []
        func job(_ name: String, _ file: String) -> (job: String, file: String) {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            return (job: "\(name) (\(size) bytes)", file: file)
        }
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw InputError.notFound(p) }
            if isDir.boolValue {
                let found = ArticleReader.articleFiles(in: p)
                guard !found.isEmpty else { throw InputError.noArticles(p) }
                let prefix = p.hasSuffix("/") ? p : p + "/"
                out += found.map { job($0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0, $0) }
            } else {
                out.append(job(p, p))
            }
        }
        return out
    }

    /// Extracts and stores articles not stored yet; returns how many were added and skipped.
    func store(_ articles: [Article]) async throws -> (added: Int, skipped: Int) {
        let hashes = articles.map { Store.contentHash(id: $0.id, published: $0.published ?? pipeline.published, text: $0.text) }
        let known = try await store.known(hashes)
        var fresh: [(String, Article)] = []
        var seen = Set<String>()
        for (h, a) in zip(hashes, articles) where !known.contains(h) && seen.insert(h).inserted { fresh.append((h, a)) }
        let extractions = pipeline.extractAll(fresh.map { .article($0.1) })
        var added = 0
        for (item, extraction) in zip(fresh, extractions) where try await store.add(hash: item.0, extraction: extraction) { added += 1 }
        return (added, articles.count - added)
    }

    /// Ingests the files in this process alone, in batches.
    public func ingest(paths: [String], progress: (@Sendable (_ filesDone: Int, _ filesTotal: Int, _ report: Report) -> Void)? = nil) async throws
        -> Report
    {
        let files = try Ingestor.files(paths)
        var report = Report()
        var batch: [Article] = []
        for (n, file) in files.enumerated() {
            do {
                for case .article(let a) in try ArticleReader.readFile(file) { batch.append(a) }
            } catch let error as InputError {
                report.failed.append("\(error)")
            }
            if batch.count >= batchSize || n == files.count - 1 {
                let (added, skipped) = try await store(batch)
                report.added += added
                report.skipped += skipped
                batch.removeAll(keepingCapacity: true)
            }
            report.files = n + 1
            progress?(n + 1, files.count, report)
        }
        return report
    }
}

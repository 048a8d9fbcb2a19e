import ChronographCore
import ChronographExtraction
import Foundation

/// Ingests articles into a store: in batches, each extracted on all cores and written in one
/// transaction, so a crash loses at most the batch under way and a rerun finishes the rest;
/// articles already stored (by content hash) are skipped; bad files are reported, not fatal.
public struct Ingestor: Sendable {
    public let store: Store
    public let pipeline: Pipeline
    public var batchSize = 64

    public init(store: Store, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// What an ingest did.
    public struct Report: Sendable {
        public var files = 0
        public var added = 0
        public var skipped = 0
        public var failed: [String] = []
    }

    /// Files to read under the paths: directories recursively, in name order.
    public static func files(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw InputError.notFound(p) }
            if isDir.boolValue {
                let found = ArticleReader.articleFiles(in: p)
                guard !found.isEmpty else { throw InputError.noArticles(p) }
                out += found
            } else {
                out.append(p)
            }
        }
        return out
    }

    public func ingest(paths: [String], progress: ((_ filesDone: Int, _ filesTotal: Int, _ report: Report) -> Void)? = nil) throws -> Report {
        let files = try Ingestor.files(paths)
        var report = Report()
        var batch: [Article] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let hashes = batch.map { Store.contentHash(id: $0.id, published: $0.published ?? pipeline.published, text: $0.text) }
            let known = try store.known(hashes)
            var fresh: [(String, Article)] = []
            var seen = Set<String>()
            for (h, a) in zip(hashes, batch) where !known.contains(h) && seen.insert(h).inserted { fresh.append((h, a)) }
            report.skipped += batch.count - fresh.count
            let extractions = pipeline.extractAll(fresh.map { .article($0.1) })
            try store.add(zip(fresh.map(\.0), extractions).map { (hash: $0.0, extraction: $0.1) })
            report.added += fresh.count
            batch.removeAll(keepingCapacity: true)
        }
        for (n, file) in files.enumerated() {
            do {
                for case .article(let a) in try ArticleReader.readFile(file) {
                    batch.append(a)
                    if batch.count >= batchSize { try flush() }
                }
            } catch let error as InputError {
                report.failed.append("\(error)")
            }
            report.files = n + 1
            progress?(n + 1, files.count, report)
        }
        try flush()
        progress?(files.count, files.count, report)
        return report
    }
}

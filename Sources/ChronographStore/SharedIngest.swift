import ChronographCore
import ChronographExtraction
import Foundation

/// Ingest shared by many workers, in one process or on several machines, through the store's
/// job table: each worker claims a few files at a time under a lease, stores their articles,
/// and marks them done. A worker that dies leaves its lease to expire, and another worker then
/// takes its files; articles it had stored already are skipped by their content hash.
public struct SharedIngest: Sendable {
    public var ingestor: Ingestor
    /// Files claimed at a time by a worker.
    public var claimSize = 8
    /// Seconds a claim is held before other workers may take the files.
    public var leaseSeconds = 120
    /// Seconds a worker waits before looking again for files whose lease has expired.
    public var pollSeconds = 2.0
    /// A name for this process's workers in the job table.
    public var name = "\(ProcessInfo.processInfo.hostName):\(getpid())"

    public init(ingestor: Ingestor) { self.ingestor = ingestor }

    /// Enqueues the files and runs `workers` workers in this process until no job is left.
    public func run(paths: [String], workers: Int, progress: (@Sendable (Ingestor.Report, JobCounts) -> Void)? = nil) async throws -> Ingestor.Report {
        let jobs = try Ingestor.jobs(paths)
        var local: [String: String] = [:]
        for j in jobs { local[j.job] = j.file }
        try await ingestor.store.enqueue(jobs.map(\.job))
        let files = local
        return try await withThrowingTaskGroup(of: Ingestor.Report.self) { group in
            for w in 0..<max(1, workers) {
                group.addTask { try await work(worker: "\(name)/\(w)", files: files, progress: progress) }
            }
            var total = Ingestor.Report()
            for try await r in group {
                total.files += r.files
                total.added += r.added
                total.skipped += r.skipped
                total.failed += r.failed
            }
            return total
        }
    }

    /// One worker's loop: claim, store, mark done; wait while others hold the last leases.
    func work(worker: String, files: [String: String], progress: (@Sendable (Ingestor.Report, JobCounts) -> Void)?) async throws -> Ingestor.Report {
        var report = Ingestor.Report()
        let store = ingestor.store
        while true {
            try Task.checkCancellation()
            let claimed = try await store.claim(worker: worker, count: claimSize, leaseSeconds: leaseSeconds)
            if claimed.isEmpty {
                progress?(report, try await store.jobCounts())
                // Done when none of this folder's files is left; another folder's jobs are for
                // the workers that ingest it.
                if try await store.pendingJobs(among: Array(files.keys)) == 0 { return report }
                try await Task.sleep(for: .seconds(pollSeconds))
                continue
            }
            var done: [String] = []
            for job in claimed {
                // A job of a folder this machine does not have stays for a machine that has it.
                guard let file = files[job] else { continue }
                do {
                    let articles = try ArticleReader.readFile(file).compactMap { item -> Article? in
                        if case .article(let a) = item { return a }
                        return nil
                    }
                    let (added, skipped) = try await ingestor.store(articles)
                    report.added += added
                    report.skipped += skipped
                    report.files += 1
                    done.append(job)
                } catch let error as InputError {
                    report.failed.append("\(error)")
                    try await store.finish([job], worker: worker, error: "\(error)")
                }
            }
            try await store.finish(done, worker: worker, error: nil)
            if let progress { progress(report, try await store.jobCounts()) }
        }
    }
}

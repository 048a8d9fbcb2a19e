import ChronographCore
import ChronographExtraction
import Foundation
import Testing

@testable import ChronographStore

@Suite struct WorkerTests {
    @Test(arguments: Backend.available) func workersShareTheFilesAndStoreEachArticleOnce(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("workers-\(backend)")
        try writeCorpus(dir, count: 60, files: 12)
        let store = try await backend.fresh("workers")
        var shared = SharedIngest(ingestor: Ingestor(store: store, pipeline: Pipeline(resources: resources)))
        shared.claimSize = 2
        let report = try await shared.run(paths: [dir.path], workers: 3)
        #expect(report.added == 60)
        #expect(report.files == 12)
        #expect(try await store.documentCount() == 60)
        #expect(try await store.jobCounts() == JobCounts(pending: 0, leased: 0, done: 12, failed: 0))
        // The same events as one process adding the articles one after another.
        let single = try await Backend.sqlite.fresh("workers-single")
        _ = try await Ingestor(store: single, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        #expect(try await store.eventCount() == (try await single.eventCount()))
        // A rerun adds nothing.
        let again = try await shared.run(paths: [dir.path], workers: 2)
        #expect(again.added == 0)
        #expect(try await store.documentCount() == 60)
        // A file that grew is read again, and only its new article is added.
        let grown = dir.appendingPathComponent("part-000.jsonl")
        let line = try JSONSerialization.data(withJSONObject: ["id": "late", "published": "2021-10-30", "text": "Russia accused Poland of spying."])
        try (try String(contentsOf: grown, encoding: .utf8) + String(decoding: line, as: UTF8.self) + "\n").write(to: grown, atomically: true, encoding: .utf8)
        let grownRun = try await shared.run(paths: [dir.path], workers: 2)
        #expect(grownRun.added == 1)
        #expect(grownRun.files == 1)
        #expect(try await store.documentCount() == 61)
        await store.close()
        await single.close()
    }

    @Test(arguments: Backend.available) func theFilesOfADeadWorkerAreTakenWhenItsLeaseExpires(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("lease-\(backend)")
        try writeCorpus(dir, count: 8, files: 4)
        let store = try await backend.fresh("lease")
        let jobs = try Ingestor.jobs([dir.path]).map(\.job)
        try await store.enqueue(jobs)
        // A worker claims two files, then dies without a word.
        let taken = try await store.claim(worker: "dead", count: 2, leaseSeconds: 3600)
        #expect(taken.count == 2)
        #expect(try await store.claim(worker: "other", count: 10, leaseSeconds: 60).count == 2)
        #expect(try await store.claim(worker: "other", count: 10, leaseSeconds: 60).isEmpty)
        // Its lease runs out (on the database's clock); the files go to a worker that asks.
        let sql = try #require(store as? SQLStore)
        try await sql.tables.db.execute("UPDATE job SET lease_until = \(sql.tables.db.dialect.now) - 1 WHERE worker = 'dead'", [])
        #expect(try await store.claim(worker: "other", count: 10, leaseSeconds: 60).sorted() == taken.sorted())
        // A lease of one second lapses by itself.
        try await store.finish(taken, worker: "other", error: nil)
        try await store.enqueue(["late.jsonl"])
        #expect(try await store.claim(worker: "brief", count: 1, leaseSeconds: 1) == ["late.jsonl"])
        try await Task.sleep(for: .seconds(2.5))
        #expect(try await store.claim(worker: "other", count: 1, leaseSeconds: 60) == ["late.jsonl"])
        await store.close()
    }

    @Test(.enabled(if: postgresURL != nil, "no PostgreSQL test server: scripts/postgres.sh sets CHRONOGRAPH_TEST_POSTGRES"))
    func concurrentStoresOfTheSameArticleKeepOne() async throws {
        let url = try await freshDatabase("race")
        let stores = [try await PostgresStore(url: url), try await PostgresStore(url: url), try await PostgresStore(url: url)]
        let a = Article(id: "same", lang: "en", published: "2021-10-22", text: "Russia accused Poland of arming rebels.")
        let e = Pipeline(resources: resources).extractAll([.article(a)])[0]
        let added = try await withThrowingTaskGroup(of: Bool.self) { group in
            for s in stores { group.addTask { try await s.add(hash: "h1", extraction: e) } }
            var n = 0
            for try await ok in group where ok { n += 1 }
            return n
        }
        #expect(added == 1)
        #expect(try await stores[0].documentCount() == 1)
        #expect(try await stores[0].eventCount() == e.events.count)
        for s in stores { await s.close() }
    }
}

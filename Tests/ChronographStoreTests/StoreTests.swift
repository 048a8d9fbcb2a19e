import ChronographCore
import ChronographExtraction
import Foundation
import Testing

@testable import ChronographStore

@Suite struct StoreTests {
    @Test(arguments: Backend.available) func ingestingTheSameFolderTwiceAddsNothing(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("twice-\(backend)")
        try writeCorpus(dir, count: 50)
        let store = try await backend.fresh("twice")
        var ingestor = Ingestor(store: store, pipeline: Pipeline(resources: resources))
        ingestor.batchSize = 16
        let first = try await ingestor.ingest(paths: [dir.path])
        #expect(first.added == 50)
        let events = try await store.eventCount()
        let second = try await ingestor.ingest(paths: [dir.path])
        #expect(second.added == 0)
        #expect(second.skipped == 50)
        #expect(try await store.documentCount() == 50)
        #expect(try await store.eventCount() == events)
        await store.close()
    }

    @Test func aBadFileIsReportedAndTheRestIsIngested() async throws {
        let dir = try temporaryDirectory("bad")
        try writeCorpus(dir, count: 4)
        try Data([0x61, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("broken.txt"))
        let store = try await SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let report = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        #expect(report.added == 4)
        #expect(report.failed.count == 1)
        #expect(report.failed[0].contains("invalid UTF-8"))
    }

    @Test(arguments: Backend.available) func storedEventsAreMergedAcrossArticlesAsInMemory(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("merge-\(backend)")
        try writeCorpus(dir, count: 12)
        let store = try await backend.fresh("merge")
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        let stored = try await store.events(StoreQuery())
        let inMemory = Corpus.merge(try await store.storedExtractions())
        #expect(stored.events.count == inMemory.events.count)
        #expect(stored.events.count > 0)
        #expect(stored.events.map(\.evidence.count).sorted() == inMemory.events.map(\.evidence.count).sorted())
        // The meeting is reported by articles of several days: one event per compatible date.
        let meetings = stored.events.filter { $0.type.root == "04" && $0.source == ["vladimir-putin"] }
        #expect(!meetings.isEmpty)
        #expect(meetings.allSatisfy { $0.evidence.allSatisfy { $0.sentence.contains("بوتين") } })
        await store.close()
    }

    @Test(arguments: Backend.available) func filtersAreAppliedInSQLAsTheViewsApplyThem(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("filter-\(backend)")
        try writeCorpus(dir, count: 30)
        let store = try await backend.fresh("filter")
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        let all = try await store.events(StoreQuery())
        let filters = [
            EventFilter(actors: ["russia"]),
            EventFilter(from: DayInterval(isoValue: "2021-10-14"), to: DayInterval(isoValue: "2021-10-18")),
            EventFilter(from: DayInterval(isoValue: "2021-10-14"), actors: ["vladimir-putin"], codes: [CameoCode("04")!]),
            EventFilter(codes: [CameoCode("11")!, CameoCode("12")!]),
        ]
        for f in filters {
            let inSQL = try await store.events(StoreQuery(filter: f))
            let inMemory = Timeline(all, filter: f).entries
            #expect(Timeline(inSQL).entries.map(\.id) == inMemory.map(\.id), "filter \(f)")
            // Only the actors of the events read come back.
            let named = Set(inSQL.events.flatMap { $0.source + $0.target })
            #expect(Set(inSQL.actors.map(\.id)) == named)
        }
        let conflict = try await store.events(StoreQuery(quadClasses: [3, 4]))
        #expect(conflict.events.allSatisfy { $0.type.quadClass >= 3 })
        #expect(conflict.events.count == all.events.filter { $0.type.quadClass >= 3 }.count)
        let page = try await store.events(StoreQuery(limit: 2, offset: 1))
        #expect(page.events.map(\.id) == Array(Timeline(all).entries.map(\.id)[1..<3]))
        await store.close()
    }

    @Test(arguments: Backend.available) func anEventWhoseDateIsMadeFinerIsFoundByItsNewDate(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("finer-\(backend)")
        let articles = [
            ["id": "coarse", "lang": "en", "published": "2022-03-01", "text": "Russia accused Poland of arming rebels in 2021."],
            ["id": "fine", "lang": "en", "published": "2021-10-19", "text": "Russia accused Poland of arming rebels on Tuesday."],
        ]
        let lines = try articles.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let store = try await backend.fresh("finer")
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        let all = try await store.events(StoreQuery())
        let accusation = try #require(all.events.first { $0.type.root == "11" })
        #expect(accusation.date?.value == "2021-10-19")
        #expect(accusation.evidence.count == 2)
        let october = EventFilter(from: DayInterval(isoValue: "2021-10"), to: DayInterval(isoValue: "2021-10"), actors: ["russia"])
        #expect(try await store.events(StoreQuery(filter: october)).events.map(\.id) == [accusation.id])
        let march = EventFilter(from: DayInterval(isoValue: "2021-03"), to: DayInterval(isoValue: "2021-03"), actors: ["russia"])
        #expect(try await store.events(StoreQuery(filter: march)).events.isEmpty)
        await store.close()
    }

    @Test(arguments: Backend.available) func anEventComesBackWithEveryItsSentence(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("event-\(backend)")
        try writeCorpus(dir, count: 6)
        let store = try await backend.fresh("event")
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        let all = try await store.events(StoreQuery())
        let busiest = try #require(all.events.max { $0.evidence.count < $1.evidence.count })
        let one = try #require(try await store.event(id: busiest.id))
        #expect(one.events.count == 1)
        #expect(one.events[0].evidence == busiest.evidence)
        #expect(Set(one.documents.map(\.id)) == Set(busiest.evidence.map(\.document)))
        #expect(try await store.event(id: "e999999") == nil)
        #expect(try await store.event(id: "nonsense") == nil)
        await store.close()
    }

    @Test func aStoreReopensWithItsSchema() async throws {
        let dir = try temporaryDirectory("reopen")
        let path = dir.appendingPathComponent("s.sqlite").path
        _ = try await SQLiteStore(path: path)
        let again = try await SQLiteStore(path: path)
        #expect(try await again.documentCount() == 0)
    }

    @Test func aViewOfAMissingStoreIsAnErrorAndCreatesNothing() async throws {
        let dir = try temporaryDirectory("missing")
        let path = dir.appendingPathComponent("none.sqlite").path
        await #expect {
            try await Store.open(path)
        } throws: { error in
            guard case StoreError.missing(let p) = error else { return false }
            return p == path && "\(error)".contains("chronograph ingest")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: Backend.available) func aViewReadsAStoreWithoutWritingIt(_ backend: Backend) async throws {
        let dir = try temporaryDirectory("readonly-\(backend)")
        try writeCorpus(dir, count: 4)
        let location = try await backend.freshLocation("readonly")
        let store = try await Store.open(location, create: true)
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        await store.close()
        let view = try await Store.open(location)
        #expect(try await view.documentCount() == 4)
        #expect(try await view.events(StoreQuery()).events.count > 0)
        if backend == .sqlite { await #expect(throws: (any Error).self) { _ = try await view.add(hash: "x", extraction: Extraction()) } }
        await view.close()
    }

    @Test(.enabled(if: postgresURL != nil, "no PostgreSQL test server")) func aPostgresDatabaseWithoutAStoreIsAnError() async throws {
        let url = try await freshDatabase("empty")
        await #expect {
            try await Store.open(url)
        } throws: { error in
            guard case StoreError.missing = error else { return false }
            return true
        }
    }

    @Test func aFileThatIsNotAStoreIsAClearError() async throws {
        let dir = try temporaryDirectory("notastore")
        let path = dir.appendingPathComponent("x.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        await #expect(throws: StoreError.self) { try await SQLiteStore(path: path) }
    }

    @Test func aPostgresURLNeverShowsItsPassword() throws {
        let l = try PostgresLocation(url: "postgres://ana:s3cret@db.example:6543/news", environment: [:])
        #expect(l.description == "postgres://ana@db.example:6543/news")
        #expect(!PostgresLocation.redacted("postgres://ana:s3cret@h/db").contains("s3cret"))
        let fromEnv = try PostgresLocation(url: "postgres://ana@h/db", environment: ["PGPASSWORD": "pw"])
        #expect(fromEnv.password == "pw")
        #expect(!fromEnv.description.contains("pw"))
        #expect(throws: StoreError.self) { try PostgresLocation(url: "postgres:///nohost", environment: [:]) }
    }

    @Test func anUnreachablePostgresIsAClearError() async throws {
        await #expect(throws: StoreError.self) { try await PostgresStore(url: "postgres://nobody@127.0.0.1:1/none?sslmode=disable") }
    }
}

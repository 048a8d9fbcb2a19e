import ChronographCore
import ChronographExtraction
import Foundation
import Testing

@testable import ChronographStore

let resources: Resources = {
    do { return try Resources.load() } catch { fatalError("\(error)") }
}()

func temporaryDirectory(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-store-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

func writeCorpus(_ dir: URL, count: Int) throws {
    var lines = ""
    for i in 0..<count {
        let text = i % 2 == 0 ? "التقى بوتين مع بينيت في سوتشي اليوم." : "Russia accused Poland of arming rebels on Tuesday."
        let json = try JSONSerialization.data(withJSONObject: ["id": "a\(i)", "published": "2021-10-22", "text": text + " \(i)"])
        lines += String(decoding: json, as: UTF8.self) + "\n"
    }
    try lines.write(to: dir.appendingPathComponent("corpus.jsonl"), atomically: true, encoding: .utf8)
}

@Suite struct StoreTests {
    @Test func ingestingTheSameFolderTwiceAddsNothing() throws {
        let dir = try temporaryDirectory("twice")
        try writeCorpus(dir, count: 50)
        let store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        var ingestor = Ingestor(store: store, pipeline: Pipeline(resources: resources))
        ingestor.batchSize = 16
        let first = try ingestor.ingest(paths: [dir.path])
        #expect(first.added == 50)
        let second = try ingestor.ingest(paths: [dir.path])
        #expect(second.added == 0)
        #expect(second.skipped == 50)
        #expect(try store.documentCount() == 50)
    }

    @Test func aBadFileIsReportedAndTheRestIsIngested() throws {
        let dir = try temporaryDirectory("bad")
        try writeCorpus(dir, count: 4)
        try Data([0x61, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("broken.txt"))
        let store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        let report = try Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        #expect(report.added == 4)
        #expect(report.failed.count == 1)
        #expect(report.failed[0].contains("invalid UTF-8"))
    }

    @Test func theStoredCorpusIsTheExtractionOfItsArticles() throws {
        let dir = try temporaryDirectory("corpus")
        try writeCorpus(dir, count: 6)
        let store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try Ingestor(store: store, pipeline: Pipeline(resources: resources)).ingest(paths: [dir.path])
        let corpus = try store.corpus()
        #expect(corpus.documents.count == 6)
        #expect(corpus.actors.contains { $0.id == "vladimir-putin" })
        // The same meeting reported by three articles is one event with three pieces of evidence.
        let meeting = try #require(corpus.events.first { $0.type.root == "04" && $0.source == ["vladimir-putin"] })
        #expect(meeting.evidence.count == 3)
    }

    @Test func aStoreReopensWithItsSchema() throws {
        let dir = try temporaryDirectory("reopen")
        let path = dir.appendingPathComponent("s.sqlite").path
        _ = try Store(path: path)
        let again = try Store(path: path)
        #expect(try again.documentCount() == 0)
    }

    @Test func aFileThatIsNotAStoreIsAClearError() throws {
        let dir = try temporaryDirectory("notastore")
        let path = dir.appendingPathComponent("x.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try Store(path: path) }
    }
}

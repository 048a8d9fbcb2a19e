import ChronographCore
import ChronographExtraction
import ChronographServer
import ChronographStore
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A served store of our own articles, on a free loopback port.
final class Served: Sendable {
    let base: String
    let store: any EventStore
    let task: Task<Void, any Error>

    init(base: String, store: any EventStore, task: Task<Void, any Error>) {
        self.base = base
        self.store = store
        self.task = task
    }

    static func start(_ name: String) async throws -> Served {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-serve-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var lines = ""
        let texts = [
            ("ar", "2021-10-22", "التقى بوتين مع بينيت في سوتشي اليوم."),
            ("en", "2021-10-19", "Russia accused Poland of arming rebels on Tuesday."),
            ("en", "2019-03-02", "Israeli aircraft struck targets in Syria on Saturday."),
            ("en", "2020-06-10", "Iran and Russia signed an agreement on oil on Wednesday."),
        ]
        for (i, t) in texts.enumerated() {
            let json = try JSONSerialization.data(withJSONObject: ["id": "s\(i)", "lang": t.0, "published": t.1, "text": t.2])
            lines += String(decoding: json, as: UTF8.self) + "\n"
        }
        try lines.write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let store = try await SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try await Ingestor(store: store, pipeline: Pipeline(resources: try Resources.load())).ingest(paths: [dir.path])
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let app = ExplorerServer.application(api: ExplorerAPI(store: store), host: "127.0.0.1", port: 0) { p in port.yield(p) }
        let task = Task { try await app.runService() }
        var bound = 0
        for await p in ports {
            bound = p
            break
        }
        return Served(base: "http://127.0.0.1:\(bound)", store: store, task: task)
    }

    func get(_ path: String) async throws -> (status: Int, body: Data, type: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + path)!)
        let http = response as! HTTPURLResponse
        return (http.statusCode, data, http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    func json(_ path: String) async throws -> (Int, Any) {
        let (status, body, _) = try await get(path)
        return (status, try JSONSerialization.jsonObject(with: body))
    }

    func stop() { task.cancel() }
}

@Suite(.serialized) struct ServerTests {
    @Test func theTimelineIsFilteredByActorDateAndKind() async throws {
        let s = try await Served.start("timeline")
        defer { s.stop() }
        let (status, all) = try await s.json("/api/timeline")
        #expect(status == 200)
        let events = try #require((all as? [String: Any])?["events"] as? [[String: Any]])
        #expect(events.count >= 3)
        let (_, russia) = try await s.json("/api/timeline?actor=Russia")
        let kept = try #require((russia as? [String: Any])?["events"] as? [[String: Any]])
        #expect(!kept.isEmpty)
        for e in kept {
            let ids = ((e["source"] as? [[String: Any]] ?? []) + (e["target"] as? [[String: Any]] ?? [])).compactMap { $0["id"] as? String }
            #expect(ids.contains("russia"))
        }
        let (_, window) = try await s.json("/api/timeline?from=2021&to=2021")
        let dated = try #require((window as? [String: Any])?["events"] as? [[String: Any]])
        #expect(dated.allSatisfy { ($0["first"] as? String ?? "").hasPrefix("2021") })
        let (_, conflict) = try await s.json("/api/timeline?quad=conflict")
        let quads = ((conflict as? [String: Any])?["events"] as? [[String: Any]] ?? []).compactMap { $0["quad"] as? Int }
        #expect(!quads.isEmpty && quads.allSatisfy { $0 >= 3 })
    }

    @Test func badParametersAreA400WithAMessage() async throws {
        let s = try await Served.start("bad")
        defer { s.stop() }
        for (path, words) in [
            ("/api/timeline?from=yesterday", "'from'"), ("/api/timeline?limit=0", "'limit'"), ("/api/timeline?quad=peace", "'quad'"),
            ("/api/timeline?actor=Atlantis", "unknown actor"), ("/api/between?a=russia", "'b'"), ("/api/timeline?type=1%27%20OR%201=1", "'type'"),
        ] {
            let (status, body, type) = try await s.get(path)
            #expect(status == 400, "\(path)")
            #expect(type.hasPrefix("application/json"))
            let message = (try JSONSerialization.jsonObject(with: body) as? [String: String])?["error"] ?? ""
            #expect(message.contains(words), "\(path): \(message)")
        }
        let (status, _, _) = try await s.get("/api/events/e424242")
        #expect(status == 404)
        let long = String(repeating: "x", count: 5000)
        let (tooLong, _, _) = try await s.get("/api/timeline?actor=\(long)")
        #expect(tooLong == 400 || tooLong == 414)
    }

    @Test func anEventComesWithItsSentences() async throws {
        let s = try await Served.start("event")
        defer { s.stop() }
        let (_, all) = try await s.json("/api/timeline?actor=vladimir-putin")
        let first = try #require(((all as? [String: Any])?["events"] as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? String)
        let (status, detail) = try await s.json("/api/events/\(id)")
        #expect(status == 200)
        let evidence = try #require((detail as? [String: Any])?["evidence"] as? [[String: Any]])
        #expect(evidence.first?["sentence"] as? String == "التقى بوتين مع بينيت في سوتشي اليوم.")
        #expect(evidence.first?["lang"] as? String == "ar")
    }

    @Test func betweenSeriesActorsAndTheGraphAnswer() async throws {
        let s = try await Served.start("graph")
        defer { s.stop() }
        let (_, between) = try await s.json("/api/between?a=Russia&b=Poland")
        let list = try #require((between as? [String: Any])?["events"] as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["code"] as? String == "112")
        let (_, series) = try await s.json("/api/series?a=Russia&b=Poland")
        let points = try #require(series as? [[String: Any]])
        #expect(points.count == 1)
        #expect(points.first?["period"] as? String == "2021-10")
        #expect(points.first?["conflict"] as? Int == 1)
        let (_, actors) = try await s.json("/api/actors")
        let names = (actors as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(names.contains("russia"))
        let (_, graph) = try await s.json("/api/graph")
        let nodes = ((graph as? [String: Any])?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(nodes.contains("poland"))
        let (status, svg, type) = try await s.get("/graph.svg")
        #expect(status == 200)
        #expect(type == "image/svg+xml")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<title>russia</title>"))
        #expect(text.contains("<title>russia&#45;&gt;poland</title>"))
    }

    @Test func thePageShipsWithTheBinary() async throws {
        let s = try await Served.start("page")
        defer { s.stop() }
        let (status, html, type) = try await s.get("/")
        #expect(status == 200)
        #expect(type.hasPrefix("text/html"))
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("<svg id=\"timeline\""))
        #expect(page.contains("/explorer.js"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        let (jsStatus, js, _) = try await s.get("/explorer.js")
        #expect(jsStatus == 200)
        #expect(String(decoding: js, as: UTF8.self).contains("/api/timeline"))
    }
}

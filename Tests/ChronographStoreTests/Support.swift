import ChronographCore
import ChronographExtraction
import Foundation

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

/// Articles of our own: meetings of Putin and Bennett (Arabic) and accusations of Russia
/// against Poland (English), each with a number that makes it a different article.
func writeCorpus(_ dir: URL, count: Int, files: Int = 1) throws {
    var lines = Array(repeating: "", count: files)
    for i in 0..<count {
        let text = i % 2 == 0 ? "التقى بوتين مع بينيت في سوتشي اليوم." : "Russia accused Poland of arming rebels on Tuesday."
        let day = String(format: "2021-10-%02d", 10 + i % 15)
        let json = try JSONSerialization.data(withJSONObject: ["id": "a\(i)", "published": day, "text": text + " \(i)"])
        lines[i % files] += String(decoding: json, as: UTF8.self) + "\n"
    }
    for (n, text) in lines.enumerated() {
        try text.write(to: dir.appendingPathComponent(String(format: "part-%03d.jsonl", n)), atomically: true, encoding: .utf8)
    }
}

/// The PostgreSQL server the tests use, from `CHRONOGRAPH_TEST_POSTGRES` (set by
/// scripts/postgres.sh, which scripts/test.sh runs); nil when none could be started.
let postgresURL: String? = ProcessInfo.processInfo.environment["CHRONOGRAPH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

/// Which stores a test runs against.
enum Backend: String, CustomStringConvertible, Sendable, CaseIterable {
    case sqlite, postgres

    var description: String { rawValue }

    /// SQLite always; PostgreSQL when a test server is there.
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Where a new, empty store can be made: a path, or the URL of a new database.
    func freshLocation(_ name: String) async throws -> String {
        switch self {
        case .sqlite: try temporaryDirectory(name).appendingPathComponent("s.sqlite").path
        case .postgres: try await freshDatabase(name)
        }
    }

    /// A new, empty store.
    func fresh(_ name: String) async throws -> any EventStore {
        try await Store.open(try await freshLocation(name), create: true)
    }
}

/// Creates an empty database on the test server and returns its URL.
func freshDatabase(_ name: String) async throws -> String {
    guard let base = postgresURL else { throw StoreError.open("postgres", "CHRONOGRAPH_TEST_POSTGRES is not set") }
    let admin = PostgresDatabase(try PostgresLocation(url: base), connections: 1)
    let db = "t_\(name.lowercased().filter { $0.isLetter || $0.isNumber })_\(getpid())_\(Int.random(in: 0..<1_000_000))"
    do {
        try await admin.execute("CREATE DATABASE \(db)", [])
    } catch {
        await admin.close()
        throw error
    }
    await admin.close()
    var c = URLComponents(string: base)!
    c.path = "/" + db
    return c.string!
}

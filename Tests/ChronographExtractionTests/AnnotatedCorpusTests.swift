import Foundation
import Testing

@testable import ChronographExtraction

/// The annotated corpus on disk: splits, texts kept in the pool, and their checksum.
@Suite struct AnnotatedCorpusTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex("قصفت الطائرات") == SHA256.hex(Array("قصفت الطائرات".utf8)))
    }

    /// A directory with two annotated articles (one carrying its text, one only its checksum),
    /// a splits.json and a pool that holds the second text.
    static func corpus() throws -> (dir: URL, pool: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("annotated-\(UUID().uuidString)")
        let dir = root.appendingPathComponent("annotated")
        let pool = root.appendingPathComponent("pool")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: pool, withIntermediateDirectories: true)
        let kept = "Veskia shelled Elm on Monday."
        let pooled = "قصفت فيسكيا مدينة إلم يوم الاثنين."
        func write(_ obj: Any, _ name: String, in url: URL) throws {
            try JSONSerialization.data(withJSONObject: obj).write(to: url.appendingPathComponent(name))
        }
        let gold: [String: Any] = ["timexes": [], "actors": [], "events": []]
        try write(["id": "a-1", "lang": "en", "text": kept, "gold": gold], "a-1.json", in: dir)
        try write(["id": "b-2", "lang": "ar", "text_sha256": SHA256.hex(pooled), "gold": gold], "b-2.json", in: dir)
        try write(["train": ["a-1"], "test": ["b-2"]], "splits.json", in: dir)
        let line = try JSONSerialization.data(withJSONObject: ["id": "b-2", "lang": "ar", "text": pooled])
        try (line + Data("\n".utf8)).write(to: pool.appendingPathComponent("ar.jsonl"))
        return (dir, pool)
    }

    @Test func aSplitKeepsOnlyItsArticles() throws {
        let (dir, pool) = try Self.corpus()
        let all = try AnnotatedCorpus(paths: [dir.path], pool: pool.path)
        #expect(all.files.map { ($0 as NSString).lastPathComponent } == ["a-1.json", "b-2.json"])
        let test = try AnnotatedCorpus(paths: [dir.path], split: "test", pool: pool.path)
        #expect(test.files.map { ($0 as NSString).lastPathComponent } == ["b-2.json"])
        #expect(throws: InputError.self) { try AnnotatedCorpus(paths: [dir.path], split: "dev", pool: pool.path) }
    }

    @Test func aTextKeptOutOfTheRepositoryIsReadFromThePoolAndChecked() throws {
        let (dir, pool) = try Self.corpus()
        var corpus = try AnnotatedCorpus(paths: [dir.path], pool: pool.path)
        let file = dir.appendingPathComponent("b-2.json").path
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        #expect(try corpus.text(of: doc, file: file) == "قصفت فيسكيا مدينة إلم يوم الاثنين.")
        var tampered = doc
        tampered["text_sha256"] = SHA256.hex("another text")
        #expect(throws: InputError.self) { try corpus.text(of: tampered, file: file) }
    }
}

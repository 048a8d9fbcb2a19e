import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs the built `chronograph` binary, as a user would.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path

    /// The binary of the configuration the tests were built in first (a stale one of the other
    /// may lie beside it).
    #if DEBUG
        static let configurations = ["debug", "release"]
    #else
        static let configurations = ["release", "debug"]
    #endif

    static var binary: String {
        for config in configurations {
            let p = root.appendingPathComponent(".build/\(config)/chronograph").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return root.appendingPathComponent(".build/debug/chronograph").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var data: Data
    }

    static func run(_ args: [String], stdin: Data? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), data: o)
    }

    static func temp(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-tests-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}

@Suite struct SeedTests {
    @Test func theSeedTimelineListsTheDowningTheDealAndTheMeetingInOrder() throws {
        let r = try CLI.run(["timeline", "print", CLI.seeds])
        #expect(r.status == 0)
        #expect(r.stdout.contains("published 2021-10-22 (inferred from the text)"))
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let downing = lines.firstIndex { $0.hasPrefix("2018") && $0.contains("Syrian government forces → Russia") && $0.contains(" 19") }
        let deal = lines.firstIndex { $0.hasPrefix("2018") && $0.contains("Russia → Iran") && $0.contains(" 05") }
        let meeting = lines.firstIndex { $0.hasPrefix("2021-10-22") && $0.contains("Vladimir Putin → Naftali Bennett") && $0.contains(" 04") }
        let d = try #require(downing, "\(lines)")
        let a = try #require(deal)
        let m = try #require(meeting)
        #expect(d < a && a < m)
        for line in lines where line.hasPrefix("20") {
            #expect(line.prefix(10) <= "2021-10-22")
        }
    }

    @Test func theSeedGraphIsAWellFormedSVGWithSixActors() throws {
        let r = try CLI.run(["graph", "render", "--svg", CLI.seeds])
        #expect(r.status == 0)
        #expect(XMLParser(data: r.data).parse())
        #expect(r.stdout.components(separatedBy: "class=\"node\"").count - 1 >= 6)
        #expect(r.stdout.contains("Vladimir Putin"))
        #expect(r.stdout.contains("Israel"))
    }

    @Test(arguments: [["Russia", "Israel"], ["روسيا", "إسرائيل"]])
    func betweenRussiaAndIsraelListsDatedEvidence(_ names: [String]) throws {
        let r = try CLI.run(["graph", "query", "between", names[0], names[1], CLI.seeds])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2021-10-22"))
        #expect(r.stdout.contains("[000_553f444c189b1313]"))
    }

    @Test func statementsWithoutATargetAreEventsOnRequest() throws {
        let article = try CLI.temp(
            "said.json", Data(#"{"id":"s","lang":"ar","published":"2021-10-22","text":"قال بوتين أمس إن إسرائيل قصفت سوريا."}"#.utf8))
        func codes(_ args: [String]) throws -> [String] {
            let r = try CLI.run(args)
            #expect(r.status == 0)
            let json = try JSONSerialization.jsonObject(with: r.data) as? [String: Any]
            return (json?["events"] as? [[String: Any]] ?? []).compactMap { ($0["type"] as? [String: Any])?["root"] as? String }
        }
        #expect(try codes(["extract", article]) == ["19"])
        #expect(try codes(["extract", "--statements", article]).sorted() == ["01", "19"])
    }

    @Test func extractionJSONComposesWithTheViews() throws {
        let json = try CLI.run(["extract", "--format", "json", CLI.seeds])
        #expect(json.status == 0)
        let svg = try CLI.run(["graph", "render", "--svg", "-"], stdin: json.data)
        #expect(svg.status == 0)
        #expect(XMLParser(data: svg.data).parse())
    }
}

@Suite struct BadInputTests {
    @Test func aMissingFileIsAOneLineError() throws {
        let r = try CLI.run(["extract", "/nonexistent/article.txt"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
    }

    @Test func invalidUTF8IsRefused() throws {
        let r = try CLI.run(["extract", try CLI.temp("bad.txt", Data([0x61, 0xFF, 0xFE, 0x62]))])
        #expect(r.status == 1)
        #expect(r.stderr.contains("invalid UTF-8"))
    }

    @Test func aBinaryFileIsRefused() throws {
        let r = try CLI.run(["extract", try CLI.temp("blob.txt", Data((0..<4096).map { UInt8($0 % 7) }))])
        #expect(r.status == 1)
        #expect(r.stderr.contains("binary"))
    }

    @Test func malformedJSONNamesItsLine() throws {
        let r = try CLI.run(["extract", try CLI.temp("m.jsonl", Data("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": oops}\n".utf8))])
        #expect(r.status == 1)
        #expect(r.stderr.contains("m.jsonl:2"))
    }

    @Test func aDirectoryWithoutArticlesIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-empty-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try CLI.run(["extract", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no articles"))
    }

    @Test func anEmptyArticleWarnsAndGivesAnEmptyResult() throws {
        let r = try CLI.run(["extract", try CLI.temp("empty.txt", Data())])
        #expect(r.status == 0)
        #expect(r.stderr.contains("empty article"))
        let json = try JSONSerialization.jsonObject(with: r.data) as? [String: Any]
        #expect((json?["events"] as? [Any])?.isEmpty == true)
    }

    @Test func aBadOptionIsAUsageError() throws {
        let r = try CLI.run(["extract", "--published", "yesterday", CLI.seeds])
        #expect(r.status == 64)
    }
}

/// Golden files: the exact text the command line prints for the seed. A change in extraction
/// shows up here first; regenerate with CHRONOGRAPH_UPDATE_GOLDEN=1 after checking the diff.
@Suite struct GoldenTests {
    @Test(arguments: [
        (["timeline", "print"], "seed-timeline.txt"),
        (["graph", "query", "actors"], "seed-actors.txt"),
    ])
    func theSeedOutputMatchesItsGoldenFile(_ args: [String], _ golden: String) throws {
        let r = try CLI.run(args + [CLI.seeds])
        #expect(r.status == 0)
        let url = CLI.root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["CHRONOGRAPH_UPDATE_GOLDEN"] == "1" {
            try r.data.write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(r.stdout == expected)
    }
}

/// `chronograph eval` prints what the shared scorer prints, on the shared dev set.
@Suite struct EvalTests {
    static let dev = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: EvalTests.dev.appendingPathComponent("score.py").path)))
    func evalPrintsTheScorersFigures() throws {
        let ours = try CLI.run(["eval", EvalTests.dev.appendingPathComponent("dev").path])
        #expect(ours.status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", EvalTests.dev.appendingPathComponent("score.py").path, "--cmd", CLI.binary + " extract --format json {article}",
            EvalTests.dev.appendingPathComponent("dev").path,
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(ours.stdout == String(decoding: data, as: UTF8.self))
    }
}

/// `chronograph eval data/annotated --split test` prints what the shared scorer prints on the
/// same articles, texts kept in the pool included.
@Suite struct AnnotatedEvalTests {
    static let annotated = CLI.root.appendingPathComponent("data/annotated")
    static var ready: Bool {
        FileManager.default.fileExists(atPath: EvalTests.dev.appendingPathComponent("score.py").path)
            && FileManager.default.fileExists(atPath: CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/pool/ar.jsonl").path)
            && FileManager.default.fileExists(atPath: annotated.appendingPathComponent("splits.json").path)
    }

    static func python(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        p.currentDirectoryURL = CLI.root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: AnnotatedEvalTests.ready))
    func theTestSplitScoresAsTheSharedScorerScoresIt() throws {
        let ours = try CLI.run(["eval", Self.annotated.path, "--split", "test"])
        #expect(ours.status == 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("test-split-\(UUID().uuidString)").path
        _ = try Self.python(["scripts/annotation/materialize.py", "--split", "test", dir])
        let theirs = try Self.python([
            EvalTests.dev.appendingPathComponent("score.py").path, "--cmd", CLI.binary + " extract --format json {article}", dir,
        ])
        #expect(!theirs.isEmpty)
        #expect(ours.stdout == theirs)
    }

    @Test(.enabled(if: AnnotatedEvalTests.ready))
    func anUnknownSplitOrAFileWithoutGoldIsAnError() throws {
        let bogus = try CLI.run(["eval", Self.annotated.path, "--split", "dev"])
        #expect(bogus.status == 1)
        #expect(bogus.stderr.contains("unknown split"))
        let noGold = try CLI.run(["eval", Self.annotated.appendingPathComponent("queue.json").path])
        #expect(noGold.status == 1)
        #expect(noGold.stderr.contains("no gold-annotated articles"))
    }
}

@Suite struct HostileDictionaryTests {
    @Test func anAliasThatIsMarkupStaysInertInEveryOutput() throws {
        let dictionary = """
            actors:
              - id: evil
                name: "<script>alert(1)</script>\\"]; n1 -> n2 [label=\\"x"
                type: organization
                aliases: {en: [Zorblat Front]}
            """
        let dict = try CLI.temp("evil.yaml", Data(dictionary.utf8))
        let article = try CLI.temp("evil.txt", Data("The Zorblat Front attacked Israel on Monday.".utf8))
        let svg = try CLI.run(["graph", "render", "--svg", "--dictionary", dict, "--published", "2021-10-22", article])
        #expect(svg.status == 0)
        #expect(XMLParser(data: svg.data).parse())
        #expect(!svg.stdout.contains("<script"))
        let html = try CLI.run(["report", "--dictionary", dict, "--published", "2021-10-22", article])
        #expect(html.status == 0)
        #expect(!html.stdout.contains("<script"))
        let json = try CLI.run(["extract", "--dictionary", dict, "--published", "2021-10-22", article])
        #expect((try? JSONSerialization.jsonObject(with: json.data)) != nil)
    }

    @Test func duplicateArticleIdsAreKeptApartInTheirEvidence() throws {
        let lines =
            "{\"id\":\"same\",\"published\":\"2021-10-22\",\"text\":\"قصفت إسرائيل مواقع في سوريا.\"}\n"
            + "{\"id\":\"same\",\"published\":\"2021-10-23\",\"text\":\"أدانت مصر إسرائيل بسبب الهجوم.\"}\n"
        let r = try CLI.run(["extract", try CLI.temp("dup.jsonl", Data(lines.utf8))])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: r.data) as? [String: Any])
        #expect((doc["documents"] as? [Any])?.count == 2)
        let sentences = Set(
            ((doc["events"] as? [[String: Any]]) ?? []).flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String } })
        #expect(sentences.contains("قصفت إسرائيل مواقع في سوريا."))
        #expect(sentences.contains("أدانت مصر إسرائيل بسبب الهجوم."))
    }
}

/// `chronograph train` writes a model that `extract --model` reads; `--rules-only` reads without
/// one; a file that is not a model, or both flags at once, is a clear error.
@Suite struct TrainCommandTests {
    static func corpus() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var ids: [String] = []
        for (n, (a, b)) in [("Russia", "Israel"), ("France", "Germany"), ("Iran", "Iraq"), ("Jordan", "Syria")].enumerated() {
            let id = "toy-\(n)"
            ids.append(id)
            let sentence = "\(a) condemned \(b) in a statement."
            let doc: [String: Any] = [
                "id": id, "lang": "en", "published": "2019-05-01", "text": sentence + " \(a) and \(b) are neighbours.",
                "gold": [
                    "timexes": [],
                    "actors": [["name": a, "type": "country", "mentions": [a]], ["name": b, "type": "country", "mentions": [b]]],
                    "events": [["source": a, "target": b, "cameo_root": "11", "date": NSNull(), "evidence": sentence]],
                ],
            ]
            try JSONSerialization.data(withJSONObject: doc).write(to: dir.appendingPathComponent("\(id).json"))
        }
        try JSONSerialization.data(withJSONObject: ["train": ids, "test": []]).write(to: dir.appendingPathComponent("splits.json"))
        return dir.path
    }

    @Test func aTrainedModelIsWrittenTheSameTwiceAndReadByExtract() throws {
        let dir = try Self.corpus()
        let first = dir + "/a.model", second = dir + "/b.model"
        let r = try CLI.run(["train", dir, "--split", "train", "-o", first, "--iterations", "20"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("trained on 4 articles: 4 gold events, 4 among the candidates"))
        #expect(try CLI.run(["train", dir, "--split", "train", "-o", second, "--iterations", "20"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes.prefix(18) == Data("CHRONOGRAPH-READER".utf8))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        let article = try CLI.temp("condemn.txt", Data("Egypt condemned Turkey in a statement.".utf8))
        let learned = try CLI.run(["extract", "--format", "json", "--published", "2020-01-02", "--model", first, article])
        #expect(learned.status == 0)
        let json = try JSONSerialization.jsonObject(with: learned.data) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        #expect(events.count == 1)
        #expect(((events.first?["type"] as? [String: Any])?["code"] as? String)?.hasPrefix("11") == true)
        #expect(try CLI.run(["extract", "--format", "json", "--rules-only", article]).status == 0)
    }

    @Test func aBadModelOrBothReaderFlagsAreClearErrors() throws {
        let article = try CLI.temp("plain.txt", Data("Egypt condemned Turkey.".utf8))
        let notAModel = try CLI.run(["extract", "--model", article, article])
        #expect(notAModel.status == 1)
        #expect(notAModel.stderr.contains("not a Chronograph reader model"))
        let both = try CLI.run(["extract", "--model", article, "--rules-only", article])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--model and --rules-only exclude each other"))
        let missing = try CLI.run(["train", article + ".none", "-o", article + ".model"])
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: article + ".model"))
    }
}

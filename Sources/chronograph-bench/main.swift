import ChronographCore
import ChronographExtraction
import ChronographGraphviz
import Foundation

// chronograph-bench: extraction throughput (whole pipeline and per stage, one core and all
// cores), growth with input size, and Graphviz render time, on a corpus generated
// deterministically from the texts in seeds/ and examples/. Figures vary with the machine:
// compare ratios between runs on the same machine.
// Usage: swift run -c release chronograph-bench [--max-mb N] [--skip-graph]

let args = CommandLine.arguments
let maxMB = args.firstIndex(of: "--max-mb").flatMap { Int(args[$0 + 1]) } ?? 10
let skipGraph = args.contains("--skip-graph")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// A column of the report (`%-30@` does not pad on Linux).
func padded(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

/// A deterministic linear congruential generator, so every run reads the same corpus.
struct LCG {
    var state: UInt64
    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33)
    }
}

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
var collected: [String] = []
for dir in ["seeds", "examples"] {
    let items = (try? ArticleReader.read(paths: [root.appendingPathComponent(dir).path])) ?? []
    for case .article(let a) in items {
        collected += a.text.split(whereSeparator: { $0 == "\n" || $0 == "." }).map { String($0).trimmingCharacters(in: .whitespaces) + "." }
            .filter { $0.count > 20 }
    }
}
let sentences = collected
guard !sentences.isEmpty else {
    FileHandle.standardError.write(Data("run from the repository root (no texts in seeds/ or examples/)\n".utf8))
    exit(1)
}

/// Articles of about 3 KB made of shuffled sentences, up to `megabytes` in all.
func corpus(megabytes: Double, seed: UInt64, from sentences: [String]) -> [Article] {
    var rng = LCG(state: seed)
    var articles: [Article] = []
    var total = 0
    let target = Int(megabytes * 1_000_000)
    while total < target {
        var text = ""
        while text.utf8.count < 3000 { text += sentences[rng.next() % sentences.count] + (rng.next() % 4 == 0 ? "\n" : " ") }
        articles.append(Article(id: "a\(articles.count)", lang: nil, published: "2021-10-22", text: text))
        total += text.utf8.count
    }
    return articles
}

print("chronograph-bench: \(sentences.count) source sentences, \(ProcessInfo.processInfo.activeProcessorCount) cores")
var resources: Resources!
let load = try seconds { resources = try Resources.load() }
print(String(format: "resources loaded in %.3f s", load))
let extractor = Extractor(resources: resources, today: CivilDate(2026, 1, 1))

// Per stage, one core, on 1 MB.
let small = corpus(megabytes: 1, seed: 1, from: sentences)
let mb = Double(small.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
var times = StageTimes()
for a in small { times = times + extractor.profile(a) }
print("\nper stage, one core, \(String(format: "%.2f", mb)) MB of mixed Arabic/English news text:")
for (name, t) in [
    ("text (fold, tokens, clitics)", times.text), ("temporal tagger", times.temporal), ("actor tagger", times.actors),
    ("event tagger", times.events), ("whole extraction", times.total),
] {
    print("  " + padded(name, 30) + String(format: " %8.1f MB/s  %8.3f s", mb / t, t))
}
print("  " + padded("whole extraction", 30) + String(format: " %8.0f articles/s", Double(small.count) / times.total))

// Growth: one core and all cores, 1 MB up to maxMB.
print("\ngrowth (whole extraction):")
print("  size      1 core MB/s   all cores MB/s   peak memory")
var size = 1.0
while size <= Double(maxMB) {
    let articles = corpus(megabytes: size, seed: 7, from: sentences)
    let bytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
    let one = seconds { for a in articles { _ = extractor.extract(a) } }
    let pipeline = Pipeline(resources: resources)
    let items = articles.map { InputItem.article($0) }
    let all = seconds { _ = pipeline.extractAll(items) }
    print(String(format: "  %5.1f MB  %11.1f   %14.1f   %8.0f MB", bytes, bytes / one, bytes / all, peakMemoryMB()))
    size *= 10
}

// Graph render through libgvc with the automatic engine.
if !skipGraph {
    print("\ngraph layout and SVG render (libgvc, automatic engine):")
    for n in [100, 1000, 5000] {
        var rng = LCG(state: UInt64(n))
        let actors = (0..<n).map { Actor(id: "a\($0)", name: "Actor \($0)", type: ActorType.allCases[$0 % 4]) }
        var events: [Event] = []
        for i in 0..<(n * 2) {
            let s = rng.next() % n
            let t = rng.next() % n
            guard s != t else { continue }
            events.append(
                Event(
                    id: "e\(i)", date: TimeValue("2020"), type: EventType(code: i % 3 == 0 ? "190" : "040", label: ""),
                    goldstein: i % 3 == 0 ? -10 : 1, source: ["a\(s)"], target: ["a\(t)"], evidence: []))
        }
        let graph = ActorGraph(Extraction(actors: actors, events: events))
        var bytes = 0
        let t = try seconds { bytes = try GraphRenderer.render(graph, format: "svg").count }
        let engine = LayoutEngine.automatic(nodes: graph.nodes.count, edges: graph.relations.count)
        print(
            String(format: "  %5d nodes %6d edges  ", graph.nodes.count, graph.relations.count) + padded(engine.rawValue, 5)
                + String(format: " %7.2f s  %8d bytes", t, bytes))
    }
}

// Peers, when installed: Python dateparser on the same Arabic text (temporal stage only), and
// the Graphviz programs on the project's own DOT. Ratios matter more than absolute times.
func run(_ args: [String], input: Data? = nil) -> (Double, Int32, String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, p.terminationStatus, String(decoding: data, as: UTF8.self))
}

print("\npeers:")
let arabic = corpus(megabytes: 0.2, seed: 11, from: sentences.filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } })
let arabicText = arabic.map(\.text).joined(separator: "\n")
let arabicMB = Double(arabicText.utf8.count) / 1e6
let sample = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-bench-ar.txt")
try arabicText.write(to: sample, atomically: true, encoding: .utf8)
var ours = 0.0
var whole = 0.0
for a in arabic {
    let t = extractor.profile(a)
    ours += t.temporal
    whole += t.total
}
let script = """
    import sys, time
    from dateparser.search import search_dates
    text = open(sys.argv[1], encoding='utf-8').read()
    t = time.time()
    for chunk in text.split('\\n'):
        search_dates(chunk, languages=['ar'])
    print(time.time() - t)
    """
if let (_, status, out) = run(["python3", "-c", script, sample.path]), status == 0, let peer = Double(out.trimmingCharacters(in: .whitespacesAndNewlines)) {
    print(
        String(
            format: "  temporal, %.2f MB of Arabic: chronograph %.1f MB/s, dateparser.search_dates %.3f MB/s, ratio %.0fx", arabicMB, arabicMB / ours,
            arabicMB / peer, peer / ours))
    print(
        String(
            format: "  whole extraction, same text: chronograph %.1f MB/s, ratio %.0fx to dateparser (temporal only)", arabicMB / whole, peer / whole))
} else {
    print("  dateparser not installed (pip install dateparser): skipped")
}
if !skipGraph, FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
    var rng = LCG(state: 1000)
    let actors = (0..<1000).map { Actor(id: "a\($0)", name: "Actor \($0)", type: ActorType.allCases[$0 % 4]) }
    var events: [Event] = []
    for i in 0..<2000 {
        let s = rng.next() % 1000
        let t = rng.next() % 1000
        if s != t {
            events.append(
                Event(
                    id: "e\(i)", date: TimeValue("2020"), type: EventType(code: "040", label: ""), goldstein: 1, source: ["a\(s)"], target: ["a\(t)"],
                    evidence: []))
        }
    }
    let graph = ActorGraph(Extraction(actors: actors, events: events))
    let dotFile = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-bench.dot")
    try DOTWriter.dot(graph, splines: false).write(to: dotFile, atomically: true, encoding: .utf8)
    let inProcess = try seconds { _ = try GraphRenderer.render(graph, format: "svg") }
    if let (t, status, _) = run(["dot", "-Ksfdp", "-Tsvg", "-o", "/dev/null", dotFile.path]), status == 0 {
        print(String(format: "  1,000-node graph: libgvc in process %.2f s, sfdp program %.2f s, ratio %.2f", inProcess, t, t / inProcess))
    }
}

import ChronographCore
import ChronographExtraction
import Foundation

// chronograph-bench: extraction throughput (whole pipeline and per stage, one core and all
// cores), growth with input size, Graphviz render time, and the peers a user would pick
// instead, on a corpus generated deterministically from the texts in seeds/ and examples/.
// Figures vary with the machine: compare ratios between runs on the same machine.
// Usage: swift run -c release chronograph-bench [--max-mb N] [--skip-graph] [--skip-peers]
//        chronograph-bench --corpus FILE.jsonl [--corpus …] [--model FILE]   (whole real articles)

let args = CommandLine.arguments
func value(_ flag: String) -> Int? { args.firstIndex(of: flag).flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } }

let pool = SentencePool(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
guard !pool.all.isEmpty else {
    FileHandle.standardError.write(Data("run from the repository root (no texts in seeds/ or examples/)\n".utf8))
    exit(1)
}
var resources: Resources!
let load = try seconds { resources = try Resources.load() }
let extractor = Extractor(resources: resources, today: CivilDate(2026, 1, 1))

let corpora = args.indices.filter { args[$0] == "--corpus" && $0 + 1 < args.count }.map { args[$0 + 1] }
if !corpora.isEmpty {
    let model = args.firstIndex(of: "--model").flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
    for c in corpora { try reportCorpus(path: c, resources: resources, model: model) }
    exit(0)
}

if let mb = value("--growth-run") {
    growthRun(megabytes: mb, extractor: extractor, pool: pool)
    exit(0)
}

print("chronograph-bench: \(pool.all.count) source sentences, \(ProcessInfo.processInfo.activeProcessorCount) cores")
print(String(format: "resources loaded in %.3f s", load))
reportStages(extractor, pool: pool)
reportGrowth(maxMB: value("--max-mb") ?? 10)
if !args.contains("--skip-graph") { try reportGraphs(sizes: [100, 1000, 5000]) }
if !args.contains("--skip-peers") { try reportDateparser(extractor, pool: pool, megabytes: 0.2) }

import ChronographExtraction
import Foundation

/// How time and memory grow with the input: each size runs in a child process of its own
/// (`--growth-run MB`), so its peak resident size is its own. Articles are generated one batch
/// at a time and dropped once extracted, as a streaming user (`extract --format jsonl`,
/// `ingest`) would.
func reportGrowth(maxMB: Int) {
    print("\ngrowth (whole extraction, articles streamed in batches of 256, each size in its own process):")
    print("  size      1 core MB/s   all cores MB/s   peak memory")
    var size = 1
    while size <= maxMB {
        let me = CommandLine.arguments[0]
        if let (_, status, out) = run([me, "--growth-run", String(size)]), status == 0 {
            print(out, terminator: "")
        } else {
            print("  \(size) MB: the child run failed")
        }
        size *= 10
    }
}

/// One size of the growth table, in this process: one core, then all cores, on the same stream.
func growthRun(megabytes: Int, extractor: Extractor, pool: SentencePool) {
    var bytes = 0.0
    var one = 0.0
    var stream = ArticleStream(megabytes: Double(megabytes), seed: 7, sentences: pool.all)
    while case let batch = stream.batch(256), !batch.isEmpty {
        bytes += batch.megabytes
        one += seconds { for a in batch { _ = extractor.extract(a) } }
    }
    var all = 0.0
    stream = ArticleStream(megabytes: Double(megabytes), seed: 7, sentences: pool.all)
    while case let batch = stream.batch(256), !batch.isEmpty {
        all += seconds { DispatchQueue.concurrentPerform(iterations: batch.count) { _ = extractor.extract(batch[$0]) } }
    }
    print(String(format: "  %5.1f MB  %11.1f   %14.1f   %8.0f MB", bytes, bytes / one, bytes / all, peakMemoryMB()))
}

import ChronographExtraction
import Foundation

/// The run of three with the shortest whole extraction: these machines are noisy, and the
/// fastest run is the one least disturbed.
func bestOf3(_ run: () -> StageTimes) -> StageTimes {
    (0..<3).map { _ in run() }.min { $0.total < $1.total }!
}

/// Throughput of each stage on one core: text analysis, the three taggers and the resolver
/// (what `extract` spends beyond the taggers: dating, roles, merging mentions, building the
/// Extraction), on mixed text and on each language alone.
func reportStages(_ extractor: Extractor, pool: SentencePool) {
    let mixed = Array(ArticleStream(megabytes: 1, seed: 1, sentences: pool.all))
    let t = bestOf3 { mixed.reduce(StageTimes()) { $0 + extractor.profile($1) } }
    let mb = mixed.megabytes
    let resolver = max(0, t.total - t.text - t.temporal - t.actors - t.events)
    print("\nper stage, one core, \(String(format: "%.2f", mb)) MB of mixed Arabic/English news text:")
    for (name, s) in [
        ("text (fold, tokens, clitics)", t.text), ("temporal tagger", t.temporal), ("actor tagger", t.actors),
        ("event tagger", t.events), ("resolver and output", resolver), ("whole extraction", t.total),
    ] {
        print("  " + padded(name, 30) + String(format: " %8.1f MB/s  %8.3f s", mb / s, s))
    }
    print("  " + padded("whole extraction", 30) + String(format: " %8.0f articles/s", Double(mixed.count) / t.total))
    for (name, sentences) in [("Arabic only", pool.arabicSentences), ("English only", pool.englishSentences)] {
        let articles = Array(ArticleStream(megabytes: 1, seed: 3, sentences: sentences))
        let lt = bestOf3 { articles.reduce(StageTimes()) { $0 + extractor.profile($1) } }
        let rest = max(0, lt.total - lt.text - lt.temporal - lt.actors - lt.events)
        let share = [lt.text, lt.temporal, lt.actors, lt.events, rest].map { String(format: "%.0f%%", 100 * $0 / lt.total) }
        print("  " + padded(name + " time share", 30) + " text \(share[0]), temporal \(share[1]), actors \(share[2]), events \(share[3]), resolver \(share[4])")
        let s = (0..<3).map { _ in seconds { for a in articles { _ = extractor.extract(a) } } }.min()!
        print(
            "  " + padded("whole extraction, " + name, 30) + String(format: " %8.1f MB/s  %8.0f articles/s", articles.megabytes / s, Double(articles.count) / s)
        )
    }
}

import ChronographExtraction
import Foundation

/// A deterministic linear congruential generator, so every run reads the same corpus.
struct LCG {
    var state: UInt64
    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33)
    }
}

/// The sentences of the texts in `seeds/` and `examples/`, from which the benchmark's articles
/// are made.
struct SentencePool {
    let all: [String]
    var arabicSentences: [String] { all.filter(Self.isArabic) }
    var englishSentences: [String] { all.filter { !Self.isArabic($0) } }

    init(root: URL) {
        var collected: [String] = []
        for dir in ["seeds", "examples"] {
            let items = (try? ArticleReader.read(paths: [root.appendingPathComponent(dir).path])) ?? []
            for case .article(let a) in items {
                collected += a.text.split(whereSeparator: { $0 == "\n" || $0 == "." })
                    .map { String($0).trimmingCharacters(in: .whitespaces) + "." }
                    .filter { $0.count > 20 }
            }
        }
        all = collected
    }

    static func isArabic(_ s: String) -> Bool { s.unicodeScalars.contains { ArabicScript.block.contains($0.value) } }
}

/// Articles of about 3 KB of shuffled sentences, made one at a time so that a run over 100 MB
/// never holds the whole corpus.
struct ArticleStream: Sequence, IteratorProtocol {
    let sentences: [String]
    let limit: Int
    var rng: LCG
    var produced = 0
    var count = 0

    init(megabytes: Double, seed: UInt64, sentences: [String]) {
        self.sentences = sentences
        limit = Int(megabytes * 1_000_000)
        rng = LCG(state: seed)
    }

    mutating func next() -> Article? {
        guard produced < limit, !sentences.isEmpty else { return nil }
        var text = ""
        while text.utf8.count < 3000 { text += sentences[rng.next() % sentences.count] + (rng.next() % 4 == 0 ? "\n" : " ") }
        produced += text.utf8.count
        count += 1
        return Article(id: "a\(count)", lang: nil, published: "2021-10-22", text: text)
    }

    /// The next `n` articles (fewer at the end).
    mutating func batch(_ n: Int) -> [Article] {
        var out: [Article] = []
        while out.count < n, let a = next() { out.append(a) }
        return out
    }
}

extension Array where Element == Article {
    var megabytes: Double { Double(reduce(0) { $0 + $1.text.utf8.count }) / 1e6 }
}

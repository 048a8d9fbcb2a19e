import ChronographCore
import ChronographExtraction
import Foundation

/// Extraction throughput on real articles: a JSONL file of whole articles (`id`, `lang`,
/// `published`, `text`; the pool's `ar.jsonl` and `en.jsonl`), each extracted once on one
/// core, with the rules alone and, when a model is given, with the learned reader.
func reportCorpus(path: String, resources: Resources, model: String?) throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
    var articles: [Article] = []
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = o["text"] as? String else { continue }
        articles.append(
            Article(id: o["id"] as? String ?? "a\(articles.count)", lang: o["lang"] as? String, published: o["published"] as? String, text: text))
    }
    let bytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count })
    print(String(format: "corpus %@: %d articles, %.2f MB", (path as NSString).lastPathComponent, articles.count, bytes / 1e6))
    var readers: [(String, Resources)] = [("rules alone", resources.reading(with: nil))]
    if let model { readers.append(("learned reader", resources.reading(with: try ReaderModel(contentsOf: model)))) }
    for (name, r) in readers {
        let extractor = Extractor(resources: r, today: CivilDate(2026, 1, 1))
        var events = 0
        let t = seconds { for a in articles { events += extractor.extract(a).events.count } }
        print(String(format: "  %@ %.2f MB/s per core (%.2f s, %d events)", padded(name + ":", 16), bytes / 1e6 / t, t, events))
    }
}

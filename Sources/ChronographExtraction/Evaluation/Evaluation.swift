import ChronographCore
import Foundation

extension Scorer {
    /// Extracts every gold article under the paths (files or directories of `.json`; with a
    /// split, only the articles `splits.json` assigns to it) and scores it, as
    /// `../shared/eval/score.py` does with `chronograph extract`.
    public static func evaluate(paths: [String], extractor: Extractor, split: String? = nil, pool: String? = nil) throws -> Scorer {
        var corpus = try AnnotatedCorpus(paths: paths, split: split, pool: pool)
        var scorer = Scorer()
        for file in corpus.files {
            guard let data = FileManager.default.contents(atPath: file),
                let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw InputError.malformedJSON(file: file, line: 1, reason: "not a JSON object") }
            guard doc["gold"] != nil else { continue }
            let article = Article(
                id: doc["id"] as? String ?? (file as NSString).lastPathComponent, title: doc["title"] as? String,
                lang: doc["lang"] as? String, published: doc["published"] as? String, source: doc["source"] as? String,
                text: try corpus.text(of: doc, file: file))
            let extraction = Corpus.merge([extractor.extract(article)])
            let json = try JSONSerialization.jsonObject(with: try extraction.jsonData(pretty: false)) as? [String: Any] ?? [:]
            scorer.add(gold: doc, system: json)
        }
        return scorer
    }
}

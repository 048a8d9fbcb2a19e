import ChronographCore
import Foundation

extension Scorer {
    /// Extracts every gold article under the paths (files or directories of `.json`) and scores
    /// it, as `../shared/eval/score.py` does with `chronograph extract`.
    public static func evaluate(paths: [String], extractor: Extractor) throws -> Scorer {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path) }
            if isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        var scorer = Scorer()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file),
                let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw InputError.malformedJSON(file: file, line: 1, reason: "not a JSON object") }
            guard doc["gold"] != nil, let text = doc["text"] as? String else { continue }
            let article = Article(
                id: doc["id"] as? String ?? (file as NSString).lastPathComponent, title: doc["title"] as? String,
                lang: doc["lang"] as? String, published: doc["published"] as? String, source: doc["source"] as? String, text: text)
            let extraction = Corpus.merge([extractor.extract(article)])
            let json = try JSONSerialization.jsonObject(with: try extraction.jsonData(pretty: false)) as? [String: Any] ?? [:]
            scorer.add(gold: doc, system: json)
        }
        return scorer
    }
}

import Foundation

/// Gold-annotated articles on disk: files or directories of `.json` with a `gold` object, the
/// fixed train/test assignment of a directory (`splits.json`: `{"train": [ids], "test": [ids]}`),
/// and the texts that a licence kept out of the repository, read from the unlabelled pool by id
/// and checked against the file's `text_sha256`.
public struct AnnotatedCorpus {
    /// The gold files under the paths, in order; with a split, only the articles assigned to it.
    public let files: [String]
    private let poolDirectory: String?
    private var poolTexts: [String: String]?

    /// The split names a `splits.json` may assign.
    public static let splitNames = ["train", "test"]

    public init(paths: [String], split: String? = nil, pool: String? = nil) throws {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path) }
            var found: [String]
            if isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                found = names.filter { $0.hasSuffix(".json") && $0 != "splits.json" }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                found = [path]
            }
            if let split {
                let dir = isDir.boolValue ? path : (path as NSString).deletingLastPathComponent
                let ids = try AnnotatedCorpus.ids(of: split, in: dir)
                found = found.filter { ids.contains((($0 as NSString).lastPathComponent as NSString).deletingPathExtension) }
            }
            files += found
        }
        self.files = files
        self.poolDirectory = pool ?? AnnotatedCorpus.defaultPool(near: paths.first)
    }

    /// The ids a directory's `splits.json` assigns to a split.
    public static func ids(of split: String, in directory: String) throws -> Set<String> {
        guard splitNames.contains(split) else {
            throw InputError.unreadable(split, "unknown split; expected one of \(splitNames.joined(separator: ", "))")
        }
        let file = (directory as NSString).appendingPathComponent("splits.json")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputError.unreadable(file, "no splits.json beside the annotated articles, so --split cannot apply")
        }
        guard let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let ids = doc[split] as? [String] else {
            throw InputError.malformedJSON(file: file, line: 1, reason: "expected an object with a list of ids for \"\(split)\"")
        }
        return Set(ids)
    }

    /// Where the unlabelled pool is looked for: `$CHRONOGRAPH_POOL`, then `../shared/corpus/pool`
    /// from the working directory, then from the repository that holds the annotated directory.
    static func defaultPool(near path: String?) -> String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["CHRONOGRAPH_POOL"] { candidates.append(env) }
        candidates.append("../shared/corpus/pool")
        if let path {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL
            var dir = absolute
            for _ in 0..<4 {
                dir = dir.deletingLastPathComponent()
                candidates.append(dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/pool").path)
            }
        }
        return candidates.first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("ar.jsonl")) }
    }

    /// The article's text: its own, or the pool's when the file carries only `text_sha256`.
    public mutating func text(of doc: [String: Any], file: String) throws -> String {
        if let text = doc["text"] as? String { return text }
        guard let id = doc["id"] as? String, let hash = doc["text_sha256"] as? String else {
            throw InputError.missingField(file: file, line: 1, field: "text")
        }
        if poolTexts == nil { poolTexts = try loadPool() }
        guard let text = poolTexts?[id] else {
            throw InputError.unreadable(file, "its text is not in the repository and \(id) is not in the pool (\(poolDirectory ?? "not found"); set --pool)")
        }
        guard SHA256.hex(text) == hash else { throw InputError.unreadable(file, "the pool's text of \(id) does not match text_sha256") }
        return text
    }

    private func loadPool() throws -> [String: String] {
        guard let dir = poolDirectory else { return [:] }
        var out: [String: String] = [:]
        for name in ["ar.jsonl", "en.jsonl"] {
            let path = (dir as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let doc = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let id = doc["id"] as? String,
                    let text = doc["text"] as? String
                else { continue }
                out[id] = text
            }
        }
        return out
    }
}

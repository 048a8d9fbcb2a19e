import ChronographCore
import Foundation

/// One input as read: articles to extract, or an Extraction JSON made earlier.
public enum InputItem: Sendable {
    case article(Article)
    case extraction(Extraction)
}

/// Reads `.txt`, `.json` (one article or an Extraction JSON), `.jsonl` (one per line),
/// directories (recursively) and `-` (stdin), with errors that say what and where.
public enum ArticleReader {
    public static let maxFileBytes = 512 * 1024 * 1024

    public static func read(paths: [String], stdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> [InputItem] {
        var items: [InputItem] = []
        for path in paths {
            if path == "-" {
                items += try parse(data: stdin(), name: "<stdin>", ext: nil)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw InputError.notFound(path) }
            if isDir.boolValue {
                let files = articleFiles(in: path)
                guard !files.isEmpty else { throw InputError.noArticles(path) }
                for f in files { items += try readFile(f) }
            } else {
                items += try readFile(path)
            }
        }
        return items
    }

    /// The article files (.txt, .json, .jsonl) under a directory, recursively, in name order;
    /// `.txt` files in the TABARI/PETRARCH dictionary format are left out.
    public static func articleFiles(in dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            let ext = (rel as NSString).pathExtension.lowercased()
            guard ["txt", "json", "jsonl"].contains(ext), !(rel as NSString).lastPathComponent.hasPrefix(".") else { continue }
            let path = (dir as NSString).appendingPathComponent(rel)
            // A TABARI/PETRARCH dictionary kept beside the articles is not one of them.
            if ext == "txt", PetrarchDictionary.isDictionary(atPath: path) { continue }
            out.append(path)
        }
        return out.sorted()
    }

    public static func readFile(_ path: String) throws -> [InputItem] {
        guard let h = FileHandle(forReadingAtPath: path) else { throw InputError.unreadable(path, "permission denied or unreadable") }
        defer { try? h.close() }
        let data = (try? h.readToEnd()) ?? Data()
        let ext = (path as NSString).pathExtension.lowercased()
        return try parse(data: data, name: path, ext: ext)
    }

    /// Parses bytes by extension, or by content when there is none (stdin).
    public static func parse(data: Data, name: String, ext: String?) throws -> [InputItem] {
        let text = try decodeText(data, name: name)
        let trimmed = text.drop { $0.isWhitespace }
        let kind = ext ?? (trimmed.hasPrefix("{") ? (looksLikeJSONL(text) ? "jsonl" : "json") : "txt")
        switch kind {
        case "json":
            return [try parseJSONObject(Data(text.utf8), name: name, line: 1, fallbackID: baseName(name))]
        case "jsonl":
            var items: [InputItem] = []
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if l.isEmpty { continue }
                items.append(try parseJSONObject(Data(l.utf8), name: name, line: n + 1, fallbackID: "\(baseName(name))-\(n + 1)"))
            }
            return items
        default:
            return [.article(Article(id: baseName(name), text: text))]
        }
    }

    static func looksLikeJSONL(_ text: String) -> Bool {
        let lines = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return lines.count > 1
            && lines.allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("{") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("}") }
    }

    static func baseName(_ path: String) -> String {
        let last = (path as NSString).lastPathComponent
        return (last as NSString).deletingPathExtension
    }

    static func decodeText(_ data: Data, name: String) throws -> String {
        guard data.count <= maxFileBytes else { throw InputError.unreadable(name, "larger than \(maxFileBytes / 1_048_576) MiB") }
        let sample = data.prefix(8192)
        var controls = 0
        for b in sample where b == 0 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) { controls += 1 }
        if sample.contains(0) && controls * 20 > sample.count || controls * 10 > max(sample.count, 1) { throw InputError.binary(name) }
        guard let s = String(validatingUTF8Data: data) else {
            throw InputError.invalidUTF8(file: name, offset: firstInvalidUTF8(data))
        }
        return s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
    }

    static func firstInvalidUTF8(_ data: Data) -> Int {
        var decoder = UTF8()
        var it = data.makeIterator()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let v):
                consumed += UTF8.width(v)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    static func parseJSONObject(_ data: Data, name: String, line: Int, fallbackID: String) throws -> InputItem {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            throw InputError.malformedJSON(file: name, line: line + jsonErrorLine(data, error), reason: reason)
        }
        guard let dict = object as? [String: Any] else {
            throw InputError.malformedJSON(file: name, line: line, reason: "expected an object")
        }
        if dict["documents"] != nil || dict["events"] != nil && dict["text"] == nil {
            do {
                return .extraction(try JSONDecoder().decode(Extraction.self, from: data))
            } catch {
                throw InputError.malformedJSON(file: name, line: line, reason: "not an Extraction JSON: \(error)")
            }
        }
        guard let text = dict["text"] as? String else { throw InputError.missingField(file: name, line: line, field: "text") }
        let id = (dict["id"] as? String) ?? (dict["id"] as? NSNumber)?.stringValue ?? fallbackID
        return .article(
            Article(
                id: id, title: dict["title"] as? String, lang: dict["lang"] as? String,
                published: dict["published"] as? String, source: dict["source"] as? String, text: text))
    }

    /// The line (0-based, added to the object's first line) where JSONSerialization stopped.
    static func jsonErrorLine(_ data: Data, _ error: Error) -> Int {
        let info = (error as NSError).userInfo
        guard let index = info["NSJSONSerializationErrorIndex"] as? Int else { return 0 }
        return data.prefix(index).filter { $0 == 0x0A }.count
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(bytes: data, encoding: .utf8) else { return nil }
        self = s
    }
}

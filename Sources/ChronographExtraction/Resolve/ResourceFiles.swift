import Foundation
import Yams

/// Errors in resources and user dictionaries, naming the file and, when known, the line.
public enum ResourceError: Error, CustomStringConvertible, Sendable {
    case missing(String)
    case malformed(file: String, line: Int?, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): "resource not found: \(name)"
        case .malformed(let file, let line?, let reason): "\(file):\(line): \(reason)"
        case .malformed(let file, nil, let reason): "\(file): \(reason)"
        }
    }
}

/// Reads the YAML files shipped in the extraction target's `Resources/` folder.
enum ResourceFiles {
    static func url(_ path: String) -> URL? {
        Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(path)
    }

    /// A folder shipped at the top of the target's bundle (a language's `ar/`, `en/`).
    static func bundled(_ folder: String) -> URL? {
        Bundle.module.bundleURL.appendingPathComponent(folder)
    }

    /// The text of a language's resource file in its folder, nil when the language has none.
    static func text(in folder: URL?, _ name: String) throws -> (text: String, name: String)? {
        guard let folder else { return nil }
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url) else { throw ResourceError.missing(url.path) }
        return (String(decoding: data, as: UTF8.self), name)
    }

    static func text(_ path: String) throws -> String {
        guard let url = url(path), let data = try? Data(contentsOf: url) else { throw ResourceError.missing(path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file with an extension in a resource folder, sorted by name.
    static func files(in folder: String, ext: String) -> [URL] {
        guard let dir = url(folder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
        else { return [] }
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Decodes YAML text, turning Yams' errors into one that names the file and line.
    static func decode<T: Decodable>(_ type: T.Type, yaml: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: yaml)
        } catch let error as YamlError {
            var line: Int? = nil
            if case .scanner(_, _, let mark, _) = error { line = mark.line }
            if case .parser(_, _, let mark, _) = error { line = mark.line }
            throw ResourceError.malformed(file: file, line: line, reason: "\(error)".components(separatedBy: "\n").first ?? "invalid YAML")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx), let DecodingError.keyNotFound(_, ctx) {
            let path = ctx.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw ResourceError.malformed(file: file, line: YAMLLines.line(of: ctx.codingPath, in: yaml), reason: "\(path): \(ctx.debugDescription)")
        } catch let DecodingError.dataCorrupted(ctx) {
            if let yaml = ctx.underlyingError as? YamlError {
                // Duplicate keys and the like: Yams knows the line.
                var line: Int? = nil
                if case .composer(_, _, let mark, _) = yaml { line = mark.line }
                throw ResourceError.malformed(file: file, line: line, reason: "\(yaml)".components(separatedBy: "\n").first ?? "invalid YAML")
            }
            let path = ctx.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw ResourceError.malformed(file: file, line: YAMLLines.line(of: ctx.codingPath, in: yaml), reason: "\(path): \(ctx.debugDescription)")
        }
    }
}

/// Finds the line of a decoding path in YAML text, by walking its nodes.
enum YAMLLines {
    static func line(of path: [CodingKey], in yaml: String) -> Int? {
        guard var node = try? Yams.compose(yaml: yaml) else { return nil }
        var best = node.mark?.line
        for key in path {
            if let i = key.intValue, let seq = node.sequence, i < seq.count {
                node = seq[i]
            } else if let map = node.mapping, let v = map[key.stringValue] {
                node = v
            } else {
                break
            }
            best = node.mark?.line ?? best
        }
        return best
    }
}

import Foundation

/// The explorer page's files, shipped in the binary's resource bundle: HTML, script and style,
/// with no build step and nothing fetched from elsewhere.
public enum ExplorerAssets {
    public struct Asset: Sendable {
        public var type: String
        public var data: Data
    }

    static let files: [(route: String, name: String, ext: String, type: String)] = [
        ("/", "index", "html", "text/html; charset=utf-8"),
        ("/explorer.js", "explorer", "js", "text/javascript; charset=utf-8"),
        ("/explorer.css", "explorer", "css", "text/css; charset=utf-8"),
    ]

    /// Each route with its file, read once.
    public static let routes: [(String, Asset)] = files.map { f in
        let url =
            Bundle.module.url(forResource: f.name, withExtension: f.ext, subdirectory: "Explorer")
            ?? Bundle.module.url(forResource: f.name, withExtension: f.ext)
        let data = url.flatMap { try? Data(contentsOf: $0) } ?? Data("missing \(f.name).\(f.ext)".utf8)
        return (f.route, Asset(type: f.type, data: data))
    }
}

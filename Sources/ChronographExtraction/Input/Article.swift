import Foundation

/// An article to read: the input format of DESIGN.md (`id`, `title`, `lang`, `published`,
/// `source`, `text`).
public struct Article: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var lang: String?
    public var published: String?
    public var source: String?
    public var text: String

    public init(id: String, title: String? = nil, lang: String? = nil, published: String? = nil, source: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.lang = lang
        self.published = published
        self.source = source
        self.text = text
    }

    /// `ar` when Arabic letters outnumber Latin ones, else `en`.
    public static func detectLanguage(_ text: String) -> String {
        var arabic = 0
        var latin = 0
        // A counted loop: `prefix(_:)` on the scalar view walks it through checked index offsets.
        var seen = 0
        for u in text.unicodeScalars {
            if seen == 20_000 { break }
            seen += 1
            if Folding.isArabicLetter(u.value) { arabic += 1 } else if (0x41...0x7A).contains(u.value) { latin += 1 }
        }
        return arabic >= latin && arabic > 0 ? "ar" : "en"
    }
}

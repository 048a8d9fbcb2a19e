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

    /// The code of the shipped language with most letters in the text (`ar` on a tie), else `en`.
    public static func detectLanguage(_ text: String) -> String {
        LanguageSet.standard.dominantCode(in: text) ?? "en"
    }
}

import Foundation

/// The headline that opens an article's text. Headlines restate the lead in telegraphic style,
/// without dates (سلاح الجو الأردني يقصف مواقع للمتشددين, Egypt says Libyan raids kill four), so
/// events are read from the body that follows.
enum Headline {
    /// Where the headline ends, in scalars of the text, when the text opens with the title and
    /// goes on after it; nil otherwise.
    static func end(title: String?, text: String) -> Int? {
        guard let title = title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return nil }
        var offset = 0
        var body = text.unicodeScalars.makeIterator()
        var next = body.next()
        while let c = next, CharacterSet.whitespacesAndNewlines.contains(c) {
            offset += 1
            next = body.next()
        }
        for t in title.unicodeScalars {
            guard let c = next, c == t else { return nil }
            offset += 1
            next = body.next()
        }
        while let c = next {
            if !CharacterSet.whitespacesAndNewlines.contains(c) && !CharacterSet.punctuationCharacters.contains(c) { return offset }
            next = body.next()
        }
        return nil
    }
}

import ChronographCore
import Foundation

/// The normalizations of `../shared/eval/score.py`, so that `chronograph eval` gives its figures.
enum ScoreText {
    static let punctuation = Set("\"'“”‘’«»()[].,،:;!?؟-–—_/".unicodeScalars)

    /// NFKC, Arabic diacritics and tatweel removed, alef forms, ى, ة folded, lowercased,
    /// punctuation as spaces, a leading "the"/"al" dropped, spaces collapsed.
    static func norm(_ s: String?) -> String {
        guard let s else { return "" }
        var out = String.UnicodeScalarView()
        for u in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if let f = Scripts.scoringFold(u.value), let scalar = Unicode.Scalar(f) { out.append(scalar) }
        }
        var t = String(out).lowercased()
        t = String(String.UnicodeScalarView(t.unicodeScalars.map { punctuation.contains($0) ? " " : $0 }))
        t = t.trimmingCharacters(in: .whitespacesAndNewlines)
        for article in ["the", "al"] {
            if t.hasPrefix(article), let next = t.unicodeScalars.dropFirst(article.count).first, CharacterSet.whitespaces.contains(next) {
                t = String(t.dropFirst(article.count))
                break
            }
        }
        return t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A date value as score.py reads it: a string, a `{value}` or `{start, end}` object, or null.
    static func interval(_ v: Any?) -> DayInterval? {
        guard let v, !(v is NSNull) else { return nil }
        if let d = v as? [String: Any] {
            if d["start"] != nil || d["end"] != nil {
                let a = interval(d["start"])
                let b = interval(d["end"])
                if let a, let b { return DayInterval(first: a.first, last: b.last) }
                return a ?? b
            }
            return interval(d["value"])
        }
        return DayInterval(isoValue: "\(v)".trimmingCharacters(in: .whitespaces))
    }

    static func string(_ v: Any?) -> String {
        guard let v, !(v is NSNull) else { return "None" }
        if let d = v as? [String: Any] { return d.isEmpty ? "{}" : "\(d)" }
        return "\(v)"
    }

    static func isEmpty(_ v: Any?) -> Bool {
        guard let v, !(v is NSNull) else { return true }
        if let s = v as? String { return s.isEmpty }
        if let d = v as? [String: Any] { return d.isEmpty }
        return false
    }

    static func compatible(_ g: Any?, _ s: Any?) -> Bool {
        let gi = interval(g)
        let si = interval(s)
        if gi == nil && si == nil { return (isEmpty(g) && isEmpty(s)) || string(g) == string(s) }
        guard let gi, let si else { return false }
        return gi.overlaps(si)
    }

    static func valueOf(_ d: Any?) -> Any? {
        if let dict = d as? [String: Any] { return dict["value"] }
        return d
    }

    static func root(_ code: Any?) -> String? {
        guard var c = code, !(c is NSNull) else { return nil }
        if let d = c as? [String: Any] { c = d["root"] ?? d["code"] ?? d["cameo"] ?? "" }
        let digits = "\(c)".filter(\.isNumber)
        if digits.count >= 2 { return String(digits.prefix(2)) }
        return digits.isEmpty ? nil : String(repeating: "0", count: 2 - digits.count) + digits
    }

    static func quad(_ code: Any?) -> Int? {
        guard let r = root(code), let n = Int(r) else { return nil }
        return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4
    }
}

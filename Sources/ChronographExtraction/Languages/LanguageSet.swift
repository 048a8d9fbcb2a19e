import Foundation

/// The languages an engine reads, in order: a token belongs to the first whose script has its
/// first letter. Index 0 stands for words of no listed language.
public struct LanguageSet: Sendable {
    /// The listed languages, after `NoLanguage` at index 0.
    let all: [any Language]
    /// For each scalar of the Basic Multilingual Plane, the index of its language (0: none).
    private let letterTable: [UInt8]
    /// Each language's traits, read once, by index: the hot loops test stored values.
    public let traits: [LanguageTraits]

    public init(_ languages: [any Language]) {
        precondition(languages.count < 255, "at most 254 languages")
        all = [NoLanguage()] + languages
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            if let k = languages.firstIndex(where: { $0.isLetter(UInt32(v)) }) { table[v] = UInt8(k + 1) }
        }
        letterTable = table
        traits = all.enumerated().map { LanguageTraits($0.element, listed: $0.offset != 0) }
    }

    /// Arabic and English, as shipped.
    public static let standard = LanguageSet([Arabic(), English()])

    /// The listed languages (without the placeholder for words of none).
    public var languages: ArraySlice<any Language> { all.dropFirst() }

    /// The language at a token's index.
    @inline(__always) public subscript(_ index: UInt8) -> any Language { all[Int(index)] }

    /// The index of the language whose script has this folded letter, 0 when none has.
    @inline(__always) public func index(ofLetter v: UInt32) -> UInt8 {
        v < 0x10000 ? letterTable[Int(v)] : 0
    }

    /// The code of the language with most letters among the first 20,000 scalars of a text,
    /// nil when none has any (ties go to the language listed first).
    public func dominantCode(in text: String) -> String? {
        var counts = [Int](repeating: 0, count: all.count)
        var seen = 0
        for u in text.unicodeScalars {
            if seen == 20_000 { break }
            seen += 1
            if let f = Folding.fold(u.value) { counts[Int(index(ofLetter: f))] += 1 }
        }
        var best = 0
        for k in 1..<counts.count where counts[k] > 0 && (best == 0 || counts[k] > counts[best]) { best = k }
        return best == 0 ? nil : all[best].code
    }

    /// The traits of the language at a token's index.
    @inline(__always) public func traits(_ index: UInt8) -> LanguageTraits { traits[Int(index)] }

    /// Whether a letter is a preposition some listed language writes on the next word (ب ل ك).
    public func isWrittenOnPreposition(_ v: UInt32) -> Bool {
        languages.contains { $0.clitics.prepositions.contains(v) }
    }
}

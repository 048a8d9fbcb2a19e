import Foundation

/// English: subject-first clauses, names written with capitals, the possessive 's and the plural
/// -s taken off to reach a known word, -ing participles. Its resource files are in `en/`.
public struct English: Language {
    public init() {}
    public var code: String { "en" }
    public func isLetter(_ folded: UInt32) -> Bool { LatinScript.isLetter(folded) }
    public var resources: URL? { ResourceFiles.bundled("en") }
    public var capitalizesNames: Bool { true }
    public var apostropheInWords: Bool { true }
    public var clauseOrder: ClauseOrder { .subjectFirst }
    public var weekStart: Int { 1 }
    public var dayBeforeMonth: Bool { false }
    public var locales: [String] { ["en"] }
    public var abbreviatesCalendarNames: Bool { true }

    private static let apostrophe: UInt32 = 0x27, s: UInt32 = 0x73

    public func readings(of w: UnsafeBufferPointer<UInt32>, in lex: Lexicon, into out: inout [WordReading]) {
        let n = w.count
        if let id = lex.id(hash: Lexicon.hash(w)) { out.append(WordReading(word: id, prefix: 0, article: false, inflected: false)) }
        if n > 2, w[n - 2] == Self.apostrophe, w[n - 1] == Self.s, let id = lex.id(hash: Lexicon.hash(UnsafeBufferPointer(rebasing: w[0..<(n - 2)]))) {
            out.append(WordReading(word: id, prefix: 0, article: false, inflected: true))
        } else if n > 3, w[n - 1] == Self.s, let id = lex.id(hash: Lexicon.hash(UnsafeBufferPointer(rebasing: w[0..<(n - 1)]))) {
            out.append(WordReading(word: id, prefix: 0, article: false, inflected: true))
        }
    }

    public var nameEnding: [UInt32] { [Self.apostrophe, Self.s] }

    public func isParticiple(_ word: ArraySlice<UInt32>) -> Bool {
        word.count >= 3 && word.suffix(3).elementsEqual([0x69, 0x6E, 0x67])
    }
}

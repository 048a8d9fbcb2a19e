/// Splits folded scalars into words (each of one language's script), numbers and punctuation
/// marks; letters and digits never share a token (`الـ15` → `ال`, `15`).
enum Tokenizer {
    static func tokenize(folded: [UInt32], origin: [Int32], original: [Unicode.Scalar], languages: LanguageSet) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(folded.count / 5)
        var k = 0
        let n = folded.count
        var space = true
        var newline = true
        while k < n {
            let v = folded[k]
            // An underscore separates words as a space does: hashtags join them with it
            // (#كوريا_الشمالية, #North_Korea).
            if v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x0D || v == 0x5F || (0x2000...0x200A).contains(v) || v == 0x3000 || v == 0x202F {
                space = true
                k += 1
                continue
            }
            if v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x0C || v == 0x85 {
                space = true
                newline = true
                k += 1
                continue
            }
            let start = k
            var kind: TokenKind
            var language: UInt8 = 0
            var number: Int? = nil
            if Folding.isDigit(v) {
                kind = .number
                var value = 0
                var digits = 0
                while k < n, Folding.isDigit(folded[k]) {
                    if digits < 18 { value = value * 10 + Int(folded[k] - 0x30) }
                    digits += 1
                    k += 1
                }
                number = digits <= 18 ? value : nil
            } else if case let l = languages.index(ofLetter: v), l != 0 {
                kind = .word
                language = l
                let apostrophe = languages.traits(l).apostropheInWords
                while k < n {
                    let c = folded[k]
                    if languages.index(ofLetter: c) == l { k += 1; continue }
                    // An apostrophe inside a word stays in it where the language says so (Russia's).
                    if apostrophe, c == 0x27, k + 1 < n, languages.index(ofLetter: folded[k + 1]) == l { k += 1; continue }
                    break
                }
            } else if Folding.isOtherLetter(v) {
                kind = .word
                while k < n, Folding.isOtherLetter(folded[k]), languages.index(ofLetter: folded[k]) == 0 { k += 1 }
            } else {
                kind = .punctuation
                k += 1
            }
            let os = origin[start]
            var oe = origin[k - 1] + 1
            // Marks that matching ignores (tanween, shadda) still belong to the word.
            while Int(oe) < original.count, Folding.fold(original[Int(oe)].value) == nil { oe += 1 }
            let first = original[Int(os)].value
            var allCaps = false
            if language != 0, languages.traits(language).capitalizesNames {
                allCaps = true
                for q in Int(os)..<Int(oe) where (0x61...0x7A).contains(original[q].value) {
                    allCaps = false
                    break
                }
            }
            tokens.append(
                Token(
                    start: Int32(start), end: Int32(k), origStart: os, origEnd: oe, kind: kind, language: language, number: number,
                    capitalized: first >= 0x41 && first <= 0x5A, allCaps: allCaps, spaceBefore: space, newlineBefore: newline))
            space = false
            newline = false
        }
        return tokens
    }
}

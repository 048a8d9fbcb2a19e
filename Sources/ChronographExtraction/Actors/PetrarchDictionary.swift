import ChronographCore
import Foundation

/// Reads the actor and agent dictionaries of TABARI and PETRARCH as they are published
/// (PETRARCH-2's Phoenix files, UniversalPetrarch's Arabic ones): a primary phrase with words
/// joined by underscores, `+synonym` lines under it, bracketed codes on the phrase's line or on
/// the indented lines after it, dates bounding a code (`[USAGOV 090120-170120]`, `>090120`,
/// `<170120`; an end before the start, UniversalPetrarch's `18000101`, is an open end),
/// plural forms in braces (`POLICE {} [~COP]`), substitution classes (`!PERSON! = MAN, MEN`),
/// a translation after the codes (`SEPARATIST [~REB]انفصالي`), and `#` or `;` comments. Each
/// primary phrase becomes an actor whose codes hold on those dates; a phrase whose codes all
/// start with `~` is an agent (`~COP`), which combines with an actor (`Russian police`).
public enum PetrarchDictionary {
    /// What a dictionary file holds.
    public struct Contents: Sendable {
        public var actors: [ActorEntry] = []
        public var agents: [PetrarchAgent] = []
    }

    /// The actors of a dictionary file (its agents aside).
    public static func parse(_ text: String, file: String) throws -> [ActorEntry] { try read(text, file: file).actors }

    /// The actors and agents of a dictionary file; a line that cannot be read is an error naming it.
    public static func read(_ text: String, file: String) throws -> Contents {
        var blocks: [Block] = []
        var classes: [String: [String]] = [:]
        // (Lines and comments found on scalars: splitting 1.5 MB into Characters costs more.)
        for (n, raw) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let cut = raw.firstIndex(where: { $0 == ";" || $0 == "#" }) { line = line[..<cut] }
            line = line.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            if line.hasPrefix("&") || line.hasPrefix("---") {
                throw ResourceError.malformed(
                    file: file, line: n + 1,
                    reason: "a PETRARCH verb dictionary or synonym sets (`&SET`, `--- VERB ---`): only actor and agent dictionaries are read")
            }
            if line.hasPrefix("!"), let eq = line.firstIndex(of: "=") {
                let name = line[..<eq].trimmingWhitespace()
                classes[String(name)] = line[line.index(after: eq)...].split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
                continue
            }
            let parts = try split(line, file: file, line: n + 1)
            let synonym = parts.phrase.hasPrefix("+") || parts.phrase.hasPrefix("-")
            if parts.phrase.isEmpty || synonym {
                guard !blocks.isEmpty else {
                    throw ResourceError.malformed(file: file, line: n + 1, reason: synonym ? "synonym before any primary phrase" : "no phrase before the codes")
                }
                if synonym { blocks[blocks.count - 1].phrases.append(contentsOf: expand(String(parts.phrase.dropFirst()), classes)) }
                blocks[blocks.count - 1].phrases.append(contentsOf: parts.translations)
                blocks[blocks.count - 1].codes.append(contentsOf: parts.codes)
                continue
            }
            blocks.append(Block(phrases: expand(parts.phrase, classes) + parts.translations, codes: parts.codes))
        }
        var out = Contents()
        for b in blocks {
            let names = uniqued(b.phrases.map(words).filter { !$0.isEmpty })
            guard let first = names.first, !b.codes.isEmpty else { continue }
            var aliases: [String: [String]] = [:]
            for name in names {
                if isArabic(name) { aliases["ar", default: []].append(name) } else { aliases["en", default: []].append(titleCased(name)) }
            }
            if b.codes.allSatisfy({ $0.code.contains("~") }) {
                out.agents.append(PetrarchAgent(codes: uniqued(b.codes.map(\.code)), aliases: aliases))
                continue
            }
            out.actors.append(actor(named: first, aliases: aliases, codes: b.codes))
        }
        return out
    }

    /// A primary phrase with its synonyms and codes, as read so far.
    private struct Block {
        var phrases: [String]
        var codes: [DatedCode]
    }

    /// A phrase written in capitals by convention, in title case so that it matches however the
    /// text writes it (`AFGHAN NATIONAL ARMY` → `Afghan National Army`); words with dots or
    /// digits (`U.N.`) stay as they are.
    static func titleCased(_ phrase: String) -> String {
        // (ASCII, nearly every phrase, byte by byte.)
        if phrase.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: ".") && !(0x30...0x39).contains($0) }) {
            var start = true
            return String(
                decoding: phrase.utf8.map { b -> UInt8 in
                    defer { start = b == UInt8(ascii: " ") }
                    let upper = (0x41...0x5A).contains(b)
                    let lower = (0x61...0x7A).contains(b)
                    return start ? (lower ? b - 32 : b) : (upper ? b + 32 : b)
                }, as: UTF8.self)
        }
        return phrase.split(separator: " ").map { w in
            w.contains { $0 == "." || $0.isNumber } ? String(w) : w.prefix(1).uppercased() + w.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    private static func actor(named first: String, aliases: [String: [String]], codes: [DatedCode]) -> ActorEntry {
        let plain = codes.map(\.code)
        let dated = codes.contains { $0.from != nil || $0.to != nil }
        let type: ActorType =
            dated ? .person : plain.allSatisfy({ $0.count == 3 && !nonStates.contains($0) }) ? .country : .organization
        let display = isArabic(first) ? first : titleCased(first)
        var entry = ActorEntry(
            id: first.lowercased().split(separator: " ").joined(separator: "-"), name: display, type: type, codes: uniqued(plain).sorted(), aliases: aliases)
        entry.datedCodes = codes
        return entry
    }

    /// Three-letter codes that name no state (international, non-governmental, multinational).
    private static let nonStates: Set<String> = ["IGO", "NGO", "MNC", "UNO", "REB", "INS", "MIL", "COP", "GOV", "SPY", "UAF", "NGM"]

    /// A phrase with its substitution classes written out (`FISHER!PERSON!` → FISHERMAN, FISHERMEN, …).
    static func expand(_ phrase: String, _ classes: [String: [String]]) -> [String] {
        guard let open = phrase.firstIndex(of: "!"), let close = phrase[phrase.index(after: open)...].firstIndex(of: "!") else { return [phrase] }
        let name = String(phrase[open...close])
        guard let options = classes[name] else { return [phrase] }
        let head = phrase[..<open]
        let tail = phrase[phrase.index(after: close)...]
        return options.flatMap { expand(head + $0 + tail, classes) }
    }

    static func isArabic(_ s: String) -> Bool { s.unicodeScalars.contains { ArabicScript.block.contains($0.value) } }

    private static func uniqued<T: Hashable>(_ xs: [T]) -> [T] {
        var seen: Set<T> = []
        return xs.filter { seen.insert($0).inserted }
    }

    /// Whether a text file is a TABARI/PETRARCH dictionary rather than prose: most of its
    /// lines, comments aside, are phrases joined by `_`, `+synonyms` or bracketed codes, and at
    /// least one has a code. Reads the first 64 KB.
    public static func isDictionary(atPath path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let text = String(decoding: (try? h.read(upToCount: 65536)) ?? Data(), as: UTF8.self)
        var lines = 0
        var formal = 0
        var coded = false
        for raw in text.split(separator: "\n") {
            var line = Substring(raw)
            if let cut = line.firstIndex(where: { $0 == "#" || $0 == ";" }) { line = line[..<cut] }
            line = line.drop { $0.isWhitespace }
            guard !line.isEmpty else { continue }
            lines += 1
            let hasCode = line.contains("[") && line.contains("]")
            coded = coded || hasCode
            if hasCode || line.contains("_") || line.hasPrefix("+") || line.hasPrefix("&") { formal += 1 }
        }
        return coded && formal * 4 >= lines * 3
    }

    /// The parts of a line: `BARACK_OBAMA [USAELI 080101-081231] [USAGOV 090120-170120]`,
    /// `POLICE {POLICEMEN} [~COP]`, `SEPARATIST [~REB]انفصالي`. A bracket closed by `}` or not
    /// closed at all (both occur in the published files) ends at its code.
    static func split(_ line: Substring, file: String, line n: Int) throws -> (phrase: String, codes: [DatedCode], translations: [String]) {
        let open = line.firstIndex(of: "[") ?? line.endIndex
        var phrase = String(line[..<open])
        var translations: [String] = []
        // Plural forms in braces are synonyms of the phrase.
        while let o = phrase.firstIndex(of: "{") {
            let c = phrase[o...].firstIndex(of: "}") ?? phrase.index(before: phrase.endIndex)
            let inner = phrase[phrase.index(after: o)..<max(phrase.index(after: o), c)].trimmingWhitespace()
            if !inner.isEmpty { translations.append(String(inner)) }
            phrase.removeSubrange(o...c)
        }
        var codes: [DatedCode] = []
        var rest = line[open...]
        while let o = rest.firstIndex(of: "[") {
            let after = rest.index(after: o)
            let close = rest[after...].firstIndex { $0 == "]" || $0 == "}" || $0 == "[" }
            var body = rest[after..<(close ?? rest.endIndex)]
            if let close, rest[close] == "[" { body = rest[after..<close] }
            // The code is the run of code characters; a translation may follow it unspaced.
            let codeStart = body.firstIndex { $0 != " " && $0 != "\t" } ?? body.endIndex
            let codeEnd =
                body[codeStart...].firstIndex { c in
                    guard let a = c.asciiValue else { return true }
                    return !((0x41...0x5A).contains(a) || (0x61...0x7A).contains(a) || (0x30...0x39).contains(a) || c == "~" || c == "_" || c == "-")
                } ?? body.endIndex
            // (`[---]`, or a date with no code before it, is PETRARCH's null code: nothing.)
            let code = String(body[codeStart..<codeEnd])
            guard code.contains(where: { $0 != "-" }), !(code.first.map { ("0"..."9").contains($0) } ?? true) else {
                guard let close else { break }
                rest = rest[close...]
                if rest.first != "[" { rest = rest.dropFirst() }
                continue
            }
            var dated = DatedCode(code: code, from: nil, to: nil)
            var tail = body[codeEnd...].trimmingWhitespace()
            let tokens = tail.split(separator: " ")
            if var range = tokens.first, let f = range.first, f == ">" || f == "<" || f.isNumber {
                tail = tail.dropFirst(range.count).trimmingWhitespace()
                // (`[IGO > 19931101]`: the date may stand apart from its sign.)
                if range.count == 1, f == ">" || f == "<", tokens.count > 1 {
                    tail = tail.dropFirst(tokens[1].count).trimmingWhitespace()
                    range = Substring(String(f) + tokens[1])
                }
                if f == ">" {
                    dated.from = try date(String(range.dropFirst()), file, n)
                } else if f == "<" {
                    dated.to = try date(String(range.dropFirst()), file, n)
                } else if let dash = range.firstIndex(of: "-") {
                    dated.from = try date(String(range[..<dash]), file, n)
                    dated.to = try date(String(range[range.index(after: dash)...]), file, n)
                    // (An end before the start is an open end: UniversalPetrarch writes 18000101.)
                    if let f = dated.from, let t = dated.to, t < f { dated.to = nil }
                } else {
                    // (A bare date, `[MNEGOV 20121204]`, is read as the start of the code.)
                    dated.from = try date(String(range), file, n)
                }
            }
            if !tail.isEmpty, isArabic(String(tail)) { translations.append(String(tail)) }
            codes.append(dated)
            guard let close else { rest = rest[rest.endIndex...]; break }
            rest = rest[close...]
            if rest.first != "[" { rest = rest.dropFirst() }
            // A translation after the last code (`[~REB]انفصالي`).
            if !rest.contains("["), isArabic(String(rest)) { translations.append(String(rest.trimmingWhitespace())) }
        }
        return (String(Substring(phrase).trimmingWhitespace()), codes, translations)
    }

    /// A date as PETRARCH reads it: `YYYYMMDD` with 8 digits or more, else `YYMMDD` (a stray
    /// seventh digit is ignored), two-digit years up to 30 in this century.
    static func date(_ s: String, _ file: String, _ n: Int) throws -> String {
        let digits = Array(s.utf8)
        guard digits.count >= 6, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw ResourceError.malformed(file: file, line: n, reason: "bad date \(s): expected YYMMDD or YYYYMMDD")
        }
        func number(_ r: Range<Int>) -> Int { digits[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let long = digits.count >= 8
        let y = long ? number(0..<4) : (number(0..<2) <= 30 ? 2000 : 1900) + number(0..<2)
        let m = long ? number(4..<6) : number(2..<4)
        let d = long ? number(6..<8) : number(4..<6)
        guard y >= 1, CivilDate.isValid(y, m, d) else { throw ResourceError.malformed(file: file, line: n, reason: "bad date \(s)") }
        return CivilDate(y, m, d).iso
    }

    static func words(_ phrase: String) -> String {
        phrase.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// An agent of a PETRARCH dictionary (`POLICE [~COP]`): a kind of people or body that combines
/// with an actor into a sector of it (`Russian police` → `RUSCOP`).
public struct PetrarchAgent: Sendable, Hashable {
    /// The agent codes as written: `~COP` follows the actor's code, `IGO~` goes before it.
    public var codes: [String]
    /// Its phrases per language (`en`, `ar`).
    public var aliases: [String: [String]]

    /// The codes of this agent of an actor: `RUS` with `~COP` is `RUSCOP`.
    public func codes(with actor: String) -> [String] {
        codes.map { $0.hasPrefix("~") ? actor + $0.dropFirst() : $0.replacingOccurrences(of: "~", with: "") + actor }
    }
}

extension Substring {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> Substring {
        // (Spaces, tabs and carriage returns: the Unicode property lookup of `isWhitespace`
        // was a tenth of the time to read a 1.5 MB dictionary.)
        func blank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\u{A0}" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}

/// A code that holds between two dates (either may be open).
public struct DatedCode: Sendable, Hashable, Decodable {
    public var code: String
    public var from: String?
    public var to: String?

    public func covers(_ day: CivilDate) -> Bool {
        RoleTenure(role: "", of: "", from: from, to: to).covers(day)
    }
}

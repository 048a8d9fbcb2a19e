import ChronographCore
import Foundation

/// Reads the actor dictionaries of TABARI and PETRARCH: a primary phrase with words joined by
/// underscores, `+synonym` lines under it, and bracketed codes that may be bounded by dates
/// (`[USAGOV 090120-170120]`, `[USAGOV >090120]`, `[USAGOV <170120]`); `;` or `#` start
/// comments. Each primary phrase becomes an actor whose codes hold on those dates.
public enum PetrarchDictionary {
    public static func parse(_ text: String, file: String) throws -> [ActorEntry] {
        var entries: [ActorEntry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let cut = line.firstIndex(where: { $0 == ";" || $0 == "#" }) { line = String(line[..<cut]) }
            line = line.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let (phrase, codes) = try split(line, file: file, line: n + 1)
            if line.hasPrefix("+") || line.hasPrefix("-") {
                guard !entries.isEmpty else { throw ResourceError.malformed(file: file, line: n + 1, reason: "synonym before any primary phrase") }
                let name = words(String(phrase.dropFirst()))
                if !name.isEmpty { entries[entries.count - 1].aliases?["en", default: []].append(name) }
                entries[entries.count - 1].datedCodes = (entries[entries.count - 1].datedCodes ?? []) + codes
                continue
            }
            let name = words(phrase)
            guard !name.isEmpty else { throw ResourceError.malformed(file: file, line: n + 1, reason: "no phrase before the codes") }
            let id = name.lowercased().replacingOccurrences(of: " ", with: "-")
            let plain = codes.map(\.code)
            let type: ActorType =
                codes.contains { $0.from != nil || $0.to != nil } ? .person : plain.allSatisfy { $0.count == 3 } && !plain.isEmpty ? .country : .organization
            var entry = ActorEntry(id: id, name: name.capitalized, type: type, codes: Array(Set(plain)).sorted(), aliases: ["en": [name]])
            entry.datedCodes = codes
            entries.append(entry)
        }
        return entries
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

    /// The phrase and the codes of a line: `BARACK_OBAMA [USAELI 080101-081231] [USAGOV 090120-170120]`.
    static func split(_ line: String, file: String, line n: Int) throws -> (String, [DatedCode]) {
        guard let open = line.firstIndex(of: "[") else { return (line, []) }
        let phrase = String(line[..<open]).trimmingCharacters(in: .whitespaces)
        var codes: [DatedCode] = []
        var rest = line[open...]
        while let o = rest.firstIndex(of: "[") {
            guard let c = rest[o...].firstIndex(of: "]") else { throw ResourceError.malformed(file: file, line: n, reason: "unclosed [") }
            let body = rest[rest.index(after: o)..<c].split(separator: " ").map(String.init)
            guard let code = body.first, !code.isEmpty else { throw ResourceError.malformed(file: file, line: n, reason: "empty code") }
            var dated = DatedCode(code: code, from: nil, to: nil)
            if body.count > 1 {
                let range = body[1]
                if range.hasPrefix(">") {
                    dated.from = try date(String(range.dropFirst()), file, n)
                } else if range.hasPrefix("<") {
                    dated.to = try date(String(range.dropFirst()), file, n)
                } else if let dash = range.firstIndex(of: "-") {
                    dated.from = try date(String(range[..<dash]), file, n)
                    dated.to = try date(String(range[range.index(after: dash)...]), file, n)
                } else {
                    throw ResourceError.malformed(file: file, line: n, reason: "bad date restriction \(range)")
                }
            }
            codes.append(dated)
            rest = rest[rest.index(after: c)...]
        }
        return (phrase, codes)
    }

    /// `YYMMDD` (or `YYYYMMDD`) as an ISO date; two-digit years from 50 on are 19xx.
    static func date(_ s: String, _ file: String, _ n: Int) throws -> String {
        let digits = s.filter(\.isNumber)
        var y: Int
        var rest: Substring
        if digits.count == 8, let full = Int(digits.prefix(4)) {
            y = full
            rest = digits.dropFirst(4)
        } else if digits.count == 6, let short = Int(digits.prefix(2)) {
            y = short >= 50 ? 1900 + short : 2000 + short
            rest = digits.dropFirst(2)
        } else {
            throw ResourceError.malformed(file: file, line: n, reason: "bad date \(s): expected YYMMDD")
        }
        guard let m = Int(rest.prefix(2)), let d = Int(rest.dropFirst(2)), CivilDate.isValid(y, m, d) else {
            throw ResourceError.malformed(file: file, line: n, reason: "bad date \(s)")
        }
        y = max(y, 1)
        return CivilDate(y, m, d).iso
    }

    static func words(_ phrase: String) -> String {
        phrase.replacingOccurrences(of: "_", with: " ").split(separator: " ").joined(separator: " ")
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

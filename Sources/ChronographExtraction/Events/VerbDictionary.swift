import ChronographCore
import Foundation

/// A verb dictionary in the PETRARCH/TABARI form, read as the open event coders publish it
/// (PETRARCH-2's `CAMEO.2.0.txt`, UniversalPetrarch's `CAMEO.ar.0.5.txt`): blocks headed
/// `--- VERB [code] ---`, the block's verbs one per line (irregular forms in `{…}`, words of a
/// phrase joined by `_` or `+`), then patterns `- * OBJECT WORDS [code]` that give the code
/// when those words follow the verb; `&NAME` names a synonym set listed as `&NAME` then `+word`
/// lines. It proposes trigger candidates to the learned reader; it is not the rules' lexicon.
struct VerbDictionary: Sendable {
    /// One verb block: its forms, its default root (nil for `---`), its object patterns.
    struct Block: Sendable {
        var forms: [String] = []
        var root: Int?
        var patterns: [(words: [[String]], root: Int)] = []
    }

    private(set) var blocks: [Block] = []

    /// Parses the text of one dictionary; `language` says how verb forms are made from the
    /// listed ones (regular English endings, or Arabic past and present persons).
    init(text: String, language: String) {
        var synsets: [String: [String]] = [:]
        var current: String?
        // Each verb with the code its own line gives (`بدأ [190]`), if any.
        var raw: [(forms: [(form: String, root: Int?)], root: Int?, patterns: [(words: [String], root: Int)])] = []
        for line0 in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("&") {
                current = line
                synsets[line] = []
                continue
            }
            if line.hasPrefix("---") {
                current = nil
                let code = line.firstIndex(of: "[").map { String(line[line.index(after: $0)...].prefix { $0 != "]" }) }
                raw.append(([], code.flatMap(VerbDictionary.root), []))
                continue
            }
            if line.hasPrefix("+"), let s = current {
                synsets[s]?.append(VerbDictionary.words(String(line.dropFirst())).joined(separator: " "))
                continue
            }
            guard !raw.isEmpty else { continue }
            if line.hasPrefix("-") {
                guard let open = line.lastIndex(of: "["), let star = line.firstIndex(of: "*"), star < open else { continue }
                let code = String(line[line.index(after: open)...].prefix { $0 != "]" })
                guard let root = VerbDictionary.root(code) else { continue }
                let object = line[line.index(after: star)..<open].split(whereSeparator: { " (){}$%^=".contains($0) }).map(String.init)
                guard !object.isEmpty else { continue }
                raw[raw.count - 1].patterns.append((object, root))
                continue
            }
            // A verb line: the verb, its irregular forms in braces, its own code in brackets.
            let own = line.firstIndex(of: "[").flatMap { VerbDictionary.root(String(line[line.index(after: $0)...].prefix { $0 != "]" })) }
            let head = line.prefix { $0 != "{" && $0 != "[" }.trimmingCharacters(in: .whitespaces)
            let verb = VerbDictionary.words(head.hasPrefix("+") ? String(head.dropFirst()) : head).joined(separator: " ")
            guard !verb.isEmpty else { continue }
            var forms = [verb]
            if let brace = line.firstIndex(of: "{") {
                forms += line[line.index(after: brace)...].prefix { $0 != "}" }.split(separator: " ").map {
                    VerbDictionary.words(String($0)).joined(separator: " ")
                }
            }
            raw[raw.count - 1].forms += VerbDictionary.inflect(forms, irregular: line.contains("{"), language: language).map { ($0, own) }
        }
        for r in raw where !r.forms.isEmpty {
            var patterns: [(words: [[String]], root: Int)] = []
            for p in r.patterns {
                let words = p.words.map { w in
                    w.hasPrefix("&") ? (synsets[w] ?? []).compactMap { $0.split(separator: " ").first.map(String.init) } : [w.lowercased()]
                }
                if words.allSatisfy({ !$0.isEmpty }) { patterns.append((words, p.root)) }
            }
            // Verbs with a code of their own make a block of their own, sharing the patterns.
            var roots: [Int?] = []
            for f in r.forms where !roots.contains(f.root ?? r.root) { roots.append(f.root ?? r.root) }
            for root in roots where root != nil || !patterns.isEmpty {
                blocks.append(Block(forms: r.forms.filter { ($0.root ?? r.root) == root }.map(\.form), root: root, patterns: patterns))
            }
        }
    }

    /// The CAMEO root of a code such as `042`, `1722` or `042:043` (the first); nil for `---`.
    static func root(_ code: String) -> Int? {
        CameoCode(String(code.prefix { $0.isNumber }.prefix(4)))?.root.rawValue
    }

    /// The words of a listed phrase (`ANGERED_BY`, `حقق+في`), lower-cased.
    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "_" || $0 == "+" || $0 == " " }).map { $0.lowercased() }
    }

    /// The surface forms of the listed verbs: the regular English endings unless irregular forms
    /// are listed; for Arabic, the past and present persons news uses (قصف قصفت قصفوا يقصف تقصف يقصفون).
    static func inflect(_ forms: [String], irregular: Bool, language: String) -> [String] {
        guard let verb = forms.first else { return [] }
        var parts = verb.split(separator: " ").map(String.init)
        let first = parts[0]
        var heads: [String] = []
        switch language {
        case "ar":
            heads = [first, first + "ت", first + "وا", first + "ا", "ي" + first, "ت" + first, "ي" + first + "ون", "ن" + first]
        default:
            if irregular {
                heads = [first] + forms.dropFirst().map { $0.split(separator: " ").first.map(String.init) ?? $0 }
            } else {
                let stem = first.hasSuffix("e") ? String(first.dropLast()) : first
                let es = ["s", "x", "z", "h"].contains(where: first.hasSuffix) ? "es" : "s"
                let y = first.hasSuffix("y") && first.count > 2 && !"aeiou".contains(first[first.index(first.endIndex, offsetBy: -2)])
                heads = [first, y ? String(first.dropLast()) + "ies" : first + es, y ? String(first.dropLast()) + "ied" : stem + "ed", stem + "ing"]
            }
        }
        var out: [String] = []
        for h in heads where !out.contains(h) {
            parts[0] = h
            out.append(parts.joined(separator: " "))
        }
        return out
    }
}

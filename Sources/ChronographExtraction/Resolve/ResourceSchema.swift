import ChronographCore
import Foundation
import Yams

/// What a resource file may hold, checked when it loads so that a mistyped key, kind, modality,
/// grammar list or language is an error naming the file and line rather than a rule that
/// silently matches nothing. Decoding alone ignores keys it does not know.
indirect enum ResourceShape {
    /// Anything (a value the decoder checks).
    case any
    /// A list of this shape.
    case list(ResourceShape)
    /// A mapping with these keys only.
    case fields([String: ResourceShape])
    /// A mapping from free keys (word classes, names) to this shape.
    case table(ResourceShape)
    /// A mapping whose keys must be among these words (what they are called in messages).
    case keyed(Set<String>, String, ResourceShape)
    /// A scalar among these words (what they are called in messages).
    case word(Set<String>, String)
    /// A CAMEO code of the codebook.
    case cameoCode

    /// Checks YAML text against the shape; errors name the file and the line.
    func check(yaml: String, file: String) throws {
        guard let node = try? Yams.compose(yaml: yaml) else { return }  // (the decoder reports bad YAML)
        try check(node, file: file, path: "")
    }

    private func check(_ node: Node, file: String, path: String) throws {
        func fail(_ at: Node, _ reason: String) -> ResourceError {
            .malformed(file: file, line: at.mark?.line, reason: (path.isEmpty ? "" : path + ": ") + reason)
        }
        func sorted(_ s: Set<String>) -> String { s.sorted().joined(separator: ", ") }
        switch self {
        case .any:
            return
        case .list(let item):
            guard let seq = node.sequence else { return }
            for (i, n) in seq.enumerated() { try item.check(n, file: file, path: path + "[\(i)]") }
        case .fields(let keys):
            guard let map = node.mapping else { return }
            for (k, v) in map {
                let key = k.string ?? ""
                guard let shape = keys[key] else { throw fail(k, "unknown key '\(key)' (expected one of: \(sorted(Set(keys.keys))))") }
                try shape.check(v, file: file, path: path.isEmpty ? key : path + "." + key)
            }
        case .table(let value):
            guard let map = node.mapping else { return }
            for (k, v) in map { try value.check(v, file: file, path: path.isEmpty ? (k.string ?? "") : path + "." + (k.string ?? "")) }
        case .keyed(let allowed, let what, let value):
            guard let map = node.mapping else { return }
            for (k, v) in map {
                let key = k.string ?? ""
                guard allowed.contains(key) else { throw fail(k, "unknown \(what) '\(key)' (expected one of: \(sorted(allowed)))") }
                try value.check(v, file: file, path: path.isEmpty ? key : path + "." + key)
            }
        case .word(let allowed, let what):
            guard let s = node.string else { return }
            guard allowed.contains(s) else { throw fail(node, "unknown \(what) '\(s)' (expected one of: \(sorted(allowed)))") }
        case .cameoCode:
            guard let s = node.string else { return }
            guard let c = CameoCode(s), CameoCodebook.standard.codes[c.value] != nil else {
                throw fail(node, "'\(s)' is not a code of the CAMEO codebook (cameo.tsv)")
            }
        }
    }
}

/// The shapes of the resource files, by kind of file.
enum ResourceSchemas {
    /// The codes of the shipped languages.
    static var languages: Set<String> { Set(LanguageSet.standard.languages.map(\.code)) }

    /// Names per language (`{ar: [...], en: [...]}`).
    static func names(_ codes: Set<String>) -> ResourceShape { .keyed(codes, "language", .list(.any)) }

    /// An actor dictionary for the shipped languages.
    static var dictionary: ResourceShape { dictionary(for: languages) }
    /// `grammar.<lang>.yaml` for the shipped languages.
    static var grammar: ResourceShape { grammar(for: languages) }
    /// `groups.<lang>.yaml` for the shipped languages.
    static var groups: ResourceShape { groups(for: languages) }

    /// An actor dictionary: the shipped `actors/*.yaml` and the user's own, with names in the given languages.
    static func dictionary(for codes: Set<String>) -> ResourceShape {
        let named = names(codes)
        let actor: ResourceShape = .fields([
            "id": .any, "name": .any, "type": .word(Set(ActorType.allCases.map(\.rawValue)), "actor type"), "codes": .any, "affiliation": .any,
            "aliases": named, "nisba": named,
            "roles": .list(.fields(["role": .any, "of": .any, "for": .any, "from": .any, "to": .any])),
        ])
        return .fields([
            "actors": .list(actor),
            "countries": .list(
                .fields(["region": .any, "id": .any, "name": .any, "codes": .any, "capital": named, "aliases": named, "nisba": named])),
            "roles": .list(.fields(["id": .any, "aliases": named])),
            "institutions": .list(.fields(["id": .any, "name": .any, "aliases": named, "agent": .any, "alone": named])),
            "role_modifiers": .any, "role_links": .any,
        ])
    }

    /// `events.<lang>.yaml`.
    static var events: ResourceShape {
        let target: ResourceShape = .word(["target"], "role")
        return .fields([
            "modality": .keyed(["negation", "denial", "hypothetical", "future"], "modality", .list(.any)),
            "events": .list(
                .fields([
                    "code": .cameoCode, "verbs": .any, "nouns": .any, "target": .any, "source": .any, "symmetric": .any,
                    "inner": target, "genitive": target, "subject": target,
                ])),
            "not_events": .any,
        ])
    }

    /// `grammar.<lang>.yaml`: under the language's code, the word lists the event reader knows.
    static func grammar(for codes: Set<String>) -> ResourceShape {
        .keyed(codes, "language", .keyed(Set(EventModel.grammarLists.map(\.key) + ["pair_people", "pair_countries"]), "grammar list", .list(.any)))
    }

    /// `groups.<lang>.yaml`: under the language's code, the heads, qualifiers and words alone of armed groups.
    static func groups(for codes: Set<String>) -> ResourceShape {
        .keyed(codes, "language", .fields(["heads": .table(.list(.any)), "qualifiers": .table(.list(.any)), "alone": .table(.list(.any))]))
    }

    /// The normalizers a temporal pattern's `kind` may name: the cases `TemporalNormalizer.value`
    /// handles (a new normalizer adds its kind here too).
    /// The pattern kinds the temporal normalizer reads.
    static var temporalKinds: Set<String> { TemporalNormalizer.kinds }

    /// `temporal.<lang>.yaml`.
    static var temporal: ResourceShape {
        .fields([
            "words": .any, "cues": .keyed(["future", "background"], "cue list", .list(.any)), "abbreviations": .any, "week_start": .any,
            "patterns": .list(.fields(["match": .any, "kind": .word(temporalKinds, "kind"), "direction": .any])),
        ])
    }
}

import ChronographCore
import Foundation
import Testing

@testable import ChronographExtraction

/// A third language defined here, from test resources only: Greek letters, subject-first
/// clauses, no clitics, and in `ThirdLanguage/el/` one trigger, one negation word and two actors.
/// The engine reads it beside Arabic and English without a line of engine code for it.
struct ToyGreek: Language {
    var code: String { "el" }
    func isLetter(_ folded: UInt32) -> Bool { (0x0370...0x03FF).contains(folded) }
    var resources: URL? { Bundle.module.url(forResource: "el", withExtension: nil) }
}

@Suite struct ThirdLanguageTests {
    static let languages = LanguageSet([Arabic(), English(), ToyGreek()])

    static func resources() throws -> Resources {
        let actors = try #require(ToyGreek().resources?.appendingPathComponent("actors.el.yaml").path)
        return try Resources.load(dictionaries: [actors], languages: languages)
    }

    static func extract(_ text: String, _ r: Resources) -> Extraction {
        Extractor(resources: r, today: CivilDate(2026, 1, 1)).extract(Article(id: "el", published: "2025-03-04", text: text))
    }

    @Test func aSentenceInTheThirdLanguageGivesItsEvent() throws {
        let r = try Self.resources()
        let sentence = "Η Βόρεια Ένωση καταδίκασε τη Νότια Ένωση."
        let x = Self.extract(sentence, r)
        #expect(Set(x.actors.map(\.id)) == ["toy-northern-league", "toy-southern-league"])
        #expect(x.events.count == 1)
        let e = try #require(x.events.first)
        #expect(e.type.code == "111")
        #expect(e.source == ["toy-northern-league"])
        #expect(e.target == ["toy-southern-league"])
        #expect(e.modality == .asserted)
        #expect(e.evidence.first?.sentence == sentence)
    }

    @Test func theThirdLanguagesNegationIsRead() throws {
        // As in English ("Russia did not condemn Ukraine"), a negated act is not listed.
        let r = try Self.resources()
        #expect(Self.extract("Η Βόρεια Ένωση δεν καταδίκασε τη Νότια Ένωση.", r).events.isEmpty)
    }

    @Test func itsWordsAreTokensOfItsOwnLanguage() {
        let buffer = TextBuffer("Η Ένωση said", languages: Self.languages)
        #expect(buffer.tokens.map(\.language) == [3, 3, 2])
        #expect(Self.languages[3].code == "el")
        #expect(TextBuffer("Η Ένωση said").tokens.map(\.language) == [0, 0, 2], "without it, Greek is a word of no language")
    }

    @Test func arabicAndEnglishReadAsBeforeBesideIt() throws {
        let r = try Self.resources()
        let ar = Self.extract("هاجمت روسيا أوكرانيا أمس.", r).events
        #expect(ar.contains { $0.type.root == "19" && $0.source == ["russia"] && $0.target == ["ukraine"] })
        let en = Self.extract("Russia attacked Ukraine on Monday.", r).events
        #expect(en.contains { $0.type.root == "19" && $0.source == ["russia"] && $0.target == ["ukraine"] })
    }
}

/// Generic code asks a token's language: no Arabic code point and no test of a script remains
/// outside `Languages/`.
@Suite struct LanguageBoundaryTests {
    @Test func noScriptKnowledgeOutsideLanguages() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !$0.path.contains("/Languages/") }
        #expect(files.count > 50)
        let codePoint = try Regex(#"0x06[0-9A-Fa-f]{2}"#)
        let script = try Regex(#"\.(arabic|latin)\b"#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: codePoint) == nil, "an Arabic code point in \(file.lastPathComponent)")
            #expect(text.firstMatch(of: script) == nil, "a test of a script in \(file.lastPathComponent)")
        }
    }
}

import Testing

@testable import ChronographExtraction

/// Resource files are checked when they load: a mistyped key, kind, modality, grammar list or
/// language is an error naming the file and the line, not a rule that silently matches nothing.
@Suite struct ResourceSchemaTests {
    func message(_ shape: ResourceShape, _ yaml: String) -> String? {
        do {
            try shape.check(yaml: yaml, file: "mine.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aMistypedKeyInADictionaryNamesTheFileAndLine() {
        let yaml = "actors:\n  - id: x\n    name: X\n    type: person\n    alias: {en: [X]}\n"
        #expect(message(ResourceSchemas.dictionary, yaml)?.hasPrefix("mine.yaml:5: actors[0]: unknown key 'alias'") == true)
    }

    @Test func anUnknownActorTypeOrLanguageIsAnError() {
        #expect(message(ResourceSchemas.dictionary, "actors:\n  - {id: x, name: X, type: persn}\n")?.contains("unknown actor type 'persn'") == true)
        #expect(
            message(ResourceSchemas.dictionary, "actors:\n  - id: x\n    name: X\n    type: person\n    aliases: {fr: [X]}\n")?
                .hasPrefix("mine.yaml:5: actors[0].aliases: unknown language 'fr'") == true)
    }

    @Test func anUnknownTemporalKindIsAnError() {
        let yaml = "patterns:\n  - {match: \"day month year\", kind: dat}\n"
        #expect(message(ResourceSchemas.temporal, yaml)?.hasPrefix("mine.yaml:2: patterns[0].kind: unknown kind 'dat'") == true)
        #expect(message(ResourceSchemas.temporal, "patterns:\n  - {match: \"day month year\", kind: date}\n") == nil)
    }

    @Test func anUnknownModalityOrCodeInAnEventFileIsAnError() {
        #expect(message(ResourceSchemas.events, "modality:\n  negaton: [not]\n")?.contains("unknown modality 'negaton'") == true)
        #expect(message(ResourceSchemas.events, "events:\n  - {code: \"0999\", verbs: [x]}\n")?.contains("'0999' is not a code of the CAMEO codebook") == true)
    }

    @Test func anUnknownGrammarListIsAnError() {
        #expect(message(ResourceSchemas.grammar, "en:\n  prepositons: [of]\n")?.hasPrefix("mine.yaml:2: en: unknown grammar list 'prepositons'") == true)
    }

    @Test func theShippedFilesPassTheirOwnChecks() throws {
        #expect(!shipped.actors.entries.isEmpty)
    }
}

import Testing

@testable import ChronographExtraction

/// The open event coders' verb dictionaries, read as they are published.
@Suite struct VerbDictionaryTests {
    static let english = """
        &MILITARY
        +TROOPS
        +SOLDIERS

        ---  RUSH   [---]  ---
        RUSH
        SPEED {SPEEDING SPEEDS SPED }
        - * AID                                               [070]         # RUSH
        - * &MILITARY (TO BORDER)                             [154]         # RUSH

        ---  DECRY   [111]  ---
        DECRY
        - * ATTACK [112]
        """

    @Test func blocksFormsAndPatternsAreReadAsPublished() {
        let d = VerbDictionary(text: Self.english, language: "en")
        #expect(d.blocks.count == 2)
        #expect(d.blocks[0].root == nil)
        #expect(d.blocks[0].forms == ["rush", "rushes", "rushed", "rushing", "speed", "speeding", "speeds", "sped"])
        #expect(d.blocks[0].patterns.map(\.root) == [7, 15])
        #expect(d.blocks[0].patterns[1].words == [["troops", "soldiers"], ["to"], ["border"]])
        #expect(d.blocks[1].root == 11)
        #expect(d.blocks[1].forms == ["decry", "decries", "decried", "decrying"])
        let own = VerbDictionary(text: "--- بدا [---] ---\nبدأ                  [190]     # look\nنظر   # look\n- * في [1041]\n", language: "ar")
        #expect(own.blocks.map(\.root) == [19, nil])
        #expect(own.blocks[1].forms.first == "نظر")
        #expect(own.blocks[0].patterns.map(\.root) == [10])
        #expect(VerbDictionary.root("042:043") == 4)
        #expect(VerbDictionary.root("---") == nil)
    }

    @Test func arabicVerbsAreGivenThePersonsNewsUses() {
        let d = VerbDictionary(text: "--- نبه [---] ---\nحذر                             # alert\n- * &X [151]\n- * من [130]\n", language: "ar")
        #expect(d.blocks.count == 1)
        #expect(d.blocks[0].forms == ["حذر", "حذرت", "حذروا", "حذرا", "يحذر", "تحذر", "يحذرون", "نحذر"])
        #expect(d.blocks[0].patterns.map(\.root) == [13])
    }

    @Test func theShippedDictionariesProposeTriggersWithClitics() {
        let r = shipped.withVerbDictionaries()
        func hits(_ s: String) -> [VerbTriggers.Hit] {
            let text = AnalyzedText(TextBuffer(s), lexicon: r.lexicon)
            return r.verbs.hits(in: 0..<text.tokens.count, of: text)
        }
        #expect(hits("The ministry decried the decision.").map(\.root) == [11])
        #expect(hits("وبدأت القوات الهجوم").map(\.root) == [19])
        #expect(hits("ونقضت المحكمة الحكم").first == VerbTriggers.Hit(token: 0, root: 11, byPattern: false))
        #expect(shipped.verbs.isEmpty)
    }
}

import ChronographCore
import Foundation
import Testing

@testable import ChronographExtraction

@Suite struct ActorTests {
    func ids(_ text: String, published: String = "2021-10-22") -> [String] {
        extract(text, published: published).actors.map(\.id)
    }

    @Test(arguments: [
        ("أرسلت مساعدات لروسيا.", "russia"), ("اجتمع وفد روسيا وإسرائيل.", "israel"), ("نقلت الصحف الإسرائيلية الخبر.", "israel"),
        ("رحبت بالقرار الفرنسي.", "france"), ("تحدث عن المصالح الإيرانية.", "iran"), ("وصل إلى تركيا.", "turkey"),
        ("صرح المسؤولون المصريون.", "egypt"), ("ولسوريا حدود طويلة.", "syria"), ("قال الجانب الأمريكي.", "united-states"),
        ("وفي العراق احتجاجات.", "iraq"), ("بحث الأمر بالأمم المتحدة.", "united-nations"), ("The Russian envoy left.", "russia"),
        ("Russia's economy grew.", "russia"), ("The U.S. embassy closed.", "united-states"), ("Israelis voted.", "israel"),
    ])
    func cliticsArticlesAndNisbaFormsMeetTheirEntry(_ text: String, _ expected: String) {
        #expect(ids(text).contains(expected))
    }

    @Test(arguments: [
        ("قالت الخارجية التونسية إن القرار نهائي.", "tunisia-foreign-ministry", "Tunisian Foreign Ministry"),
        ("The Norwegian defence ministry denied it.", "norway-defense-ministry", "Norwegian Defence Ministry"),
        ("شن سلاح الجو التركي غارات.", "turkey-air-force", "Turkish Air Force"),
    ])
    func anInstitutionWithACountryIsThatCountrysOrganization(_ text: String, _ id: String, _ name: String) throws {
        let a = try #require(extract(text).actors.first { $0.id == id })
        #expect(a.name == name)
        #expect(a.type == .organization)
    }

    @Test(arguments: [
        ("قصفت الميليشيات العراقية مواقع.", "iraqi-militias", "Iraqi militias"),
        ("وهاجم مقاتلو المعارضة حواجز.", "opposition-fighters", "opposition fighters"),
        ("Pro-regime militias shelled the town.", "pro-regime-militias", "pro-regime militias"),
    ])
    func anUnnamedGroupIsNamedByWhatAndWhoseItIs(_ text: String, _ id: String, _ name: String) throws {
        let a = try #require(extract(text).actors.first { $0.id == id })
        #expect(a.name == name)
        #expect(a.type == .armedGroup)
    }

    @Test func aPlaceIntroducedByItsKindIsAPlace() throws {
        let e = extract("وقتل ثلاثة في بلدة كفرنبودة بريف حماة. وعاد الهدوء إلى كفرنبودة.")
        let place = try #require(e.actors.first { $0.name == "كفرنبودة" })
        #expect(place.type == .place)
        #expect(place.mentions.count == 2)
    }

    @Test func aPlaceNameMayEndInADirection() throws {
        // الغربية is a known word, yet it closes the name; البلدة with the article introduces none.
        let e = extract("وسقطت قذيفة على بلدة كفرزيتا الشرقية. وقالت البلدة إن الأضرار محدودة.")
        #expect(e.actors.contains { $0.name == "كفرزيتا الشرقية" && $0.type == .place })
        #expect(!e.actors.contains { $0.name == "إن" || $0.name == "وقالت" })
    }

    @Test func aPersonIntroducedByATitleIsAPersonAndHisSurnameToo() throws {
        let e = extract("Army spokesman Karim Haddad said the talks failed. Haddad added that more were planned.")
        let p = try #require(e.actors.first { $0.name == "Karim Haddad" })
        #expect(p.type == .person)
        #expect(p.mentions.map(\.text) == ["Karim Haddad", "Haddad"])
    }

    @Test func aBroadcasterNamedAfterACountryIsNotTheCountry() {
        let found = ids("بحسب ما نقلت قناة روسيا اليوم.")
        #expect(found.contains("rt"))
        #expect(!found.contains("russia"))
    }

    @Test func theIsraeliPrimeMinisterDependsOnTheDate() {
        #expect(ids("قال رئيس الوزراء الإسرائيلي إن الوضع خطير.", published: "2018-05-05").contains("benjamin-netanyahu"))
        #expect(ids("قال رئيس الوزراء الإسرائيلي إن الوضع خطير.", published: "2021-10-22").contains("naftali-bennett"))
    }

    @Test func rolesResolveInEnglishToo() {
        #expect(ids("The Russian president spoke on Friday.").contains("vladimir-putin"))
    }

    @Test func mentionsKeepTheirOffsetsWithoutTheClitic() throws {
        let text = "وصل الوفد لروسيا."
        let russia = try #require(extract(text).actors.first { $0.id == "russia" })
        let m = try #require(russia.mentions.first)
        #expect(m.text == "روسيا")
        #expect(Array(text.unicodeScalars)[m.start..<m.end].map(String.init).joined() == "روسيا")
    }

    @Test(arguments: [
        ("أصدرت وزارة الخارجية الروسية بيانا. وقالت الوزارة إن الهجوم مدان.", "الوزارة"),
        ("اجتمع مجلس الأمن الدولي أمس. وأدان المجلس الهجوم.", "المجلس"),
        ("The Russian Foreign Ministry issued a statement. The ministry said the attack was wrong.", "ministry"),
    ])
    func aDefiniteHeadNounAloneRefersToTheNameItHeads(_ text: String, _ short: String) throws {
        let x = extract(text)
        let actor = try #require(x.actors.first { $0.mentions.contains { $0.text == short } })
        #expect(actor.mentions.count == 2)
        let m = try #require(actor.mentions.last)
        #expect(Array(text.unicodeScalars)[m.start..<m.end].map(String.init).joined() == short)
    }

    @Test func aHeadNounWithoutItsArticleOrBeforeAnyNameIsNoReference() {
        // No article (a ministry), or no name it heads before it: nothing to refer to.
        #expect(extract("The Russian Foreign Ministry issued a statement. A ministry said the attack was wrong.").actors.allSatisfy { $0.mentions.count == 1 })
        #expect(!extract("قالت الوزارة إن وزارة الخارجية الروسية أصدرت بيانا.").actors.contains { $0.mentions.contains { $0.text == "الوزارة" } })
    }

    @Test func aStateBodyNamedAloneIsThatOfTheCountryTheArticleNamesMost() throws {
        // الحكومة and الشرطة stand alone; the article names Egypt twice and Libya once.
        let ar = extract("قالت مصر إن الشرطة اعتقلت عشرات المحتجين قرب الحدود مع ليبيا. وانتقدت الحكومة في القاهرة المعارضة.")
        #expect(ar.actors.first { $0.mentions.contains { $0.text == "الشرطة" } }?.name == "Egyptian Police")
        #expect(ar.actors.first { $0.mentions.contains { $0.text == "الحكومة" } }?.name == "Egyptian Government")
        let en = extract("France said on Monday that the police arrested two men. Police said the French president was safe. Germany was told.")
        let police = try #require(en.actors.first { $0.name == "French Police" })
        #expect(police.mentions.map(\.text) == ["police", "Police"])
    }

    @Test func aStateBodyWithItsCountryOrInAnArticleNamingNoCountryIsNoHomeBody() {
        // Named with its country, it is that country's; with no country in the article, nobody's.
        let x = extract("قالت مصر إن الحكومة السورية رفضت الاتفاق.")
        #expect(x.actors.contains { $0.name.lowercased() == "syrian government" })
        #expect(!x.actors.map(\.name).contains("Egyptian Government"))
        #expect(extract("The police said the government would respond.").actors.isEmpty)
    }

    @Test func attackersTheTextDoesNotNameAreUnidentifiedAttackers() {
        #expect(extract("Gunmen killed three soldiers near the border on Monday.").actors.map(\.name).contains("Unidentified attackers"))
        #expect(extract("قتل مسلحون مجهولون ثلاثة جنود قرب الحدود.").actors.map(\.name).contains("Unidentified attackers"))
    }

    @Test func hashtagWordsJoinedByUnderscoresAreReadAsWords() {
        let x = extract("أدرجت #الأمم_المتحدة شركات متهمة بمساعدة #كوريا_الشمالية.")
        #expect(x.actors.map(\.id).contains("north-korea"))
        #expect(x.actors.map(\.id).contains("united-nations"))
        #expect(extract("Sanctions on #North_Korea were tightened.").actors.map(\.id) == ["north-korea"])
    }

    @Test func aUserDictionaryAddsActors() throws {
        var r = shipped
        try r.addDictionary(
            yaml: "actors:\n  - id: zorblat\n    name: Zorblat Council\n    type: organization\n    aliases: {en: [Zorblat Council]}\n", file: "user.yaml")
        let e = Extractor(resources: r, today: CivilDate(2026, 1, 1)).extract(Article(id: "u", published: "2024-01-01", text: "The Zorblat Council met."))
        #expect(e.actors.map(\.id) == ["zorblat"])
    }

    @Test func aPetrarchDictionaryLoadsAndItsCodesFollowTheDate() throws {
        var r = shipped
        try r.addPetrarchDictionary(
            "; test\nMARA_VOLKOVA [ZRBOPP 120101-180630] [ZRBGOV >180701]\n+VOLKOVA\nZORBLAT_COUNCIL [ZRBGOV]\n", file: "p.txt")
        let x = Extractor(resources: r, today: CivilDate(2026, 1, 1))
        let early = x.extract(Article(id: "a", published: "2015-03-01", text: "Volkova met the Zorblat Council."))
        let late = x.extract(Article(id: "b", published: "2020-03-01", text: "Volkova met the Zorblat Council."))
        #expect(early.actors.first { $0.id == "mara-volkova" }?.codes == ["ZRBOPP"])
        #expect(late.actors.first { $0.id == "mara-volkova" }?.codes == ["ZRBGOV"])
        #expect(late.actors.contains { $0.id == "zorblat-council" })
    }

    @Test func aMalformedPetrarchDictionaryNamesItsLine() {
        var r = shipped
        do {
            try r.addPetrarchDictionary("GOOD_NAME [ABC]\nBAD_NAME [ABC 991399-]\n", file: "bad.txt")
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("bad.txt:2"))
        }
    }

    @Test func aMalformedDictionaryNamesItsLine() {
        var r = shipped
        do {
            try r.addDictionary(yaml: "actors:\n  - id: x\n    name: X\n    type: spaceship\n", file: "bad.yaml")
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("bad.yaml:4"))
        }
    }
}

/// The published PETRARCH dictionaries (copies in Tests/Fixtures/petrarch), read in the library.
@Suite struct PublishedPetrarchTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/petrarch")

    @Test func theCountryDictionaryLoadsQuickly() throws {
        let text = try String(contentsOf: Self.dir.appendingPathComponent("english/Phoenix.Countries.actors.txt"), encoding: .utf8)
        var r = shipped
        let start = Date()
        try r.addPetrarchDictionary(text, file: "Phoenix.Countries.actors.txt")
        let seconds = Date().timeIntervalSince(start)
        #expect(r.actors.lookup("Afghan National Army")?.codes(on: CivilDate(2020, 1, 1)) == ["AFGMIL"])
        // (About 0.5 s in a release build; this bound, for a debug build run beside other
        // tests, only catches a loader gone quadratic, which would take minutes.)
        #expect(seconds < 30, "\(seconds) s")
        print("Phoenix.Countries.actors.txt: \(text.utf8.count) bytes added in \(String(format: "%.2f", seconds)) s")
    }

    @Test func agentsKeepTheirCodesAndTranslations() throws {
        let en = try PetrarchDictionary.read(String(contentsOf: Self.dir.appendingPathComponent("english/Phoenix.agents.txt"), encoding: .utf8), file: "a")
        let police = try #require(en.agents.first { $0.aliases["en"]?.contains("Police") == true })
        #expect(police.codes(with: "RUS") == ["RUSCOP"])
        #expect(en.agents.contains { $0.aliases["en"]?.contains("Fisherman") == true })
        #expect(en.agents.first { $0.aliases["en"]?.contains("Truce Monitor") == true }?.codes(with: "SYR") == ["IGOSYR"])
        let ar = try PetrarchDictionary.read(String(contentsOf: Self.dir.appendingPathComponent("arabic/agents.all.ar.txt"), encoding: .utf8), file: "b")
        #expect(ar.agents.first { $0.aliases["ar"]?.contains("الشرطة العسكرية") == true }?.codes == ["~MILCOP"])
    }
}

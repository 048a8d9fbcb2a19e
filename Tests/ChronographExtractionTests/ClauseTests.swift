import ChronographCore
import Testing

@testable import ChronographExtraction

/// Clause structure the event reader follows: relative clauses, verbal nouns standing for their
/// verb, a subject and an object written inside a phrase, names shared by several people.
@Suite struct ClauseTests {
    func events(_ text: String, _ root: String, published: String = "2021-10-22") -> [(String, String)] {
        extract(text, published: published).events.filter { $0.type.root == root }.map { ($0.source.joined(), $0.target.joined()) }
    }

    @Test func aVerbAfterARelativePronounHasTheNounBeforeItAsSubject() {
        let found = events("ودعت مصر حركة حماس التي قصفت إسرائيل أمس إلى التهدئة.", "19")
        #expect(found.map(\.0) == ["hamas"] && found.map(\.1) == ["israel"])
    }

    @Test func aParentheticalRelativeClauseKeepsItsActorsFromTheMainVerb() {
        let found = events("واتهمت إيران، التي قامت بإسقاط طائرة أمريكية، السعودية بالتحريض.", "11")
        #expect(found.map(\.0) == ["iran"] && found.map(\.1) == ["saudi-arabia"])
    }

    @Test func aVerbalNounAfterBaStandsForItsVerb() {
        let downed = events("وقامت طائرة إسرائيلية بإسقاط الطائرة الإيرانية.", "19")
        #expect(downed.map(\.0) == ["israel"] && downed.map(\.1) == ["iran"])
        let called = events("وقالت مصر إنها قامت بدعوة الحكومة الليبية إلى الحوار.", "02")
        #expect(called.map(\.0) == ["egypt"] && called.map(\.1) == ["libya-government"])
    }

    @Test func aSubjectAndAnObjectInsideAPhrase() {
        let blamed = events("وحملت موسكو إسرائيل المسؤولية عن الهجوم.", "11")
        #expect(blamed.map(\.0) == ["russia"] && blamed.map(\.1) == ["israel"])
        let expelled = events("أمرت البحرين قطر بمغادرة البلاد.", "17")
        #expect(expelled.map(\.0) == ["bahrain"] && expelled.map(\.1) == ["qatar"])
    }

    @Test func aNationalityQualifyingAnEnglishSubjectStandsForItsCountry() {
        let found = events("Russian officials accused Turkey of arming militants.", "11")
        #expect(found.map(\.0) == ["russia"] && found.map(\.1) == ["turkey"])
    }

    @Test func stateMediaAndBareRebelsAreActors() {
        let found = events("Syrian state media accused rebels of using chemical arms.", "11")
        #expect(found.map(\.0) == ["syria-state-media"] && found.map(\.1) == ["rebels"])
    }

    @Test func aLightVerbReachesItsEventNounAcrossATime() throws {
        let e = extract("وتشن مصر منذ شباط/فبراير عملية عسكرية ضد تنظيم داعش.", published: "2018-05-06")
        let force = try #require(e.events.first { $0.type.root == "19" })
        #expect(force.source == ["egypt"] && force.target == ["islamic-state"])
        #expect(force.date?.value == "2018-02")
        let range = extract("وشنت مصر من تموز/يوليو 2015 إلى أيار/مايو 2016 عملية عسكرية ضد تنظيم داعش.", published: "2018-05-06")
        #expect(range.events.first { $0.type.root == "19" }?.date?.value == "2015-07/2016-05")
    }

    @Test func headNounsOfPeopleLeadToTheTarget() {
        let found = events("والتقى كيري مع نظيره الروسي في جنيف.", "04")
        #expect(found.map(\.0) == ["john-kerry"] && found.map(\.1) == ["russia"])
    }

    @Test func tellingTheNewsMediaIsNoEventTowardThem() {
        #expect(events("The minister told Reuters that Egypt criticised Israel.", "01").isEmpty)
        #expect(events("وقال الوزير لوكالة رويترز إن مصر تنتقد إسرائيل.", "01").isEmpty)
    }

    @Test func blameSplitBetweenTwoIsNoActOfOneTowardTheOther() {
        #expect(events("Trump split the blame between Syria and Barack Obama.", "11").allSatisfy { $0.0 != "syria" })
    }

    @Test func anEnglishLightVerbAfterWhoHasOnlyTheNounBeforeItAsSubject() {
        #expect(events("Russia and Turkey traded claims about who launched the attack on Syria.", "19").isEmpty)
        #expect(events("Israel, which launched air strikes on Syria, denied it.", "19").map(\.0) == ["israel"])
    }

    @Test func aNameBeforeATitleIsNotTheSubject() {
        #expect(events("Trump's envoy condemned Iran.", "11").isEmpty)
    }

    @Test func insistingThatIsAStatementInsistingOnADemand() {
        #expect(events("Russia insisted that Turkey was wrong.", "10").isEmpty)
        #expect(events("Russia insisted on Turkey withdrawing its troops.", "10").map(\.0) == ["russia"])
    }

    @Test func theObjectOfAVerbOfSayingOpensAReportedClause() {
        let found = events("France says Iran was behind the attack.", "11")
        #expect(found.map(\.0) == ["france"] && found.map(\.1) == ["iran"])
    }

    @Test func whoMetHisDeathInARaidWasKilledByTheRaid() {
        let found = events("ولقي نصر الله مصرعه في غارة إسرائيلية.", "19")
        #expect(found.map(\.0) == ["israel"] && found.map(\.1) == ["hassan-nasrallah"])
        #expect(extract("ولقي ثلاثة جنود مصرعهم في حادث سير.").events.isEmpty)
    }

    @Test func whatAnAppealAsksForIsNotDone() {
        #expect(events("The United States urged Iran to cooperate with Iraq on Monday.", "06").isEmpty)
        #expect(events("ودعت مصر إسرائيل إلى التعاون مع الأردن.", "06").isEmpty)
        #expect(events("The United States urged Iran to cooperate with Iraq on Monday.", "02").map(\.1) == ["iran"])
    }

    @Test func aNameSharedByTwoPeopleGoesToWhoeverHeldOfficeNearestTheDay() {
        let text = "واتهم حزب الله الحريري بالتبعية."
        #expect(events(text, "11", published: "2018-05-05").map(\.1) == ["saad-hariri"])
        #expect(events(text, "11", published: "2003-05-05").map(\.1) == ["rafic-hariri"])
    }
}

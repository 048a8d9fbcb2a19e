import ChronographCore
import Testing

@testable import ChronographExtraction

struct EventCase: CustomTestStringConvertible, Sendable {
    var text: String
    var root: String
    var source: String
    var target: String
    var date: String?
    var testDescription: String { "\(source) \(root) \(target): \(text)" }
}

@Suite struct EventTests {
    static let cases: [EventCase] = [
        .init(text: "التقى بوتين اليوم مع بينيت في سوتشي.", root: "04", source: "vladimir-putin", target: "naftali-bennett", date: "2021-10-22"),
        .init(text: "في عام 2018، أسقطت قوات الأسد طائرة روسية.", root: "19", source: "syrian-government-forces", target: "russia", date: "2018"),
        .init(text: "وأبرمت موسكو صفقة مع طهران عام 2018.", root: "05", source: "russia", target: "iran", date: "2018"),
        .init(text: "قطعت المغرب العلاقات مع إيران أمس.", root: "16", source: "morocco", target: "iran", date: "2021-10-21"),
        .init(text: "أدانت مصر إسرائيل بسبب الهجوم.", root: "11", source: "egypt", target: "israel", date: "2021-10-22"),
        .init(text: "اتهمت إيران الولايات المتحدة بدعم الإرهاب.", root: "11", source: "iran", target: "united-states", date: "2021-10-22"),
        .init(text: "قصفت إسرائيل مواقع في سوريا أمس.", root: "19", source: "israel", target: "syria", date: "2021-10-21"),
        .init(text: "Russia accused Poland of arming rebels on Tuesday.", root: "11", source: "russia", target: "poland", date: "2021-10-19"),
        .init(text: "Turkey and Russia signed an agreement on Monday.", root: "05", source: "turkey", target: "russia", date: "2021-10-18"),
        .init(text: "Israeli jets struck Syria on Friday.", root: "19", source: "israeli-air-force", target: "syria", date: "2021-10-22"),
        // A nominal event with بين X و Y, between X and Y.
        .init(
            text: "وجرت أمس محادثة هاتفية بين الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي.", root: "04",
            source: "emmanuel-macron", target: "abdel-fattah-el-sisi", date: "2021-10-21"),
        .init(text: "Talks between Egypt and Sudan resumed on Monday.", root: "04", source: "egypt", target: "sudan", date: "2021-10-18"),
        .init(
            text: "وخلال اللقاء الذي جرى أمس في القاهرة بين وزير الخارجية المصري، سامح شكري، ونظيره الأمريكي، أنتوني بلينكن، بحث الطرفان الأزمة.",
            root: "04", source: "sameh-shoukry", target: "antony-blinken", date: "2021-10-21"),
        // An actor after أن is the subject of the reported clause, not the one promised to: the
        // pledge is Russia's planned support of Syria.
        .init(text: "وتعهد بوتين أمس بأن روسيا ستدعم سوريا.", root: "03", source: "russia", target: "syria", date: "2021-10-21"),
        // A verb followed by a number is passive; the force noun of the sentence is the agent.
        .init(text: "قتل خمسة جنود عراقيين أمس في غارة تركية.", root: "19", source: "turkey", target: "iraqi-army", date: "2021-10-21"),
        // A force verb without a subject acts for the force noun before it.
        .init(text: "غارات أمريكية أمس استهدفت مخازن تابعة لتنظيم داعش.", root: "19", source: "united-states", target: "islamic-state", date: "2021-10-21"),
        // بـ + verbal noun takes the subject of the clause it completes.
        .init(text: "واتخذت الكويت أمس قرارا بقطع العلاقات الدبلوماسية مع إيران.", root: "16", source: "kuwait", target: "iran", date: "2021-10-21"),
        // An actor inside a phrase the pattern marks "inner: target"; و continues the subject.
        .init(text: "أدانت قطر أمس الهجوم وحملت إسرائيل المسؤولية.", root: "11", source: "qatar", target: "israel", date: "2021-10-21"),
        // The nationality of the noun after a verbal noun is the patient's.
        .init(text: "وقامت تركيا أمس بإسقاط الطائرة الروسية.", root: "19", source: "turkey", target: "russia", date: "2021-10-21"),
        // English passive: the subject is the target, the force noun the agent.
        .init(text: "Six Iraqi soldiers were killed in Turkish air strikes on Monday.", root: "19", source: "turkey", target: "iraqi-army", date: "2021-10-18"),
        // A light verb lends its subject to the event noun it governs.
        .init(
            text: "شن الجيش الأردني أمس أولى غاراته على مواقع لتنظيم داعش.", root: "19", source: "jordanian-army", target: "islamic-state", date: "2021-10-21"),
        // An English light verb lends its subject to the event noun; a participle continues it.
        .init(
            text: "Jordan launched air strikes on Monday targeting the Islamic State in Syria.", root: "19", source: "jordan",
            target: "islamic-state", date: "2021-10-18"),
        // A nationality inside a prepositional phrase is not the object (من الأجواء اللبنانية).
        .init(
            text: "قصفت إسرائيل أمس من الأجواء اللبنانية مواقع للجيش السوري.", root: "19", source: "israel", target: "syrian-government-forces",
            date: "2021-10-21"),
        // "X said Y bears responsibility": X blames Y.
        .init(text: "Germany said on Monday that Iran bears responsibility for the attack.", root: "11", source: "germany", target: "iran", date: "2021-10-18"),
        .init(text: "وقالت فرنسا أمس إن روسيا تتحمل مسؤولية الهجوم.", root: "11", source: "france", target: "russia", date: "2021-10-21"),
        .init(text: "The West accused Russia of war crimes on Monday.", root: "11", source: "the-west", target: "russia", date: "2021-10-18"),
        // A light verb after the event noun introduces its agent (غارة شنتها طائرة تركية).
        .init(
            text: "وقتل ثلاثة أمس في غارة شنتها طائرة تركية على مواقع لحزب العمال الكردستاني.", root: "19", source: "turkey", target: "pkk", date: "2021-10-21"),
        // Both sides named together act toward each other, whatever object follows.
        .init(
            text: "وتحدث ماكرون وبوتين هاتفيا أمس بعدما قدمت فرنسا وثائق جديدة.", root: "04", source: "emmanuel-macron", target: "vladimir-putin",
            date: "2021-10-21"),
        // A travel ban targets where the travel would go.
        .init(text: "وتمنع الكويت مواطنيها أمس من السفر إلى لبنان.", root: "17", source: "kuwait", target: "lebanon", date: "2021-10-21"),
        .init(text: "Kuwait banned its citizens from traveling to Lebanon on Monday.", root: "17", source: "kuwait", target: "lebanon", date: "2021-10-18"),
        // The death of part of a group in a raid by Y: Y's raid killed them, coded as the raid (19).
        .init(
            text: "مقتل خمسة على الأقل من عناصر حزب الله أمس في غارة شنتها طائرة إسرائيلية.", root: "19", source: "israel", target: "hezbollah",
            date: "2021-10-21"),
        // Nationalities in a row share a symmetric act.
        .init(text: "Iran joined the talks under a US-Russian deal on Monday.", root: "05", source: "united-states", target: "russia", date: "2021-10-18"),
        .init(text: "ودخل أمس الاتفاق الروسي التركي حيز التنفيذ.", root: "05", source: "russia", target: "turkey", date: "2021-10-21"),
        // A nationality with warplanes is that country's air force.
        .init(
            text: "Turkish jets struck Kurdish positions in northern Iraq on Sunday.", root: "19", source: "turkey-air-force", target: "iraq",
            date: "2021-10-17"),
        // A number after a verb of force is its object, not a passive (قصفت 10 أهداف).
        .init(
            text: "وقال الجيش الأردني إن طائراته قصفت أمس 10 أهداف تابعة لتنظيم داعش.", root: "19", source: "jordanian-army", target: "islamic-state",
            date: "2021-10-21"),
        // The actor right before "both sides" speaks to them.
        .init(
            text: "Iraq and Turkey clashed on Sunday. The United States urged both sides on Monday to show restraint.", root: "02", source: "united-states",
            target: "iraq", date: "2021-10-18"),
        // Light verbs before sanctions: imposed new sanctions, فرضت عقوبات جديدة.
        .init(text: "Canada imposed new sanctions on Iran on Monday.", root: "16", source: "canada", target: "iran", date: "2021-10-18"),
        .init(text: "وفرضت كندا أمس عقوبات جديدة على إيران.", root: "16", source: "canada", target: "iran", date: "2021-10-21"),
        // Whoever reports a death did not cause it; لـ after an attack marks its author.
        .init(
            text: "وأفاد المرصد أمس بمقتل خمسة عناصر من قوات النظام في هجوم لتنظيم داعش.", root: "19", source: "islamic-state",
            target: "syrian-government-forces", date: "2021-10-21"),
        // A nationality right before a name is the name's.
        .init(
            text: "والتقى وزير الخارجية المصري سامح شكري أمس نظيره الأمريكي أنتوني بلينكن.", root: "04", source: "sameh-shoukry", target: "antony-blinken",
            date: "2021-10-21"),
        // A preposition that belongs to the trigger governs its object (called on Iran).
        .init(
            text: "The United States condemned the arrests and called on Iran on Monday to free the prisoners.", root: "02", source: "united-states",
            target: "iran", date: "2021-10-18"),
        // A name right before an event noun is its author; "killed in" takes no object.
        .init(
            text: "Ten people were among those killed in U.S. air strikes on the Islamic State near Syrian towns on Monday.", root: "19",
            source: "united-states", target: "islamic-state", date: "2021-10-18"),
        // Criticism idioms.
        .init(text: "Germany took a swipe at Turkey on Monday over the arrests.", root: "11", source: "germany", target: "turkey", date: "2021-10-18"),
        // Head nouns between the preposition and the target: على مواقع لمدفعية الجيش.
        .init(text: "قصفت تركيا أمس مواقع لمدفعية الجيش السوري.", root: "19", source: "turkey", target: "syrian-government-forces", date: "2021-10-21"),
    ]

    @Test(arguments: cases)
    func theEventIsCodedWithItsActorsAndDate(_ c: EventCase) throws {
        let events = extract(c.text).events
        let e = try #require(events.first { $0.type.root == c.root }, "got \(events.map { "\($0.type.code) \($0.source)→\($0.target)" })")
        #expect(e.source == [c.source])
        #expect(e.target == [c.target])
        #expect(e.date?.value == c.date)
    }

    @Test func theTwoLeadersAreTheTwoPeopleJustNamed() throws {
        let e = extract("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Monday. The two leaders signed an agreement.")
        let deal = try #require(e.events.first { $0.type.root == "05" })
        #expect(Set(deal.source + deal.target) == ["recep-tayyip-erdogan", "vladimir-putin"])
    }

    @Test func anEventIsPlacedByItsPlaceOrByTheCountryItHappensIn() throws {
        #expect(extract("التقى بوتين اليوم مع بينيت في سوتشي.").events.first?.location == "Sochi")
        #expect(extract("Russia and Turkey signed an agreement in Syria on Monday.").events.first?.location == "Syria")
    }

    @Test func aHypotheticalEventIsLeftOut() {
        #expect(extract("If Russia attacks Ukraine, Europe will respond.").events.allSatisfy { $0.type.root != "19" })
        #expect(extract("إذا هاجمت روسيا أوكرانيا فسترد أوروبا.").events.allSatisfy { $0.type.root != "19" })
    }

    @Test func anEventNounQualifyingAnotherNounIsNoEvent() {
        // "rules of engagement", "areas of control", "artillery positions": descriptions, not events.
        #expect(extract("وبموجب قواعد الاشتباك التي يعتمدها الجيش التركي منذ سنوات.").events.isEmpty)
        #expect(extract("وتقع القرية في مناطق سيطرة قوات النظام.").events.isEmpty)
    }

    @Test func theGenitiveOfADeathIsItsVictimNotItsAgent() {
        // مقتل سبعة إيرانيين: the Iranians died; they did not kill.
        #expect(extract("وأدى القصف إلى مقتل سبعة إيرانيين.").events.allSatisfy { !$0.source.contains("iran") })
    }

    @Test func theSubjectOfARelativeClauseIsTheNounBeforeIt() {
        // "an attack that killed": the EU did not kill anyone.
        let events = extract("The EU said the regime bears responsibility for an attack that killed 58 people on Monday.").events
        #expect(events.allSatisfy { !($0.type.root == "18" && $0.source.contains("european-union")) })
    }

    @Test func theHeadlineGivesNoEventsTheBodyDoes() throws {
        let title = "Turkey strikes Iraq"
        let article = Article(
            id: "h", title: title, published: "2021-10-22", text: "\(title)\nTurkey struck positions of the PKK on Thursday.")
        let events = Extractor(resources: shipped, today: CivilDate(2026, 11, 29)).extract(article).events
        #expect(!events.contains { $0.target == ["iraq"] })
        let strike = try #require(events.first { $0.type.root == "19" })
        #expect(strike.date?.value == "2021-10-21")
        #expect(Headline.end(title: "A title", text: "A title") == nil, "a text that is only its title keeps its events")
    }

    @Test func aWordEndingInTaaMarbutaIsNoVerb() {
        // سيطرة (control) is not سيطر (seized) with a pronoun.
        #expect(extract("وتقع مدينة عفرين تحت سيطرة الجيش التركي.").events.isEmpty)
    }

    @Test func anEnglishTriggerAfterADeterminerOrPrepositionIsANoun() {
        // "in support of its ally Damascus": no praise of Damascus.
        #expect(extract("Moscow sent troops in support of its ally Damascus on Monday.").events.allSatisfy { $0.type.root != "05" })
    }

    @Test func aParticipleHasNoSubjectButTheNounItFollows() {
        // "a coalition fighting militants": Belgium is not said to fight anyone.
        #expect(
            extract("Russia accused Belgium, a member of a coalition fighting militants in Syria, on Monday.").events.allSatisfy { $0.source != ["belgium"] })
    }

    @Test func aPhraseListedAsNoEventHidesItsTriggerWord() {
        // "Russian attack helicopters" would otherwise read as a Russian attack.
        #expect(extract("Egypt bought Russian attack helicopters on Monday.").events.isEmpty)
        #expect(extract("وغيّر الجيش التركي قواعد الاشتباك أمس.").events.isEmpty)
    }

    @Test func theSourceOfAReportIsNoEvent() {
        // بحسب مزاعم المعارضة: according to the opposition's claims, nobody accuses anybody.
        #expect(extract("وقتل عشرة مدنيين بحسب مزاعم المعارضة السورية ضد الولايات المتحدة.").events.allSatisfy { $0.type.root != "11" })
    }

    @Test func aVerbNeverTakesTheArticle() {
        // الصادر (issued) is not صادر (confiscated).
        #expect(extract("ورحبت مصر بالقرار الصادر عن مجلس الأمن.").events.allSatisfy { !$0.type.root.hasPrefix("17") })
    }

    @Test func aDenialIsAStatementOfItsOwn() throws {
        let e = try #require(extract("نفت وزارة الدفاع الروسية أمس أن تكون طائراتها قد قصفت المدينة.").events.first)
        #expect(e.type.code == "016")
        #expect(e.source == ["russian-defense-ministry"] && e.target.isEmpty)
        #expect(e.date?.value == "2021-10-21")
    }

    @Test func aStatementThatSomethingWasNotDoneIsTheEvent() throws {
        let events = extract("Egypt said on Monday that its jets had not struck Libya.").events
        #expect(!events.contains { $0.type.root == "19" })
        let e = try #require(events.first { $0.type.root == "01" })
        #expect(e.source == ["egypt"])
    }

    @Test func whatAnAccuserSaysWasDoneIsAllegedNotDone() throws {
        let events = extract("Russia accused Belgium on Tuesday of killing six civilians in Aleppo.").events
        #expect(events.contains { $0.type.root == "11" && $0.source == ["russia"] && $0.target == ["belgium"] })
        #expect(!events.contains { $0.type.root == "18" })
    }

    @Test func cuttingTiesBecauseOfWhatTheTargetDidAccusesIt() throws {
        let events = extract("قطعت الكويت العلاقات مع إيران بسبب تدخلها في شؤونها الداخلية.").events
        #expect(events.contains { $0.type.root == "16" && $0.source == ["kuwait"] && $0.target == ["iran"] })
        let accusation = try #require(events.first { $0.type.root == "11" })
        #expect(accusation.source == ["kuwait"] && accusation.target == ["iran"])
        #expect(accusation.date?.value == "2021-10-22")
    }

    @Test func aMeetingThatBringsSeveralTogetherIsOneEventPerGuest() throws {
        let events = extract(
            "وقالت الخارجية المصرية إن لقاء سيعقد غدا يضم وزير الخارجية المصري سامح شكري مع نظيريه الأمريكي أنتوني بلينكن والفرنسي جان إيف لودريان."
        ).events
        let meetings = events.filter { $0.type.root == "03" }
        #expect(meetings.count == 2)
        #expect(Set(meetings.flatMap(\.target)) == ["antony-blinken", "jean-yves-le-drian"])
        #expect(meetings.allSatisfy { $0.source == ["sameh-shoukry"] && $0.modality == .planned && $0.date?.value == "2021-10-23" })
    }

    @Test func anEventPlacedOnlyVaguelyHasNoDate() throws {
        // مؤخرا, in recent weeks: not the publication day.
        let ar = try #require(extract("وقصفت تركيا مؤخرا مواقع لحزب العمال الكردستاني.").events.first)
        #expect(ar.date == nil)
        let en = try #require(extract("In recent weeks Turkey struck PKK positions.").events.first)
        #expect(en.date == nil)
    }

    @Test func nationalitiesInARowAreOneTargetEach() {
        let events = extract("استخدمت الصين أمس حق الفيتو لعرقلة مشروع القرار الفرنسي الأمريكي.").events.filter { $0.type.root == "12" }
        #expect(Set(events.flatMap(\.target)) == ["france", "united-states"])
        #expect(events.allSatisfy { $0.source == ["china"] })
    }

    @Test func anObjectDoesNotReachPastTheNextVerb() throws {
        // Egypt is accused, not rejected.
        let events = extract("Ethiopia rejected the criticism on Saturday and accused Egypt of blocking the talks.").events
        #expect(!events.contains { $0.type.root == "12" && $0.target == ["egypt"] })
        let accusation = try #require(events.first { $0.type.root == "11" })
        #expect(accusation.source == ["ethiopia"] && accusation.target == ["egypt"])
    }

    @Test func aVerbFormAfterAnObjectBelongsToIt() {
        // "struck Hezbollah targets": Hezbollah targets nobody.
        let events = extract("On Wednesday, Israeli jets struck Hezbollah targets near Damascus.").events
        #expect(!events.contains { $0.source == ["hezbollah"] })
        #expect(events.contains { $0.target == ["hezbollah"] })
    }

    @Test func coordinationPassesADeterminer() {
        let events = extract("Saudi Arabia and the United Arab Emirates pledged aid to Sudan on Monday.").events
        #expect(Set(events.flatMap(\.source)) == ["saudi-arabia", "united-arab-emirates"])
        #expect(events.allSatisfy { $0.target == ["sudan"] })
    }

    @Test func aNegatedEventIsLeftOut() {
        #expect(extract("لم تلتق روسيا مع إسرائيل.").events.isEmpty)
        #expect(extract("Russia did not attack Ukraine.").events.isEmpty)
    }

    @Test func aFuturePrefixOnTheLightVerbMakesThePlan() throws {
        let e = try #require(extract("وقال إن ماكرون سيعقد اجتماعات مع السيسي.").events.first)
        #expect(e.type.code == "036")
        #expect(e.modality == .planned)
    }

    @Test func aPlannedVisitIsAnIntent() throws {
        let e = try #require(extract("سيزور أردوغان روسيا الأسبوع المقبل.").events.first)
        #expect(e.type.root == "03")
        #expect(e.modality == .planned)
    }

    @Test func aBackgroundFactStaysUndated() throws {
        let e = try #require(extract("وكانت إسرائيل قد قصفت مواقع مرتبطة بإيران.").events.first)
        #expect(e.date == nil)
    }

    @Test func thePresentPerfectPlacesNoEventOnTheNewsDay() throws {
        let e = try #require(extract("Norway has accused Russia of jamming its radars.").events.first { $0.type.root == "11" })
        #expect(e.date == nil)
        let dated = try #require(extract("Norway accused Russia of jamming its radars on Monday.").events.first { $0.type.root == "11" })
        #expect(dated.date?.value == "2021-10-18")
    }

    @Test func aContinuingSentenceKeepsTheDateOfTheOneBefore() throws {
        let e = extract("في عام 2018 قصفت إسرائيل مواقع في سوريا. وأدانت روسيا إسرائيل بشدة.")
        let condemnation = try #require(e.events.first { $0.type.root == "11" })
        #expect(condemnation.date?.value == "2018")
        let news = extract("في عام 2018 قصفت إسرائيل مواقع في سوريا.\nأدانت روسيا إسرائيل بشدة.")
        #expect(news.events.first { $0.type.root == "11" }?.date?.value == "2021-10-22")
        // Through a continuing sentence without a date of its own, up to three back.
        let chain = extract("في عام 2018 قصفت إسرائيل مواقع في سوريا. وقال الجيش إن الهدف كان مستودعا. وأدانت روسيا إسرائيل بشدة.")
        #expect(chain.events.first { $0.type.root == "11" }?.date?.value == "2018")
    }

    @Test func evidenceIsTheSentence() throws {
        let text = "قال مسؤول إن الوضع هادئ. وأدانت مصر إسرائيل بسبب الهجوم."
        let e = try #require(extract(text).events.first { $0.type.root == "11" })
        #expect(e.evidence[0].sentence == "وأدانت مصر إسرائيل بسبب الهجوم.")
        #expect(e.evidence[0].start == "قال مسؤول إن الوضع هادئ. ".unicodeScalars.count)
    }
}

@Suite struct DeduplicationTests {
    @Test func twoArticlesReportingOneEventGiveOneEventWithTwoPiecesOfEvidence() throws {
        let items: [InputItem] = [
            .article(Article(id: "ar-outlet", lang: "ar", published: "2021-10-23", text: "قصفت إسرائيل أمس مواقع لحزب الله في سوريا.")),
            .article(Article(id: "en-outlet", lang: "en", published: "2021-10-22", text: "Israel struck Hezbollah positions in Syria on Friday.")),
        ]
        let corpus = Pipeline(resources: shipped).run(items)
        #expect(corpus.events.count == 1)
        let e = try #require(corpus.events.first)
        #expect(e.type.root == "19" && e.source == ["israel"] && e.target == ["hezbollah"])
        #expect(e.date?.value == "2021-10-22")
        #expect(e.evidence.map(\.document) == ["ar-outlet", "en-outlet"])
        #expect(e.mentionCount == 2 && e.sourceCount == 2)
    }

    @Test func theSameActorsOnDatesThatCannotMeetStayTwoEvents() {
        let items: [InputItem] = [
            .article(Article(id: "a", lang: "en", published: "2021-10-22", text: "Israel struck Hezbollah positions in Syria on Friday.")),
            .article(Article(id: "b", lang: "en", published: "2019-03-05", text: "Israel struck Hezbollah positions in Syria on Monday.")),
        ]
        #expect(Pipeline(resources: shipped).run(items).events.count == 2)
    }
}

@Suite struct DeterminismTests {
    @Test func parallelExtractionEqualsSequentialByteForByte() throws {
        let texts = [
            "التقى بوتين اليوم مع بينيت في سوتشي. وأدانت مصر إسرائيل بسبب الهجوم.",
            "Russia accused Poland of arming rebels on Tuesday. The two leaders met.",
            "في عام 2018، أسقطت قوات الأسد طائرة روسية.",
        ]
        let items = (0..<30).map { InputItem.article(Article(id: "a\($0)", published: "2021-10-22", text: texts[$0 % 3])) }
        let pipeline = Pipeline(resources: shipped)
        let parallel = try Corpus.merge(pipeline.extractAll(items)).jsonData()
        var sequential: [Extraction] = []
        for case .article(let a) in items { sequential.append(pipeline.extractor.extract(a)) }
        #expect(parallel == (try Corpus.merge(sequential).jsonData()))
    }
}

/// One sentence of our own per CAMEO root in each language (the roots the engine codes today).
/// A sentence of our own for each CAMEO root in each language, and the same sentence negated.
struct RootCase: CustomTestStringConvertible, Sendable {
    var text: String
    var negated: String
    var root: String
    var source: String
    var target: String
    var date: String
    var testDescription: String { "\(source) \(root) \(target): \(text)" }
}

@Suite struct RootTests {
    // Published 2021-10-22 (a Friday): أمس and yesterday are 2021-10-21, Monday is 2021-10-18.
    static let cases: [RootCase] = [
        .init(
            text: "قالت روسيا لإسرائيل أمس إنها تعارض الخطة.", negated: "لم تقل روسيا لإسرائيل أمس إنها تعارض الخطة.", root: "01", source: "russia",
            target: "israel", date: "2021-10-21"),
        .init(
            text: "دعت فرنسا إيران أمس إلى ضبط النفس.", negated: "لم تدع فرنسا إيران أمس إلى ضبط النفس.", root: "02", source: "france", target: "iran",
            date: "2021-10-21"),
        .init(
            text: "عرضت مصر على إسرائيل أمس خطة للتهدئة.", negated: "لم تعرض مصر على إسرائيل أمس خطة للتهدئة.", root: "03", source: "egypt", target: "israel",
            date: "2021-10-21"),
        .init(
            text: "زار أردوغان روسيا أمس.", negated: "لم يزر أردوغان روسيا أمس.", root: "04", source: "recep-tayyip-erdogan", target: "russia",
            date: "2021-10-21"),
        .init(
            text: "وقعت الإمارات اتفاقية مع إسرائيل أمس.", negated: "لم توقع الإمارات اتفاقية مع إسرائيل أمس.", root: "05", source: "united-arab-emirates",
            target: "israel", date: "2021-10-21"),
        .init(
            text: "تعاونت روسيا مع تركيا في المجال العسكري.", negated: "لم تتعاون روسيا مع تركيا في المجال العسكري.", root: "06", source: "russia",
            target: "turkey", date: "2021-10-22"),
        .init(
            text: "قدمت إيران أسلحة لحزب الله.", negated: "لم تقدم إيران أسلحة لحزب الله.", root: "07", source: "iran", target: "hezbollah", date: "2021-10-22"),
        .init(text: "انسحبت إسرائيل من غزة.", negated: "لم تنسحب إسرائيل من غزة.", root: "08", source: "israel", target: "palestine", date: "2021-10-22"),
        .init(
            text: "وحققت الأمم المتحدة أمس مع مسؤولين إيرانيين.", negated: "لم تحقق الأمم المتحدة أمس مع مسؤولين إيرانيين.", root: "09",
            source: "united-nations", target: "iran", date: "2021-10-21"),
        .init(
            text: "طالبت السعودية قطر أمس بوقف دعم الإرهاب.", negated: "لم تطالب السعودية قطر أمس بوقف دعم الإرهاب.", root: "10", source: "saudi-arabia",
            target: "qatar", date: "2021-10-21"),
        .init(
            text: "اتهمت إيران الولايات المتحدة بالتدخل.", negated: "لم تتهم إيران الولايات المتحدة بالتدخل.", root: "11", source: "iran",
            target: "united-states", date: "2021-10-22"),
        .init(
            text: "رفضت روسيا المقترح الأمريكي.", negated: "لم ترفض روسيا المقترح الأمريكي.", root: "12", source: "russia", target: "united-states",
            date: "2021-10-22"),
        .init(text: "هددت إيران إسرائيل بالرد.", negated: "لم تهدد إيران إسرائيل بالرد.", root: "13", source: "iran", target: "israel", date: "2021-10-22"),
        .init(
            text: "تظاهر الفلسطينيون ضد إسرائيل.", negated: "لم يتظاهر الفلسطينيون ضد إسرائيل.", root: "14", source: "palestine", target: "israel",
            date: "2021-10-22"),
        .init(
            text: "حشدت تركيا قواتها على الحدود مع سوريا.", negated: "لم تحشد تركيا قواتها على الحدود مع سوريا.", root: "15", source: "turkey", target: "syria",
            date: "2021-10-22"),
        .init(
            text: "قطعت المغرب العلاقات مع إيران.", negated: "لم تقطع المغرب العلاقات مع إيران.", root: "16", source: "morocco", target: "iran",
            date: "2021-10-22"),
        .init(
            text: "اعتقلت إيران مواطنين بريطانيين أمس.", negated: "لم تعتقل إيران مواطنين بريطانيين أمس.", root: "17", source: "iran", target: "united-kingdom",
            date: "2021-10-21"),
        .init(
            text: "اغتالت إسرائيل قياديا في حماس.", negated: "لم تغتل إسرائيل قياديا في حماس.", root: "18", source: "israel", target: "hamas",
            date: "2021-10-22"),
        .init(
            text: "قصفت روسيا مواقع المعارضة في إدلب أمس.", negated: "لم تقصف روسيا مواقع المعارضة في إدلب أمس.", root: "19", source: "russia", target: "syria",
            date: "2021-10-21"),
        .init(
            text: "استخدمت قوات النظام السوري أسلحة كيميائية أمس ضد بلدة خان شيخون.",
            negated: "لم تستخدم قوات النظام السوري أسلحة كيميائية أمس ضد بلدة خان شيخون.", root: "20", source: "syrian-government-forces", target: "syria",
            date: "2021-10-21"),
        .init(
            text: "Russia told Israel on Monday that it opposed the plan.", negated: "Russia did not tell Israel on Monday that it opposed the plan.",
            root: "01", source: "russia", target: "israel", date: "2021-10-18"),
        .init(
            text: "France urged Iran on Monday to show restraint.", negated: "France did not urge Iran on Monday to show restraint.", root: "02",
            source: "france", target: "iran", date: "2021-10-18"),
        .init(
            text: "Egypt offered Israel a truce plan.", negated: "Egypt never offered Israel a truce plan.", root: "03", source: "egypt", target: "israel",
            date: "2021-10-22"),
        .init(
            text: "Erdogan visited Russia on Monday.", negated: "Erdogan did not visit Russia on Monday.", root: "04", source: "recep-tayyip-erdogan",
            target: "russia", date: "2021-10-18"),
        .init(
            text: "The UAE signed an agreement with Israel yesterday.", negated: "The UAE did not sign an agreement with Israel yesterday.", root: "05",
            source: "united-arab-emirates", target: "israel", date: "2021-10-21"),
        .init(
            text: "Russia cooperated with Turkey on defence.", negated: "Russia never cooperated with Turkey on defence.", root: "06", source: "russia",
            target: "turkey", date: "2021-10-22"),
        .init(
            text: "Iran supplied weapons to Hezbollah.", negated: "Iran never supplied weapons to Hezbollah.", root: "07", source: "iran", target: "hezbollah",
            date: "2021-10-22"),
        .init(
            text: "Israel withdrew from Gaza.", negated: "Israel did not withdraw from Gaza.", root: "08", source: "israel", target: "palestine",
            date: "2021-10-22"),
        .init(
            text: "The United Nations investigated Iran on Monday over the attack.",
            negated: "The United Nations did not investigate Iran on Monday over the attack.",
            root: "09", source: "united-nations", target: "iran", date: "2021-10-18"),
        .init(
            text: "Saudi Arabia demanded that Qatar stop funding terrorism.", negated: "Saudi Arabia never demanded that Qatar stop funding terrorism.",
            root: "10", source: "saudi-arabia", target: "qatar", date: "2021-10-22"),
        .init(
            text: "Iran accused the United States of interference.", negated: "Iran did not accuse the United States of interference.", root: "11",
            source: "iran", target: "united-states", date: "2021-10-22"),
        .init(
            text: "Russia rejected the American proposal.", negated: "Russia did not reject the American proposal.", root: "12", source: "russia",
            target: "united-states", date: "2021-10-22"),
        .init(
            text: "Iran threatened Israel with retaliation.", negated: "Iran never threatened Israel with retaliation.", root: "13", source: "iran",
            target: "israel", date: "2021-10-22"),
        .init(
            text: "Palestinians protested against Israel on Monday.", negated: "Palestinians did not protest against Israel on Monday.", root: "14",
            source: "palestine", target: "israel", date: "2021-10-18"),
        .init(
            text: "Turkey massed troops on the border with Syria.", negated: "Turkey never massed troops on the border with Syria.", root: "15",
            source: "turkey", target: "syria", date: "2021-10-22"),
        .init(
            text: "Morocco cut ties with Iran.", negated: "Morocco did not cut ties with Iran.", root: "16", source: "morocco", target: "iran",
            date: "2021-10-22"),
        .init(
            text: "Kuwait expelled the Iranian ambassador yesterday.", negated: "Kuwait did not expel the Iranian ambassador yesterday.", root: "17",
            source: "kuwait", target: "iran", date: "2021-10-21"),
        .init(
            text: "Israel assassinated a Hamas commander.", negated: "Israel never assassinated a Hamas commander.", root: "18", source: "israel",
            target: "hamas", date: "2021-10-22"),
        .init(
            text: "Russia bombed opposition positions in Idlib on Monday.", negated: "Russia did not bomb opposition positions in Idlib on Monday.", root: "19",
            source: "russia", target: "syria", date: "2021-10-18"),
        .init(
            text: "Syrian government forces used chemical weapons against the town of Douma on Monday.",
            negated: "Syrian government forces did not use chemical weapons against the town of Douma on Monday.", root: "20",
            source: "syrian-government-forces", target: "syria", date: "2021-10-18"),
    ]

    @Test(arguments: cases)
    func eachRootIsCodedWithItsActorsAndDate(_ c: RootCase) throws {
        let events = extract(c.text).events
        let e = try #require(events.first { $0.type.root == c.root && !$0.target.isEmpty }, "got \(events.map { "\($0.type.code) \($0.source)→\($0.target)" })")
        #expect(e.source == [c.source])
        #expect(e.target == [c.target])
        #expect(e.date?.value == c.date)
        #expect(e.modality == .asserted)
    }

    @Test(arguments: cases)
    func theNegatedSentenceGivesNoEventOfThatRoot(_ c: RootCase) {
        let events = extract(c.negated).events
        #expect(!events.contains { $0.type.root == c.root }, "got \(events.map { "\($0.type.code) \($0.source)→\($0.target)" })")
    }
}

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
        .init(text: "قطعت البحرين العلاقات مع قطر أمس.", root: "16", source: "bahrain", target: "qatar", date: "2021-10-21"),
        .init(text: "أدانت مصر إسرائيل بسبب الهجوم.", root: "11", source: "egypt", target: "israel", date: "2021-10-22"),
        .init(text: "اتهمت إيران الولايات المتحدة بدعم الإرهاب.", root: "11", source: "iran", target: "united-states", date: "2021-10-22"),
        .init(text: "قصفت إسرائيل مواقع في سوريا أمس.", root: "19", source: "israel", target: "syria", date: "2021-10-21"),
        .init(text: "Russia accused Belgium of killing civilians on Tuesday.", root: "11", source: "russia", target: "belgium", date: "2021-10-19"),
        .init(text: "Turkey and Russia signed an agreement on Monday.", root: "05", source: "turkey", target: "russia", date: "2021-10-18"),
        .init(text: "Israeli jets struck Syria on Friday.", root: "19", source: "israeli-air-force", target: "syria", date: "2021-10-22"),
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

    @Test func aNegatedEventIsLeftOut() {
        #expect(extract("لم تلتق روسيا مع إسرائيل.").events.isEmpty)
        #expect(extract("Russia did not attack Ukraine.").events.isEmpty)
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

    @Test func aContinuingSentenceKeepsTheDateOfTheOneBefore() throws {
        let e = extract("في عام 2018 قصفت إسرائيل مواقع في سوريا. وأدانت روسيا إسرائيل بشدة.")
        let condemnation = try #require(e.events.first { $0.type.root == "11" })
        #expect(condemnation.date?.value == "2018")
        let news = extract("في عام 2018 قصفت إسرائيل مواقع في سوريا.\nأدانت روسيا إسرائيل بشدة.")
        #expect(news.events.first { $0.type.root == "11" }?.date?.value == "2021-10-22")
    }

    @Test func evidenceIsTheSentence() throws {
        let text = "قال مسؤول إن الوضع هادئ. وأدانت مصر إسرائيل بسبب الهجوم."
        let e = try #require(extract(text).events.first { $0.type.root == "11" })
        #expect(e.evidence[0].sentence == "وأدانت مصر إسرائيل بسبب الهجوم.")
        #expect(e.evidence[0].start == "قال مسؤول إن الوضع هادئ. ".unicodeScalars.count)
    }
}

@Suite struct DeterminismTests {
    @Test func parallelExtractionEqualsSequentialByteForByte() throws {
        let texts = [
            "التقى بوتين اليوم مع بينيت في سوتشي. وأدانت مصر إسرائيل بسبب الهجوم.",
            "Russia accused Belgium of killing civilians on Tuesday. The two leaders met.",
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

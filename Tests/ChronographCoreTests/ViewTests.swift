import Testing

@testable import ChronographCore

func event(_ id: String, _ date: String?, _ code: String, _ s: [String], _ t: [String], goldstein: Double = 1) -> Event {
    Event(
        id: id, date: date.map { TimeValue($0) }, type: EventType(code: code, label: code), goldstein: goldstein, source: s, target: t,
        evidence: [Evidence(document: "d", sentence: "sentence \(id)", start: 0, end: 10)])
}

let sample = Extraction(
    documents: [DocumentInfo(id: "d", lang: "en", published: "2021-10-22", publishedInferred: false)],
    actors: [
        Actor(id: "russia", name: "Russia", type: .country), Actor(id: "israel", name: "Israel", type: .country),
        Actor(id: "iran", name: "Iran", type: .country), Actor(id: "syria", name: "Syria", type: .country),
    ],
    events: [
        event("e1", "2021-10-22", "043", ["russia"], ["israel"], goldstein: 2.8),
        event("e2", "2018", "057", ["russia"], ["iran"], goldstein: 8),
        event("e3", "2018-09-17", "190", ["syria"], ["russia"], goldstein: -10),
        event("e4", nil, "190", ["israel"], ["iran"], goldstein: -10),
        event("e5", "2021-10-22", "051", ["israel"], ["russia"], goldstein: 3.4),
    ])

@Suite struct ViewTests {
    @Test func timelinePutsCoarseDatesAfterTheFinerDatesTheyContain() {
        let ids = Timeline(sample).entries.map(\.id)
        #expect(ids == ["e3", "e2", "e1", "e5", "e4"])
    }

    @Test func filtersKeepTheWindowTheActorAndTheCode() {
        let f = EventFilter(from: DayInterval(isoValue: "2019"), actors: ["russia"])
        #expect(Timeline(sample, filter: f).entries.map(\.id) == ["e1", "e5"])
        #expect(Timeline(sample, filter: EventFilter(codes: [CameoCode("19")!])).entries.map(\.id) == ["e3", "e4"])
    }

    @Test func graphAggregatesRelationsPerDirection() throws {
        let g = ActorGraph(sample)
        #expect(g.nodes.count == 4)
        let rs = try #require(g.relations.first { $0.source == "syria" && $0.target == "russia" })
        #expect(rs.count == 1)
        #expect(rs.isConflict)
        #expect(rs.dominantQuad == 4)
        #expect(g.relations.contains { $0.source == "israel" && $0.target == "russia" && !$0.isConflict })
    }

    @Test func queriesAnswerBetweenAndPath() {
        let q = GraphQuery(sample)
        #expect(q.between("russia", "israel").map(\.id) == ["e1", "e5"])
        #expect(q.path("syria", "iran") == ["syria", "russia", "iran"])
        #expect(q.neighbors("iran").count == 2)
    }

    @Test func corpusMergesTheSameEventReportedTwice() {
        var a = sample
        a.events = [event("e1", "2021-10-22", "043", ["russia"], ["israel"])]
        var b = sample
        b.documents = [DocumentInfo(id: "other", lang: "ar", published: "2021-10-22", publishedInferred: false)]
        b.events = [
            Event(
                id: "e1", date: TimeValue("2021-10"), type: EventType(code: "042", label: "x"), goldstein: 1.9,
                source: ["russia"], target: ["israel"], evidence: [Evidence(document: "other", sentence: "s", start: 0, end: 1)])
        ]
        let merged = Corpus.merge([a, b])
        #expect(merged.events.count == 1)
        #expect(merged.events[0].evidence.count == 2)
        #expect(merged.events[0].mentionCount == 2)
        #expect(merged.events[0].sourceCount == 2)
        #expect(merged.actors.count == 4)
        let csv = TimelineFormat.csv(Timeline(merged), in: merged).split(separator: "\n")
        #expect(csv[0].hasPrefix("date,granularity,source,source_codes,target,target_codes,code"))
        #expect(csv[1].contains(",asserted,2,2,"))
    }
}

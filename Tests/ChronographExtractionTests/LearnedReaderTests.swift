import ChronographCore
import Foundation
import Testing

@testable import ChronographExtraction

/// The learned reader: its linear models learn, its file round-trips and refuses another
/// feature version, and training on annotated articles is deterministic and learns events.
@Suite struct LearnedReaderTests {
    /// Two features, one of which decides the class: both learners must find it.
    static let toy: [Perceptron.Example] = (0..<40).map { i in
        let positive = i % 3 == 0
        let keys: [UInt64] = [Features.key(.bias), positive ? 101 : 202, UInt64(1000 + i % 7)]
        return .init(options: Perceptron.classOptions(keys, classes: 2), gold: positive ? 1 : 0)
    }

    static func accuracy(_ m: LinearModel, _ examples: [Perceptron.Example]) -> Double {
        let right = examples.filter { e in (m.score(e.options[1]) > m.score(e.options[0]) ? 1 : 0) == e.gold }.count
        return Double(right) / Double(examples.count)
    }

    @Test func thePerceptronAndTheLogLinearModelLearnASeparableDecision() {
        #expect(Self.accuracy(Perceptron.train(Self.toy, epochs: 5), Self.toy) == 1)
        #expect(Self.accuracy(SoftmaxRegression.train(Self.toy, l2: 0.001, iterations: 60), Self.toy) == 1)
    }

    @Test func aModelFileRoundTripsAndAnotherFeatureVersionIsRefused() throws {
        let model = ReaderModel(event: Perceptron.train(Self.toy, epochs: 3), root: SoftmaxRegression.train(Self.toy, l2: 0.01, iterations: 10))
        let data = model.data()
        let back = try ReaderModel(data: data, file: "m")
        #expect(back.data() == data)
        #expect(back.sizes["event"] == model.sizes["event"])
        var other = data
        other[ReaderModel.magic.count] &+= 1
        #expect {
            try ReaderModel(data: other, file: "old.model")
        } throws: { error in
            "\(error)".contains("old.model: the model was trained with feature version")
        }
        #expect(throws: ReaderModel.LoadError.self) { try ReaderModel(data: Data("not a model".utf8), file: "x") }
        #expect(throws: ReaderModel.LoadError.self) { try ReaderModel(data: data.prefix(data.count - 3), file: "cut") }
    }

    /// Twenty short articles in which one country condemns another (an event) or two countries
    /// are only named together (no event), annotated as `data/annotated` is.
    static func corpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let countries = [
            ("Russia", "Israel"), ("France", "Germany"), ("Iran", "Iraq"), ("Jordan", "Syria"), ("Qatar", "Bahrain"),
            ("Lebanon", "Kuwait"), ("Yemen", "Oman"), ("Sudan", "Libya"), ("Morocco", "Algeria"), ("Tunisia", "Italy"),
        ]
        var ids: [String] = []
        for (n, (a, b)) in countries.enumerated() {
            for (k, event) in [true, false].enumerated() {
                let id = "toy-\(n)-\(k)"
                ids.append(id)
                let text = event ? "\(a) condemned \(b) in a statement. Officials gave no details." : "\(a) and \(b) are neighbours with long histories."
                let actors: [[String: Any]] = [
                    ["name": a, "type": "country", "mentions": [a]], ["name": b, "type": "country", "mentions": [b]],
                ]
                let events: [[String: Any]] =
                    event ? [["source": a, "target": b, "cameo_root": "11", "date": NSNull(), "evidence": "\(a) condemned \(b) in a statement."]] : []
                let doc: [String: Any] = [
                    "id": id, "lang": "en", "published": "2019-05-0\(1 + n % 9)", "text": text,
                    "gold": ["timexes": [], "actors": actors, "events": events],
                ]
                try JSONSerialization.data(withJSONObject: doc).write(to: dir.appendingPathComponent("\(id).json"))
            }
        }
        try JSONSerialization.data(withJSONObject: ["train": ids, "test": []]).write(to: dir.appendingPathComponent("splits.json"))
        return dir
    }

    @Test func trainingIsDeterministicAndLearnsWhatTheGoldCallsAnEvent() throws {
        let dir = try Self.corpus()
        var trainer = ReaderTrainer(extractor: Extractor(resources: shipped.reading(with: nil), today: CivilDate(2026, 11, 29)))
        trainer.iterations = 60
        let (model, report) = try trainer.train(paths: [dir.path], split: "train", pool: nil)
        let (again, _) = try trainer.train(paths: [dir.path], split: "train", pool: nil)
        #expect(model.data() == again.data())
        #expect(report.articles == 20)
        #expect(report.goldEvents == 10)
        #expect(report.goldEventsReachable == 10)

        var reader = Extractor(resources: shipped, today: CivilDate(2026, 11, 29))
        reader.reader = model
        let condemned = reader.extract(Article(id: "n", lang: "en", published: "2020-01-02", text: "Egypt condemned Turkey in a statement."))
        let names = Dictionary(uniqueKeysWithValues: condemned.actors.map { ($0.id, $0.name) })
        #expect(condemned.events.map { "\(names[$0.source[0]] ?? "?")→\($0.target.map { names[$0] ?? "?" })" } == ["Egypt→[\"Turkey\"]"])
        #expect(condemned.events.first?.type.code.hasPrefix("11") == true)
        let together = reader.extract(Article(id: "m", lang: "en", published: "2020-01-02", text: "Egypt and Turkey are neighbours with long histories."))
        #expect(together.events.isEmpty)
    }
}

/// The joint decoding of a sentence's roles.
@Suite struct RoleDecodingTests {
    static func pair(_ s: Int, _ t: Int?) -> EventCandidate {
        EventCandidate(
            sentence: 0, source: s, target: t, sourceToken: s, targetToken: t, sourceMention: nil, targetMention: nil)
    }

    @Test func aSourceKeepsItsTargetsAndNoActorHoldsBothRoles() {
        // Russia (0) → Ukraine (1) best; Ukraine → Turkey (2) makes a target a source: dropped;
        // Russia → Turkey keeps the one source; Turkey → Russia makes the source a target: dropped;
        // Russia alone is already a source: dropped; Turkey alone is no source: kept.
        let kept: [(c: EventCandidate, margin: Float)] = [
            (Self.pair(1, 2), 2.0), (Self.pair(0, 1), 3.0), (Self.pair(0, 2), 1.5), (Self.pair(2, 0), 1.0), (Self.pair(0, nil), 0.9),
            (Self.pair(2, nil), 0.5),
        ]
        let chosen = RoleDecoding.decode(kept).map { [$0.source, $0.target ?? -1] }
        #expect(chosen == [[0, 1], [0, 2], [2, -1]])
    }
}

/// The candidates the learned decisions choose among.
@Suite struct CandidateTests {
    func context(_ text: String) -> ReadingContext {
        let x = Extractor(resources: shipped.reading(with: nil), today: CivilDate(2026, 11, 29))
        return ReadingContext(x.analyze(Article(id: "t", lang: "en", published: "2019-05-02", text: text)), resources: shipped)
    }

    func names(_ c: EventCandidate, _ ctx: ReadingContext) -> String {
        "\(ctx.a.entries[c.source].name)>\(c.target.map { ctx.a.entries[$0].name } ?? "-")"
    }

    @Test func aSentenceThatNamesOneSidePairsItWithTheMainActorsOfTheArticle() {
        let ctx = context(
            "Russia condemned Israel on Monday. Israel rejected the statement from Russia. Israel and Russia met in Sochi. Officials in Iran said they will respond strongly."
        )
        // Named three times each: the first named first.
        #expect(ctx.salient.map { ctx.a.entries[$0].name } == ["Russia", "Israel"])
        let s = ctx.a.buffer.sentences.count - 1
        let cs = LearnedReader.candidates(sentence: s, facts: ctx.facts, a: ctx.a, salient: ctx.salient)
        let implicit = cs.filter(\.implicit).map { names($0, ctx) }
        // Israel is carried from the sentence before, so only Russia is implicit.
        #expect(implicit == ["Iran>Russia"])
        #expect(cs.contains { $0.carried && $0.carriedFrom == 1 && names($0, ctx) == "Israel>Iran" })
    }

    @Test func theArticleLevelFactsOfAPairAreHowOftenItsActorsMeetAndWhoseTheyAre() throws {
        let ctx = context(
            "Russia condemned Israel on Monday. Israel rejected the statement from Russia. Vladimir Putin spoke for Russia. Iran and Israel met."
        )
        let e = ctx.a.entries
        let russia = try #require(ctx.a.mentions.first { e[$0.entry].id == "russia" }?.entry)
        let israel = try #require(ctx.a.mentions.first { e[$0.entry].id == "israel" }?.entry)
        let iran = try #require(ctx.a.mentions.first { e[$0.entry].id == "iran" }?.entry)
        let putin = try #require(ctx.a.mentions.first { e[$0.entry].id == "vladimir-putin" }?.entry)
        #expect(ctx.together[ReadingContext.pairKey(israel, russia)] == 2)
        #expect(ctx.together[ReadingContext.pairKey(iran, israel)] == 1)
        #expect(ctx.together[ReadingContext.pairKey(iran, russia)] == nil)
        // Named three times each, Russia first: rank 0.
        #expect(ctx.rank[russia] == 0 && ctx.rank[israel] == 1)
        // Putin is Russia's president: his and his country's are one side, not an event's two.
        #expect(LearnedReader.affiliation(between: putin, and: russia, e) == .sourceOfTarget)
        #expect(LearnedReader.affiliation(between: russia, and: putin, e) == .targetOfSource)
        #expect(LearnedReader.affiliation(between: russia, and: israel, e) == nil)
    }
}

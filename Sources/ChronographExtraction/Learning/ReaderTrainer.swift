import ChronographCore
import Foundation

/// Trains the learned reader from gold-annotated articles: each article is read by the same
/// pipeline as `extract`, its candidates are labelled by the gold events whose evidence
/// sentence they lie in (actors matched as the shared scorer matches them: a name, alias or
/// mention in common), and the three decisions are trained by the averaged perceptron.
/// Deterministic: the same articles give the same model, byte for byte.
public struct ReaderTrainer {
    public let extractor: Extractor
    public var epochs = 8

    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// What training saw, for the report.
    public struct Report: Sendable {
        public var articles = 0
        public var goldEvents = 0
        /// Gold events whose source (and target) were among the candidates of their sentence.
        public var goldEventsReachable = 0
        public var candidates = 0
        public var positives = 0
        public var dated = 0
        /// The features of largest weight of each decision, readable.
        public var topFeatures: [String: [(name: String, weight: Float)]] = [:]
    }

    struct Labelled {
        var ctx: ReadingContext
        var candidates: [(c: EventCandidate, root: Int?, date: DateOption.Kind?)]
    }

    public func train(paths: [String], split: String?, pool: String?, report named: Bool = false) throws -> (ReaderModel, Report) {
        var corpus = try AnnotatedCorpus(paths: paths, split: split, pool: pool)
        var report = Report()
        var labelled: [Labelled] = []
        for file in corpus.files {
            guard let data = FileManager.default.contents(atPath: file),
                let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw InputError.malformedJSON(file: file, line: 1, reason: "not a JSON object") }
            guard let gold = doc["gold"] as? [String: Any] else { continue }
            let article = Article(
                id: doc["id"] as? String ?? (file as NSString).lastPathComponent, title: doc["title"] as? String, lang: doc["lang"] as? String,
                published: doc["published"] as? String, source: nil, text: try corpus.text(of: doc, file: file))
            let l = label(article, gold: gold, report: &report)
            labelled.append(l)
        }
        var eventExamples: [Perceptron.Example] = []
        var rootExamples: [Perceptron.Example] = []
        var dateExamples: [Perceptron.Example] = []
        for l in labelled {
            for (c, root, date) in l.candidates {
                let keys = LearnedReader.pairFeatures(c, l.ctx).keys
                eventExamples.append(.init(options: Perceptron.classOptions(keys, classes: 2), gold: root == nil ? 0 : 1))
                guard let root else { continue }
                rootExamples.append(
                    .init(options: Perceptron.classOptions(LearnedReader.rootFeatures(c, l.ctx).keys, classes: LearnedReader.roots.count), gold: root))
                if let date {
                    let options = LearnedReader.dateOptions(c, l.ctx)
                    if let g = options.firstIndex(where: { $0.0.kind == date }) {
                        dateExamples.append(.init(options: options.map(\.1.keys), gold: g))
                    }
                }
            }
        }
        let model = ReaderModel(
            event: Perceptron.train(eventExamples, epochs: epochs), root: Perceptron.train(rootExamples, epochs: epochs),
            date: Perceptron.train(dateExamples, epochs: epochs))
        report.dated = dateExamples.count
        if named { report.topFeatures = topFeatures(model, labelled) }
        return (model, report)
    }

    /// Candidates of an article with their gold root (nil: no event) and the date option the
    /// gold date corresponds to.
    func label(_ article: Article, gold: [String: Any], report: inout Report) -> Labelled {
        let a = extractor.analyze(article)
        let ctx = ReadingContext(a, resources: extractor.resources)
        report.articles += 1
        let goldActors = gold["actors"] as? [[String: Any]] ?? []
        var keysOfGold: [String: Set<String>] = [:]
        for g in goldActors {
            guard let name = g["name"] as? String else { continue }
            var keys: Set<String> = [ScoreText.norm(name)]
            for m in g["mentions"] as? [String] ?? [] { keys.insert(ScoreText.norm(m)) }
            keysOfGold[name] = keys.subtracting([""])
        }
        // The engine's keys of each entry named in the article, as the scorer would see them.
        var keysOfEntry: [Int: Set<String>] = [:]
        for m in a.mentions {
            let e = a.entries[m.entry]
            if keysOfEntry[m.entry] == nil { keysOfEntry[m.entry] = Set(([e.name, e.id] + e.allAliases).map { ScoreText.norm($0) }) }
            keysOfEntry[m.entry]!.insert(ScoreText.norm(a.buffer.text(m.origStart, m.origEnd)))
        }
        func matches(_ entry: Int, _ goldName: Any?) -> Bool {
            guard let name = goldName as? String, let g = keysOfGold[name], let e = keysOfEntry[entry] else { return false }
            return !g.isDisjoint(with: e)
        }
        let scalars = Array(article.text.unicodeScalars.map(\.value))
        var goldBySentence: [Int: [[String: Any]]] = [:]
        for e in gold["events"] as? [[String: Any]] ?? [] {
            report.goldEvents += 1
            guard let evidence = e["evidence"] as? String, let start = LearnedReader.find(Array(evidence.unicodeScalars.map(\.value)), in: scalars)
            else { continue }
            let end = start + evidence.unicodeScalars.count
            for (s, sentence) in a.buffer.sentences.enumerated() where sentence.origStart < end && sentence.origEnd > start {
                goldBySentence[s, default: []].append(e)
            }
        }
        var out: [(c: EventCandidate, root: Int?, date: DateOption.Kind?)] = []
        var reached = Set<String>()
        for s in a.buffer.sentences.indices where !a.isHeadline(s) {
            let golds = goldBySentence[s] ?? []
            for c in LearnedReader.candidates(sentence: s, facts: ctx.facts, a: a) {
                let hit = golds.first { e in
                    matches(c.source, e["source"]) && (c.target.map { matches($0, e["target"]) } ?? (e["target"] == nil || e["target"] is NSNull))
                }
                guard let e = hit else {
                    out.append((c, nil, nil))
                    continue
                }
                reached.insert("\(e["evidence"] ?? "")|\(e["source"] ?? "")|\(e["target"] ?? "")|\(e["cameo_root"] ?? "")")
                let root = LearnedReader.roots.firstIndex(of: e["cameo_root"] as? String ?? "") ?? 0
                out.append((c, root, dateKind(e["date"], c, ctx)))
            }
        }
        report.goldEventsReachable += reached.count
        report.candidates += out.count
        report.positives += out.filter { $0.root != nil }.count
        return Labelled(ctx: ctx, candidates: out)
    }

    /// The option whose value overlaps the gold date: a timex of the sentence (nearest first),
    /// the narrative's date, the publication date; none for no gold date; nil when none fits.
    func dateKind(_ gold: Any?, _ c: EventCandidate, _ ctx: ReadingContext) -> DateOption.Kind? {
        guard let g = gold as? String else { return DateOption.Kind.none }
        guard let gi = ScoreText.interval(g) else { return nil }
        let options = LearnedReader.dateOptions(c, ctx)
        let at = LearnedReader.anchor(c, ctx)
        let timexes = options.filter { if case .timex = $0.0.kind { return true } else { return false } }
        let byNearness = timexes.sorted {
            guard case .timex(let x) = $0.0.kind, case .timex(let y) = $1.0.kind else { return false }
            let tx = ctx.timexes[c.sentence] ?? []
            return LearnedReader.distance(tx[x].range, at) < LearnedReader.distance(tx[y].range, at)
        }
        for o in byNearness + options.filter({ $0.0.kind == .narrative || $0.0.kind == .published }) {
            if let v = o.0.value?.interval, v.overlaps(gi) { return o.0.kind }
        }
        return nil
    }

    /// The heaviest features of each decision, with their names.
    func topFeatures(_ model: ReaderModel, _ labelled: [Labelled]) -> [String: [(name: String, weight: Float)]] {
        var names: [UInt64: String] = [:]
        var dateNames: [UInt64: String] = [:]
        for l in labelled {
            for (c, root, _) in l.candidates.prefix(400) {
                names.merge(LearnedReader.pairFeatures(c, l.ctx, named: true).names ?? [:]) { a, _ in a }
                if root != nil {
                    names.merge(LearnedReader.rootFeatures(c, l.ctx, named: true).names ?? [:]) { a, _ in a }
                    for o in LearnedReader.dateOptions(c, l.ctx, named: true) { dateNames.merge(o.1.names ?? [:]) { a, _ in a } }
                }
            }
        }
        func top(_ xs: [(String, Float)]) -> [(name: String, weight: Float)] {
            Array(xs.filter { $0.1 != 0 }.sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 }.prefix(25)).map { ($0.0, $0.1) }
        }
        let event = names.map { k, n in
            (n, model.event.weight(Features.mix(Perceptron.classKey(1), k)) - model.event.weight(Features.mix(Perceptron.classKey(0), k)))
        }
        var root: [(String, Float)] = []
        for (k, n) in names {
            for r in LearnedReader.roots.indices {
                root.append(("\(LearnedReader.roots[r]) ← \(n)", model.root.weight(Features.mix(Perceptron.classKey(r), k))))
            }
        }
        let date = dateNames.map { k, n in (n, model.date.weight(k)) }
        return ["event": top(event), "root": top(root), "date": top(date)]
    }
}

extension LearnedReader {
    /// Where a sequence of scalars first occurs in another.
    static func find(_ needle: [UInt32], in hay: [UInt32]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        let first = needle[0]
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

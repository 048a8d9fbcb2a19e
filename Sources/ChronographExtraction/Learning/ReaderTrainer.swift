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
    /// The L2 penalty of the log-linear decisions; nil trains averaged perceptrons instead. 0.003 was
    /// chosen by cross-validation within the train split (0.0003, 0.001, 0.003 and 0.01 tried).
    public var l2: Double? = 0.003
    public var iterations = 120

    func fit(_ examples: [Perceptron.Example]) -> LinearModel {
        if let l2 { return SoftmaxRegression.train(examples, l2: l2, iterations: iterations) }
        return Perceptron.train(examples, epochs: epochs)
    }

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
        /// The margin above which a candidate is kept, chosen by cross-validation.
        public var threshold: Float = 0
        /// The F1 of the event decision over candidates, on held-out folds, at that threshold.
        public var candidateF1 = 0.0
        /// The features of largest weight of each decision, readable.
        public var topFeatures: [String: [(name: String, weight: Float)]] = [:]
    }

    struct Labelled {
        var ctx: ReadingContext
        var candidates: [(c: EventCandidate, root: Int?, date: DateOption.Kind?, reversed: Bool)]
    }

    public func train(paths: [String], split: String?, pool: String?, report named: Bool = false) throws -> (ReaderModel, Report) {
        var corpus = try AnnotatedCorpus(paths: paths, split: split, pool: pool)
        var report = Report()
        var articles: [(article: Article, gold: [String: Any])] = []
        for file in corpus.files {
            guard let data = FileManager.default.contents(atPath: file),
                let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw InputError.malformedJSON(file: file, line: 1, reason: "not a JSON object") }
            guard let gold = doc["gold"] as? [String: Any] else { continue }
            let article = Article(
                id: doc["id"] as? String ?? (file as NSString).lastPathComponent, title: doc["title"] as? String, lang: doc["lang"] as? String,
                published: doc["published"] as? String, source: nil, text: try corpus.text(of: doc, file: file))
            articles.append((article, gold))
        }
        // The name tagger first. The event decisions are trained on articles read as `extract`
        // will read new ones, with names found by a tagger that has not seen the article (each
        // fold is tagged by a tagger trained on the other folds).
        let folds = 4
        let tokenExamples = articles.map { nameExamples($0.article, gold: $0.gold) }
        func tagger(excluding k: Int?) -> LinearModel {
            let examples = tokenExamples.indices.filter { k == nil || $0 % folds != k }.flatMap { tokenExamples[$0] }
            return Perceptron.trainClasses(examples, classes: MentionTagger.tagCount, epochs: 5)
        }
        let names = tagger(excluding: nil)
        let foldTaggers = (0..<folds).map { tagger(excluding: $0) }
        var labelled: [Labelled] = []
        for (n, item) in articles.enumerated() {
            var reading = extractor
            reading.reader = ReaderModel(names: foldTaggers[n % folds])
            labelled.append(label(item.article, gold: item.gold, reading: reading, report: &report))
        }
        var eventExamples: [Perceptron.Example] = []
        var directionExamples: [Perceptron.Example] = []
        var rootExamples: [Perceptron.Example] = []
        var dateExamples: [Perceptron.Example] = []
        var articleOf: [Int] = []
        for (n, l) in labelled.enumerated() {
            for (c, root, date, reversed) in l.candidates {
                let keys = LearnedReader.pairFeatures(c, l.ctx).keys
                eventExamples.append(.init(options: Perceptron.classOptions(keys, classes: 2), gold: root == nil ? 0 : 1))
                articleOf.append(n)
                guard let root else { continue }
                if c.target != nil { directionExamples.append(.init(options: Perceptron.classOptions(keys, classes: 2), gold: reversed ? 1 : 0)) }
                let oriented = reversed ? c.reversed : c
                rootExamples.append(
                    .init(
                        options: Perceptron.classOptions(LearnedReader.rootFeatures(oriented, l.ctx).keys, classes: LearnedReader.roots.count), gold: root))
                if let date {
                    let options = LearnedReader.dateOptions(oriented, l.ctx)
                    if let g = options.firstIndex(where: { $0.0.kind == date }) {
                        dateExamples.append(.init(options: options.map(\.1.keys), gold: g))
                    }
                }
            }
        }
        // Events are a few percent of the candidates, so the perceptron's own boundary keeps too
        // few: the threshold is chosen by cross-validation over the training articles (the
        // margin that gives the best F1 on held-out folds) and folded into the bias weight.
        let (candidateF1, threshold) = tuneThreshold(eventExamples, articleOf: articleOf, folds: 4, goldEvents: report.goldEvents)
        report.threshold = threshold
        report.candidateF1 = candidateF1
        var eventTable = fit(eventExamples).table
        let biasKey = Features.classed(Features.key(.bias), 1)
        eventTable[biasKey, default: 0] -= threshold
        let model = ReaderModel(
            event: LinearModel(eventTable), root: fit(rootExamples), date: fit(dateExamples), names: names,
            direction: fit(directionExamples))
        report.dated = dateExamples.count
        if named { report.topFeatures = topFeatures(model, labelled) }
        return (model, report)
    }

    /// The tagger's examples of an article: each word with the tag the gold mentions give it
    /// (the longest mention first where two overlap), read after the tag before it.
    func nameExamples(_ article: Article, gold: [String: Any]) -> [(keys: [UInt64], gold: Int)] {
        var plain = extractor
        plain.reader = nil
        let a = plain.analyze(article)
        let tokens = a.text.tokens
        let scalars = Array(article.text.unicodeScalars.map(\.value))
        var spans: [(start: Int, end: Int, type: ActorType)] = []
        for g in gold["actors"] as? [[String: Any]] ?? [] {
            guard let type = (g["type"] as? String).flatMap(ActorType.init(rawValue:)) else { continue }
            for m in g["mentions"] as? [String] ?? [] {
                let needle = Array(m.unicodeScalars.map(\.value))
                var from = 0
                while let at = LearnedReader.find(needle, in: scalars, from: from) {
                    spans.append((at, at + needle.count, type))
                    from = at + 1
                }
            }
        }
        spans.sort { ($0.end - $0.start, $1.start) > ($1.end - $1.start, $0.start) }
        var tags = [Int](repeating: 0, count: tokens.count)
        var taken = [Bool](repeating: false, count: tokens.count)
        for span in spans {
            let covered = tokens.indices.filter { Int(tokens[$0].origEnd) > span.start && Int(tokens[$0].origStart) < span.end && tokens[$0].isWord }
            guard let first = covered.first, !covered.contains(where: { taken[$0] }) else { continue }
            for i in covered {
                tags[i] = i == first ? MentionTagger.begin(span.type) : MentionTagger.inside(span.type)
                taken[i] = true
            }
        }
        let dictionary = MentionTagger.dictionaryTags(a.mentions, entries: a.entries, count: tokens.count)
        let titles = extractor.resources.events.titleWords
        var out: [(keys: [UInt64], gold: Int)] = []
        var previous = 0
        for i in tokens.indices {
            guard tokens[i].isWord else {
                previous = 0
                continue
            }
            out.append((MentionTagger.features(i, previous: previous, text: a.text, dictionary: dictionary, titles: titles).keys, tags[i]))
            previous = tags[i]
        }
        return out
    }

    /// The margin that maximizes F1 over held-out folds of articles, recall counted against all
    /// `goldEvents` (those no candidate reaches too, as the scorer counts them): against the
    /// reachable ones only, the margin keeps about half as many events as the best final F1
    /// wants (2-fold CV within the train split: lenient 0.117 at that margin, 0.130 at 0.5 lower).
    func tuneThreshold(_ examples: [Perceptron.Example], articleOf: [Int], folds: Int, goldEvents: Int = 0) -> (f1: Double, margin: Float) {
        var scored: [(margin: Float, positive: Bool)] = []
        for k in 0..<folds {
            let train = examples.indices.filter { articleOf[$0] % folds != k }.map { examples[$0] }
            let m = fit(train)
            for i in examples.indices where articleOf[i] % folds == k {
                let e = examples[i]
                scored.append((m.score(e.options[1]) - m.score(e.options[0]), e.gold == 1))
            }
        }
        scored.sort { $0.margin > $1.margin }
        let positives = max(scored.filter(\.positive).count, goldEvents)
        var tp = 0
        var best: (f1: Double, margin: Float) = (0, 0)
        for (n, s) in scored.enumerated() {
            if s.positive { tp += 1 }
            let p = Double(tp) / Double(n + 1), r = Double(tp) / Double(max(positives, 1))
            let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
            if f1 > best.f1, n + 1 == scored.count || scored[n + 1].margin < s.margin {
                best = (f1, n + 1 < scored.count ? (s.margin + scored[n + 1].margin) / 2 : s.margin - 1)
            }
        }
        return best
    }

    /// Candidates of an article with their gold root (nil: no event) and the date option the
    /// gold date corresponds to.
    func label(_ article: Article, gold: [String: Any], reading: Extractor, report: inout Report) -> Labelled {
        let a = reading.analyze(article)
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
        var out: [(c: EventCandidate, root: Int?, date: DateOption.Kind?, reversed: Bool)] = []
        var reached = Set<String>()
        for s in a.buffer.sentences.indices where !a.isHeadline(s) {
            let golds = goldBySentence[s] ?? []
            for c in LearnedReader.candidates(sentence: s, facts: ctx.facts, a: a, salient: ctx.salient) {
                let forward = golds.first { e in
                    matches(c.source, e["source"]) && (c.target.map { matches($0, e["target"]) } ?? (e["target"] == nil || e["target"] is NSNull))
                }
                let backward = c.target == nil ? nil : golds.first { e in matches(c.target!, e["source"]) && matches(c.source, e["target"]) }
                guard let e = forward ?? backward else {
                    out.append((c, nil, nil, false))
                    continue
                }
                reached.insert("\(e["evidence"] ?? "")|\(e["source"] ?? "")|\(e["target"] ?? "")|\(e["cameo_root"] ?? "")")
                let root = LearnedReader.roots.firstIndex(of: e["cameo_root"] as? String ?? "") ?? 0
                let oriented = forward == nil ? c.reversed : c
                out.append((c, root, dateKind(e["date"], oriented, ctx), forward == nil))
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
            for (c, root, _, _) in l.candidates.prefix(400) {
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
            (n, model.event.weight(Features.classed(k, 1)) - model.event.weight(Features.classed(k, 0)))
        }
        var root: [(String, Float)] = []
        for (k, n) in names {
            for r in LearnedReader.roots.indices {
                root.append(("\(LearnedReader.roots[r]) ← \(n)", model.root.weight(Features.classed(k, r))))
            }
        }
        let date = dateNames.map { k, n in (n, model.date.weight(k)) }
        return ["event": top(event), "root": top(root), "date": top(date)]
    }
}

extension LearnedReader {
    /// Where a sequence of scalars first occurs in another.
    static func find(_ needle: [UInt32], in hay: [UInt32], from: Int = 0) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        let first = needle[0]
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

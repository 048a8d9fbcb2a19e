import ChronographCore
import Foundation

/// Seconds spent in each stage of the pipeline on one article, for benchmarks.
public struct StageTimes: Sendable {
    public var text = 0.0
    public var temporal = 0.0
    public var actors = 0.0
    public var events = 0.0
    public var total = 0.0

    public init() {}

    public static func + (a: StageTimes, b: StageTimes) -> StageTimes {
        var s = StageTimes()
        s.text = a.text + b.text
        s.temporal = a.temporal + b.temporal
        s.actors = a.actors + b.actors
        s.events = a.events + b.events
        s.total = a.total + b.total
        return s
    }
}

extension Extractor {
    /// Runs each stage on its own and times it: text analysis, the temporal tagger, the actor
    /// tagger, the event tagger; `total` is the whole `extract` (which includes the resolver).
    public func profile(_ article: Article) -> StageTimes {
        var t = StageTimes()
        func clock(_ body: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var analyzed: AnalyzedText? = nil
        t.text = clock {
            analyzed = AnalyzedText(
                TextBuffer(article.text, abbreviations: resources.abbreviations, languages: resources.languages), lexicon: resources.lexicon)
        }
        guard let text = analyzed else { return t }
        t.temporal = clock { _ = TemporalTagger(model: resources.temporal).tag(text) }
        var mentions: [ActorMention] = []
        t.actors = clock { mentions = ActorTagger(dictionary: resources.actors).tag(text, on: article.published.flatMap(CivilDate.init(iso:))) }
        let entries = resources.actors.entries
        t.events = clock { _ = EventTagger(model: resources.events).tag(text, mentions: mentions, isPlace: { entries[$0].type == .place }) }
        t.total = clock { _ = extract(article) }
        return t
    }
}

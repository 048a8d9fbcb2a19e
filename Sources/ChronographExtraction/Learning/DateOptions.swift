import ChronographCore

/// One date an event may take: a calendar timex of its sentence, the date the narrative is
/// at, the publication date, or none; the learned date decision ranks them.
struct DateOption {
    enum Kind: Equatable {
        case timex(Int), narrative, published, none
    }
    var kind: Kind
    var value: TimeValue?
}

extension LearnedReader {
    /// The token the event is anchored at: the trigger word nearest its source, else the source.
    static func anchor(_ c: EventCandidate, _ ctx: ReadingContext) -> Int {
        ctx.facts[c.sentence].triggers.min { abs($0.token - c.sourceToken) < abs($1.token - c.sourceToken) }?.token ?? c.sourceToken
    }

    static func dateOptions(_ c: EventCandidate, _ ctx: ReadingContext, named: Bool = false) -> [(DateOption, Features)] {
        let cues = ctx.cues[c.sentence]
        let at = anchor(c, ctx)
        let timexes = ctx.timexes[c.sentence] ?? []
        var common = Features(named: named)
        common.add(.bias)
        common.add(.language, ctx.langKey, 0, ctx.lang)
        if !timexes.isEmpty { common.add(.sentenceHasTimex) }
        if ctx.continues[c.sentence] { common.add(.optionContinues) }
        if cues.background { common.add(.background) }
        if cues.vague { common.add(.vague) }
        if cues.future { common.add(.future) }
        if c.carried { common.add(.carried) }
        for t in ctx.facts[c.sentence].triggers { common.add(.triggerRoot, UInt64(t.root), 0, String(format: "%02d", t.root)) }
        let published = ctx.a.published.map { TimeValue($0.iso, granularity: .day) }

        func option(_ t: FeatureTemplate, _ name: String) -> Features {
            var f = Features(named: named)
            f.add(conjoining: common, with: t, 0, name)
            f.add(t)
            return f
        }
        var out: [(DateOption, Features)] = []
        let nearest = timexes.indices.min { distance(timexes[$0].range, at) < distance(timexes[$1].range, at) }
        for (k, t) in timexes.enumerated() {
            var f = option(.timexOption, "timex")
            let after = t.range.lowerBound > at
            f.add(.timexAfterTrigger, after ? 1 : 0, 0, after ? "after" : "before")
            f.add(.timexDistance, bucket(distance(t.range, at)), 0, "\(bucket(distance(t.range, at)))")
            f.add(.timexGranularity, UInt64(t.value.granularity.rawValue.hashValueStable), 0, t.value.granularity.rawValue)
            if k == nearest { f.add(.timexNearest) }
            if after, cues.future { f.add(.timexRelation, 1, 0, "after+future") }
            if let p = published, t.value.value == p.value { f.add(.timexValueKind, 1, 0, "published day") }
            if let p = published?.interval, let v = t.value.interval, v.last > p.last { f.add(.timexValueKind, 2, 0, "after publication") }
            out.append((DateOption(kind: .timex(k), value: t.value), f))
        }
        if let n = ctx.narrative[c.sentence] {
            var f = option(.narrativeOption, "narrative")
            if let p = published, n.value == p.value { f.add(.timexValueKind, 1, 0, "published day") }
            out.append((DateOption(kind: .narrative, value: n), f))
        }
        if let p = published { out.append((DateOption(kind: .published, value: p), option(.publishedOption, "published"))) }
        out.append((DateOption(kind: .none, value: nil), option(.noneOption, "none")))
        return out
    }

    static func distance(_ r: Range<Int>, _ t: Int) -> Int {
        r.upperBound <= t ? t - r.upperBound : r.lowerBound >= t ? r.lowerBound - t + 1 : 0
    }
}

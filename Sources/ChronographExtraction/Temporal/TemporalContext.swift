/// What the expressions of one article tell about one another, once all are found: the order
/// in which the article writes numeric dates, the dateline that anchors its relative
/// expressions, and the day the narrative is at for `the following day` and a bare clock time.
enum TemporalContext {
    /// Kinds whose value is one day (or a time on one day).
    static let dayKinds: Set<String> = [
        "date", "date_us", "numeric", "numeric_dot", "relative", "weekday", "holiday", "narrative", "time", "nth_weekday", "week_day", "edge",
    ]
    /// Kinds that write a calendar date out in full (a dateline is one of them).
    static let calendarKinds: Set<String> = ["date", "date_us", "numeric", "numeric_dot"]
    /// How far back (in tokens) a clock time without a date looks for the day it belongs to.
    static let clockReach = 60
    /// The longest chain of expressions anchored one on another (see `link`).
    static let maxChain = 16

    static func link(_ mentions: inout [TemporalMention], _ text: AnalyzedText) {
        guard !mentions.isEmpty else { return }
        orderNumericDates(&mentions, text)
        // How many links lead from each mention to a day of its own: `the following day`
        // after `the following day` chains, up to `maxChain` links, so that normalizing one
        // stays a short walk.
        var depth = [Int](repeating: 0, count: mentions.count)
        if let d = dateline(mentions, text) {
            for k in (d + 1)..<mentions.count {
                mentions[k].anchoredBy = [mentions[d]]
                depth[k] = 1
            }
        }
        var lastDay: Int? = nil
        for k in mentions.indices {
            let m = mentions[k]
            let clock = m.kind == "time" && !hasOwnDay(m)
            if m.kind == "narrative" || clock, let p = lastDay, depth[p] < maxChain,
                !clock || m.tokens.lowerBound - mentions[p].tokens.upperBound <= clockReach
            {
                mentions[k].anchoredBy = [mentions[p]]
                depth[k] = depth[p] + 1
            }
            if dayKinds.contains(m.kind) { lastDay = k }
        }
    }

    /// A clock time that names its own day (`at 8 pm on Tuesday`, `الساعة 6 مساء أمس`).
    static func hasOwnDay(_ m: TemporalMention) -> Bool {
        m.slots["weekday"] != nil || m.slots["relative_day"] != nil || m.slots["month"] != nil
    }

    /// Sets `order` (`dmy` or `mdy`) on numeric dates: the order the article's own dates show
    /// (a numeric date only one order makes valid, `14 March` against `March 14`), else day
    /// first in Arabic text and month first in English text.
    static func orderNumericDates(_ mentions: inout [TemporalMention], _ text: AnalyzedText) {
        guard mentions.contains(where: { $0.kind == "numeric" }) else { return }
        let tokens = text.tokens
        var dmy = 0
        var mdy = 0
        for m in mentions {
            if m.kind == "numeric", let a = m.slots["day"].flatMap({ Int($0) }), let b = m.slots["day2"].flatMap({ Int($0) }) {
                if a > 12 && b <= 12 { dmy += 1 } else if b > 12 && a <= 12 { mdy += 1 }
            } else if m.kind == "date", m.slots["month"] != nil, let n = m.tokens.first(where: { tokens[$0].kind == .number }) {
                let next = n + 1
                if next < m.tokens.upperBound, tokens[next].kind == .word, tokens[next].language != 0 {
                    dmy += 1
                } else if n > m.tokens.lowerBound, tokens[n - 1].kind == .word, tokens[n - 1].language != 0,
                    !text.traits(n - 1).dayBeforeMonth
                {
                    mdy += 1
                }
            }
        }
        // No clue: the order of the language most of the text is in.
        var dayFirst = 0
        var monthFirst = 0
        for t in tokens.prefix(300) where t.kind == .word && t.language != 0 {
            if text.buffer.languages.traits(t.language).dayBeforeMonth { dayFirst += 1 } else { monthFirst += 1 }
        }
        let order = dmy > mdy ? "dmy" : mdy > dmy ? "mdy" : dayFirst >= monthFirst ? "dmy" : "mdy"
        for k in mentions.indices where mentions[k].kind == "numeric" { mentions[k].slots["order"] = order }
    }

    /// The dateline: a full date near the start of one of the article's first lines, after
    /// the place (`BEIRUT, March 12 (Reuters) -`, `دمشق، 12 آذار 2019 (سانا) -`), with a dash
    /// or colon shortly after it.
    static func dateline(_ mentions: [TemporalMention], _ text: AnalyzedText) -> Int? {
        let tokens = text.tokens
        for (k, m) in mentions.enumerated() {
            let s = m.tokens.lowerBound
            if s > 40 { return nil }
            guard calendarKinds.contains(m.kind), !tokens[s].newlineBefore else { continue }
            var lineStart = s - 1
            while lineStart > 0, !tokens[lineStart].newlineBefore, s - lineStart < 5 { lineStart -= 1 }
            guard lineStart == 0 || tokens[lineStart].newlineBefore, tokens[lineStart].kind != .number else { continue }
            guard (lineStart..<s).allSatisfy({ tokens[$0].kind != .number }) else { continue }
            let e = m.tokens.upperBound
            if (e..<min(e + 6, tokens.count)).contains(where: { isDash($0, text) }) { return k }
        }
        return nil
    }

    static func isDash(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punctuation else { return false }
        let c = text.buffer.folded[Int(t.start)]
        return c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x3A
    }
}

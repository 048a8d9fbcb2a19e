import ChronographCore

/// Normalizers of the less common kinds: numeric dates, the narrative's day, holidays and
/// Hijri months, weekdays of a given week, nth weekdays, the first or last day or week of a
/// period, vague references, seasons, ranges of weekdays and of dates, and clock times.
extension TemporalNormalizer {
    /// Every pattern kind `value` normalizes: a resource file may name no other (checked at load).
    static let kinds: Set<String> = [
        "date", "date_us", "month", "month_bare", "month_shifted_year", "relative", "weekday", "shift", "offset", "duration", "vague",
        "vague_duration", "reference", "range_days", "range_years", "range_months", "first_n", "ordinal_in_shifted_month", "hijri",
        "hijri_year", "decade", "year", "bare_year", "time", "set", "decade_word", "quarter",
        "numeric", "numeric_dot", "narrative", "holiday", "hijri_month_span", "week_day", "nth_weekday", "edge", "first_of_month",
        "past_ref", "future_ref", "season", "quarter_code", "weekday_range", "range_dates", "clock_point",
    ]

    static func extendedValue(_ m: TemporalMention, anchor: CivilDate?, future: Bool, weekStart: Int) -> (String, TimexType)? {
        let s = m.slots
        func int(_ k: String) -> Int? { s[k].flatMap { Int($0) } }
        let shift = int("shift") ?? int("demonstrative")
        switch m.kind {
        case "numeric", "numeric_dot":
            return numericDate(s, dotted: m.kind == "numeric_dot", anchor: anchor, future: future).map { ($0.iso, .date) }
        case "narrative":
            guard let a = anchor else { return nil }
            if let n = int("narrative_day") { return (a.adding(days: n).iso, .date) }
            let unit = s["unit_count"] ?? s["unit_dual"] ?? s["unit"] ?? "day"
            let count = int("number") ?? (s["unit_dual"] != nil ? 2 : 1)
            // `two months later` with no day of the narrative before it is the length of time,
            // and so is `18 years later`: the last day told is seldom what years count from.
            if m.anchoredBy.isEmpty || ["year", "decade", "century"].contains(unit) { return (duration(count, unit), .duration) }
            return (shifted(a, unit: unit, by: count * m.direction, weekStart: weekStart), .date)
        case "holiday":
            guard let rule = s["holiday"].flatMap(HolidayRule.init), let a = anchor ?? int("year").map({ CivilDate($0, 7, 1) }) else { return nil }
            let date = int("year").flatMap { rule.date(inYear: $0) } ?? rule.nearest(to: a, shift: shift, future: future)
            return date.map { ($0.iso, .date) }
        case "hijri_month_span":
            guard let mo = int("hijri_month"), let a = anchor ?? int("year").map({ CivilDate($0, 1, 1) }) else { return nil }
            return hijriMonthSpan(mo, inYear: int("year"), anchor: a, shift: shift, future: future)
        case "week_day":
            // A weekday of this, next or last week, as the language's region counts weeks.
            guard let a = anchor, let wd = int("weekday"), s["unit"] == nil || s["unit"] == "week" else { return nil }
            let start = a.adding(days: -((a.isoWeekday - weekStart + 7) % 7) + 7 * (shift ?? 0))
            return (start.adding(days: (wd - weekStart + 7) % 7).iso, .date)
        case "nth_weekday":
            guard let wd = int("weekday"), let n = int("nth") ?? int("ordinal"), let (y, mo) = monthOf(s, anchor: anchor, future: future) else { return nil }
            return nthWeekday(n, wd, y, mo).map { ($0.iso, .date) }
        case "edge":
            return edge(s, anchor: anchor, future: future, weekStart: weekStart)
        case "first_of_month":
            guard let (y, mo) = monthOf(s, anchor: anchor, future: future) else { return nil }
            return int("ordinal") == 1 ? (CivilDate(y, mo, 1).iso, .date) : (CivilDate(y, mo, 1).isoMonth, .date)
        case "past_ref":
            return ("PAST_REF", .date)
        case "future_ref":
            return ("FUTURE_REF", .date)
        case "season":
            guard let code = s["season"] else { return nil }
            if let y = int("year") { return (CivilDate.pad(y, 4) + "-" + code, .date) }
            guard let a = anchor else { return nil }
            // `صيف العام الماضي` shifts the year; `last summer` the season itself.
            let y = s["year_word"] != nil ? a.year + (shift ?? 0) : seasonYear(code, shift: shift ?? 0, anchor: a)
            return (CivilDate.pad(y, 4) + "-" + code, .date)
        case "quarter_code":
            guard let code = s["quarter_code"], let y = int("year") ?? anchor?.year else { return nil }
            return (CivilDate.pad(y, 4) + "-" + code, .date)
        case "weekday_range":
            // ليلة الأربعاء-الخميس, from Monday to Wednesday: the first day as a weekday is read,
            // the second the first such day on or after it.
            guard let wd2 = int("weekday2"), let wd1 = int("weekday") else { return nil }
            var first = m
            first.kind = "weekday"
            guard let (v, _) = value(first, anchor: anchor, future: future, weekStart: weekStart), let d1 = CivilDate(iso: v) else { return nil }
            return (d1.iso + "/" + d1.adding(days: (wd2 - wd1 + 7) % 7).iso, .date)
        case "range_dates":
            return dateRange(s, anchor: anchor, future: future)
        case "time":
            return clockTime(m, anchor: anchor, future: future, weekStart: weekStart)
        case "clock_point":
            guard let a = anchor, let v = s["clock_point"] else { return nil }
            return (a.iso + "T" + v, .time)
        default:
            return nil
        }
    }

    /// A numeric date: the order that alone makes it valid, else the order the article uses
    /// (`order`, set by `TemporalContext`), day first for dotted dates. Two-digit years are
    /// read in the century that puts them at most ten years after the anchor.
    static func numericDate(_ s: [String: String], dotted: Bool, anchor: CivilDate?, future: Bool) -> CivilDate? {
        guard let a = s["day"].flatMap({ Int($0) }), let b = s["day2"].flatMap({ Int($0) }) else { return nil }
        var year = s["year"].flatMap { Int($0) }
        if let y = year, y < 100 {
            let a = anchor?.year ?? 2000
            var full = a / 100 * 100 + y
            if full > a + 10 { full -= 100 } else if full <= a - 90 { full += 100 }
            year = full
        }
        let dayFirst = dotted || s["order"] != "mdy"
        let orders = dayFirst ? [(a, b), (b, a)] : [(b, a), (a, b)]
        for (d, mo) in orders where (1...12).contains(mo) && (1...31).contains(d) {
            if let y = year {
                if CivilDate.isValid(y, mo, d) { return CivilDate(y, mo, d) }
            } else if let an = anchor, let date = yearFor(month: mo, day: d, weekday: nil, anchor: an, future: future) {
                return date
            }
        }
        return nil
    }

    /// The Gregorian days of the Hijri month the text means (`شهر رمضان`, `the month of
    /// Ramadan`): the one that starts in the year given, else the one nearest the anchor; for
    /// a shift the last one over before the anchor (not the one under way) or the next to start.
    static func hijriMonthSpan(_ mo: Int, inYear y: Int?, anchor a: CivilDate, shift: Int?, future: Bool) -> (String, TimexType)? {
        guard (1...12).contains(mo), let rule = HolidayRule("h:\(mo)-01"), let next = HolidayRule("h:\(mo % 12 + 1)-01") else { return nil }
        let start: CivilDate?
        if let y {
            start = rule.date(inYear: y)
        } else if let sh = shift, sh < 0 {
            start = rule.nearest(to: a.adding(days: -29), shift: sh, future: future)
        } else {
            start = rule.nearest(to: a, shift: shift, future: future)
        }
        guard let first = start else { return nil }
        let following = [first.year, first.year + 1].compactMap(next.date(inYear:)).first { $0.dayNumber > first.dayNumber }
        guard let end = following?.adding(days: -1) else { return nil }
        return (first.iso + "/" + end.iso, .date)
    }

    /// The year of `last summer`, `next winter`: the latest season over before the anchor or
    /// the next to begin, by the northern meteorological seasons (winter begins in December
    /// and takes that year).
    static func seasonYear(_ code: String, shift: Int, anchor a: CivilDate) -> Int {
        let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 1
        if shift < 0 { return a.month >= start + 3 ? a.year : a.year - 1 }
        if shift > 0 { return a.month < start ? a.year : a.year + 1 }
        return a.year
    }

    /// The year and month an expression names: a month with its year, its shift, or the year
    /// the tense leans to.
    static func monthOf(_ s: [String: String], anchor: CivilDate?, future: Bool) -> (Int, Int)? {
        guard let mo = s["month"].flatMap({ Int($0) }) else { return nil }
        if let y = s["year"].flatMap({ Int($0) }) { return (y, mo) }
        guard let a = anchor else { return nil }
        if let sh = (s["shift"] ?? s["demonstrative"]).flatMap({ Int($0) }) { return (shiftedMonthYear(mo, shift: sh, anchor: a), mo) }
        return (leaningMonthYear(mo, anchor: a, future: future), mo)
    }

    /// The nth (or, for -1, the last) given weekday of a month.
    static func nthWeekday(_ n: Int, _ wd: Int, _ y: Int, _ mo: Int) -> CivilDate? {
        if n < 0 {
            let last = CivilDate(y, mo, CivilDate.daysIn(y, mo))
            return last.adding(days: -((last.isoWeekday - wd + 7) % 7))
        }
        let first = CivilDate(y, mo, 1)
        let date = first.adding(days: (wd - first.isoWeekday + 7) % 7 + 7 * (n - 1))
        return date.month == mo ? date : nil
    }

    /// The first, last or nth day or week of a month or of a shifted period (`آخر يوم من
    /// العام الماضي`, `the first week of April 2019`). A week is named by the ISO week of its
    /// middle day.
    static func edge(_ s: [String: String], anchor: CivilDate?, future: Bool, weekStart: Int) -> (String, TimexType)? {
        guard let unit = s["edge_unit"], unit == "day" || unit == "week" else { return nil }
        let nth = s["nth"].flatMap { Int($0) } ?? edgeOrdinal(s["nth"], of: -1)
        guard let n = nth, n != 0 else { return nil }
        var first: CivilDate
        var last: CivilDate
        if let (y, mo) = monthOf(s, anchor: anchor, future: future) {
            first = CivilDate(y, mo, 1)
            last = CivilDate(y, mo, CivilDate.daysIn(y, mo))
        } else if let a = anchor, let period = s["unit"] {
            let sh = (s["shift"] ?? s["demonstrative"]).flatMap { Int($0) } ?? 0
            switch period {
            case "month":
                first = CivilDate(a.year, a.month, 1).adding(months: sh)
                last = CivilDate(first.year, first.month, CivilDate.daysIn(first.year, first.month))
            case "year":
                first = CivilDate(a.year + sh, 1, 1)
                last = CivilDate(a.year + sh, 12, 31)
            default: return nil
            }
        } else {
            return nil
        }
        let span = unit == "day" ? 1 : 7
        let start = n > 0 ? first.adding(days: span * (n - 1)) : last.adding(days: -(span * (-n) - 1))
        guard start.dayNumber <= last.dayNumber, start.dayNumber >= first.dayNumber else { return nil }
        if unit == "day" { return (start.iso, .date) }
        let w = start.adding(days: 3).isoWeek
        return (CivilDate.pad(w.year, 4) + "-W" + CivilDate.pad(w.week, 2), .date)
    }

    /// From one day and month to another (`من 3 آذار إلى 10 نيسان 2019`); the year given at
    /// the end holds for both unless the first names its own.
    static func dateRange(_ s: [String: String], anchor: CivilDate?, future: Bool) -> (String, TimexType)? {
        func int(_ k: String) -> Int? { s[k].flatMap { Int($0) } }
        guard let d1 = int("day"), let m1 = int("month"), let d2 = int("day2"), let m2 = int("month2") else { return nil }
        guard let y2 = int("year") ?? anchor.map({ leaningMonthYear(m2, anchor: $0, future: future) }) else { return nil }
        let y1 = int("year1") ?? (m1 > m2 ? y2 - 1 : y2)
        guard CivilDate.isValid(y1, m1, d1), CivilDate.isValid(y2, m2, d2) else { return nil }
        return (CivilDate(y1, m1, d1).iso + "/" + CivilDate(y2, m2, d2).iso, .date)
    }

    /// A clock time on its day: the day the expression names (a weekday, a relative day, a
    /// day and month) or else the anchor; the hour read through a.m./p.m. or the part of the
    /// day (`عصرا`, `مساء`, `ليلا`); `Z` or an offset for GMT.
    static func clockTime(_ m: TemporalMention, anchor: CivilDate?, future: Bool, weekStart: Int) -> (String, TimexType)? {
        let s = m.slots
        func int(_ k: String) -> Int? { s[k].flatMap { Int($0) } }
        guard var date = anchor else { return nil }
        var dateOnly = m
        dateOnly.kind = s["month"] != nil ? "date" : s["relative_day"] != nil ? "relative" : s["weekday"] != nil ? "weekday" : ""
        if !dateOnly.kind.isEmpty {
            guard let (v, _) = value(dateOnly, anchor: anchor, future: future, weekStart: weekStart), let d = CivilDate(iso: v) else { return nil }
            date = d
        }
        var h: Int
        var minute = int("minute") ?? 0
        if let hhmm = int("hhmm") {
            h = hhmm / 100
            minute = hhmm % 100
        } else {
            guard let n = int("number") else { return nil }
            h = n
        }
        if let f = int("fraction") {
            if f < 0 {
                h -= 1
                minute = 60 + f
            } else {
                minute = f
            }
        }
        let part = s["ampm"] ?? (s["day_part"] == "evening" ? "pm" : s["day_part"] == "morning" ? "am" : nil)
        switch part {
        case "pm": if h < 12 { h += 12 }
        case "am": if h == 12 { h = 0 }
        case "night": if (6...11).contains(h) { h += 12 } else if h == 12 { h = 0 }
        case "noon": if (1...5).contains(h) { h += 12 }
        default: break
        }
        guard (0...23).contains(h), (0...59).contains(minute) else { return nil }
        var zone = ""
        if s["tz"] != nil {
            zone = "Z"
            if let off = int("offset"), (1...14).contains(off) { zone = "+" + CivilDate.pad(off, 2) + ":00" }
        }
        return (date.iso + "T" + CivilDate.pad(h, 2) + ":" + CivilDate.pad(minute, 2) + zone, .time)
    }
}

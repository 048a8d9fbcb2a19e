import ChronographCore
import Foundation

/// Turns a temporal mention into its TIMEX3 value against an anchor date (the publication date
/// or the current temporal focus). `future` leans bare weekdays and months forward.
enum TemporalNormalizer {
    static func value(_ m: TemporalMention, anchor given: CivilDate?, future: Bool, weekStart: Int = 1) -> (String, TimexType)? {
        // A dateline or the narrative's day, when the tagger linked one, anchors instead.
        let anchor = m.anchoredBy.first.flatMap { day(of: $0, anchor: given, future: future, weekStart: weekStart) } ?? given
        let s = m.slots
        func int(_ k: String) -> Int? { s[k].flatMap { Int($0) } }
        let shift = int("shift") ?? int("demonstrative")
        switch m.kind {
        case "date", "date_us":
            var day = int("day") ?? int("ordinal")
            var month = int("month") ?? int("monthnum")
            if m.kind == "date_us", let d = day, let mo = month, d <= 12 { (day, month) = (mo, d) }
            guard let d = day, let mo = month else { return nil }
            if let y = int("year") ?? int("yshift").flatMap({ sh in anchor.map { $0.year + sh } }) {
                guard CivilDate.isValid(y, mo, d) else { return nil }
                return (CivilDate(y, mo, d).iso, .date)
            }
            if let sh = shift, let a = anchor {
                // (the fourteenth of last March: the month as `month` shifts it)
                let y = shiftedMonthYear(mo, shift: sh, anchor: a)
                guard CivilDate.isValid(y, mo, d) else { return nil }
                return (CivilDate(y, mo, d).iso, .date)
            }
            guard let a = anchor else { return ("XXXX-" + CivilDate.pad(mo, 2) + "-" + CivilDate.pad(d, 2), .date) }
            guard let date = yearFor(month: mo, day: d, weekday: int("weekday"), anchor: a, future: future) else { return nil }
            return (date.iso, .date)
        case "month", "month_bare":
            guard let mo = int("month") else { return nil }
            if let y = int("year") { return (CivilDate(y, mo, 1).isoMonth, .date) }
            guard let a = anchor else { return ("XXXX-" + CivilDate.pad(mo, 2), .date) }
            let y = shift.map { shiftedMonthYear(mo, shift: $0, anchor: a) } ?? leaningMonthYear(mo, anchor: a, future: future)
            return (CivilDate(y, mo, 1).isoMonth, .date)
        case "month_shifted_year":
            guard let mo = int("month"), let a = anchor else { return nil }
            return (CivilDate(a.year + (int("yshift") ?? -1), mo, 1).isoMonth, .date)
        case "relative":
            guard let a = anchor, let n = int("relative_day") else { return nil }
            return (a.adding(days: n).iso, .date)
        case "weekday":
            guard let a = anchor, let wd = int("weekday") else { return nil }
            var diff = wd - a.isoWeekday
            let forward = shift == 1 || (shift == nil && future)
            if shift == -1 {
                if diff >= 0 { diff -= 7 }
            } else if shift == 1 {
                // `next Sunday`, `الأحد القادم`: the first one after today, never today.
                if diff <= 0 { diff += 7 }
            } else if forward {
                if diff < 0 { diff += 7 }
            } else if diff > 0 {
                diff -= 7
            }
            return (a.adding(days: diff).iso, .date)
        case "shift":
            guard let a = anchor else { return nil }
            let n = shift ?? 0
            let unit = s["unit"] ?? (s["year_word"] != nil ? "year" : "day")
            return (shifted(a, unit: unit, by: n, weekStart: weekStart), .date)
        case "offset":
            guard let a = anchor else { return nil }
            let n = (int("number") ?? (s["unit_dual"] != nil ? 2 : 1)) * m.direction
            let unit = s["unit_count"] ?? s["unit_dual"] ?? s["unit"] ?? s["unit_single"] ?? "day"
            return (shifted(a, unit: unit, by: n, weekStart: weekStart), .date)
        case "duration":
            let unit = s["unit_count"] ?? s["unit_dual"] ?? s["unit_single"] ?? s["unit"] ?? "day"
            let n = int("number") ?? (s["unit_dual"] != nil ? 2 : 1)
            if s["unit_dual"] != nil, int("number") == nil { return (duration(2, unit), .duration) }
            return (duration(n, unit), .duration)
        case "vague":
            guard let v = s["vague"] else { return nil }
            if v.hasPrefix("PX"), let unit = s["unit_plural"] { return (vagueDuration(unit), .duration) }
            return (v, .date)
        case "vague_duration":
            guard let unit = s["unit_plural"] else { return nil }
            return (vagueDuration(unit), .duration)
        case "reference":
            return s["reference"].map { ($0, .date) }
        case "range_days":
            guard let d1 = int("day") ?? int("ordinal"), let d2 = int("day2"), let mo = int("month") else { return nil }
            var y = int("year")
            if y == nil, let a = anchor {
                y = a.year
                if shift == nil && !future && mo > a.month { y = a.year - 1 }
            }
            guard let yy = y, CivilDate.isValid(yy, mo, d1), CivilDate.isValid(yy, mo, d2) else { return nil }
            return (CivilDate(yy, mo, d1).iso + "/" + CivilDate(yy, mo, d2).iso, .date)
        case "range_years":
            guard let a = int("year"), let b = int("year2"), b >= a else { return nil }
            return (String(a) + "/" + String(b), .date)
        case "range_months":
            guard let m1 = int("month"), let m2 = int("month2") else { return nil }
            let y = int("year") ?? anchor?.year
            guard let yy = y else { return nil }
            // (each month may carry its own year: from August 2016 to March 2017; from
            // November to February crosses into the year given)
            let y1 = int("year1") ?? (m1 > m2 ? yy - 1 : yy)
            return (CivilDate(y1, m1, 1).isoMonth + "/" + CivilDate(yy, m2, 1).isoMonth, .date)
        case "first_n":
            guard let y = int("year") else { return nil }
            let n = int("number") ?? 1
            let unit = s["unit_plural"] ?? "month"
            switch unit {
            case "month" where (1...12).contains(n):
                return (CivilDate(y, 1, 1).isoMonth + "/" + CivilDate(y, n, 1).isoMonth, .date)
            case "day" where (1...365).contains(n):
                return (CivilDate(y, 1, 1).iso + "/" + CivilDate(y, 1, 1).adding(days: n - 1).iso, .date)
            case "week" where (1...52).contains(n):
                return (CivilDate(y, 1, 1).iso + "/" + CivilDate(y, 1, 1).adding(days: 7 * n - 1).iso, .date)
            default: return nil
            }
        case "ordinal_in_shifted_month":
            guard let a = anchor, let d = int("ordinal") else { return nil }
            let first = CivilDate(a.year, a.month, 1).adding(months: shift ?? 0)
            guard CivilDate.isValid(first.year, first.month, d) else { return nil }
            return (CivilDate(first.year, first.month, d).iso, .date)
        case "hijri":
            guard let d = int("day"), let mo = int("hijri_month"), let y = int("year") else { return nil }
            return hijri(y, mo, d).map { ($0.iso, .date) }
        case "hijri_year":
            guard let y = int("year"), let a = hijri(y, 1, 1), let b = hijri(y + 1, 1, 1) else { return nil }
            return (a.iso + "/" + b.adding(days: -1).iso, .date)
        case "decade":
            guard let y = int("year"), y % 10 == 0 else { return nil }
            return (String(y / 10), .date)
        case "year":
            return s["year"].map { ($0, .date) }
        case "bare_year":
            // A lone number is a year only in the range news dates fall in.
            guard let y = int("year"), (1800...2100).contains(y) else { return nil }
            return (String(y), .date)
        case "set":
            if let wd = int("weekday") { return ("XXXX-WXX-" + String(wd), .set) }
            let unit = s["set_word"] ?? s["unit_count"] ?? s["unit_dual"] ?? s["unit"] ?? "day"
            return (duration(int("number") ?? (s["unit_dual"] != nil ? 2 : 1), unit), .set)
        case "decade_word":
            guard let v = s["decade_word"] else { return nil }
            // تسعينيات القرن الماضي: the decade of the century the text names.
            if s["unit"] == "century", let a = anchor, let c = Int(shifted(a, unit: "century", by: shift ?? 0, weekStart: weekStart)) {
                return (String(c) + String(v.suffix(1)), .date)
            }
            return (v, .date)
        case "quarter":
            guard let kind = s["quarter_word"], let n = int("ordinal") ?? edgeOrdinal(s["ordinal"], of: kind == "Q" ? 4 : 2) else { return nil }
            var year = int("year")
            if year == nil, let a = anchor { year = a.year + (shift ?? 0) }
            guard let y = year, kind == "Q" ? (1...4).contains(n) : (1...2).contains(n) else { return nil }
            return (CivilDate.pad(y, 4) + "-" + kind + String(n), .date)
        default:
            return extendedValue(m, anchor: anchor, future: future, weekStart: weekStart)
        }
    }

    /// The day a linked expression names (its value's first day), to anchor another by.
    static func day(of m: TemporalMention, anchor: CivilDate?, future: Bool, weekStart: Int) -> CivilDate? {
        guard let (v, _) = value(m, anchor: anchor, future: future, weekStart: weekStart) else { return nil }
        return CivilDate(iso: String(v.prefix(10)))
    }

    /// The year of a month the text shifts (`last March`, `آذار المقبل`): the latest such month
    /// before the anchor's, or the first after it.
    static func shiftedMonthYear(_ mo: Int, shift: Int, anchor a: CivilDate) -> Int {
        if shift < 0 { return mo >= a.month ? a.year - 1 : a.year }
        if shift > 0 { return mo <= a.month ? a.year + 1 : a.year }
        return a.year
    }

    /// The year of a bare month: this year's, unless the tense points to the other side.
    static func leaningMonthYear(_ mo: Int, anchor a: CivilDate, future: Bool) -> Int {
        if future { return mo < a.month ? a.year + 1 : a.year }
        return mo > a.month ? a.year - 1 : a.year
    }

    /// `first` and `last` as ordinals of n parts (the last quarter is the fourth).
    static func edgeOrdinal(_ word: String?, of n: Int) -> Int? {
        switch word {
        case "first": 1
        case "last": n
        default: nil
        }
    }

    /// The year of a day and month given without one: the weekday fixes it when given, else the
    /// occurrence nearest the anchor on the side the tense points to.
    static func yearFor(month: Int, day: Int, weekday: Int?, anchor a: CivilDate, future: Bool) -> CivilDate? {
        let years = [a.year, a.year - 1, a.year + 1]
        if let wd = weekday {
            let candidates = years.filter { CivilDate.isValid($0, month, day) && CivilDate($0, month, day).isoWeekday == wd }
            if let best = candidates.min(by: { abs(CivilDate($0, month, day).dayNumber - a.dayNumber) < abs(CivilDate($1, month, day).dayNumber - a.dayNumber) }
            ) {
                return CivilDate(best, month, day)
            }
        }
        guard CivilDate.isValid(a.year, month, day) else { return nil }
        let same = CivilDate(a.year, month, day)
        let diff = same.dayNumber - a.dayNumber
        if future { return diff < -31 ? CivilDate(a.year + 1, month, min(day, CivilDate.daysIn(a.year + 1, month))) : same }
        return diff > 31 ? CivilDate(a.year - 1, month, min(day, CivilDate.daysIn(a.year - 1, month))) : same
    }

    /// The anchor moved by n units, written at that unit's granularity.
    static func shifted(_ a: CivilDate, unit: String, by n: Int, weekStart: Int = 1) -> String {
        switch unit {
        case "year": return CivilDate.pad(a.year + n, 4)
        case "month": return CivilDate(a.year, a.month, 1).adding(months: n).isoMonth
        case "week":
            // The week as the language's region counts it, named by the ISO week of its middle day.
            let start = a.adding(days: -((a.isoWeekday - weekStart + 7) % 7) + 7 * n)
            let w = start.adding(days: 3).isoWeek
            return CivilDate.pad(w.year, 4) + "-W" + CivilDate.pad(w.week, 2)
        case "decade": return String((a.year + 10 * n) / 10)
        case "century": return String((a.year + 100 * n) / 100)
        case "hour", "minute": return a.iso
        default: return a.adding(days: n).iso
        }
    }

    /// An unknown number of a unit: PXY, PXM, PXD; hours and minutes are times (PTXH, PTXM).
    static func vagueDuration(_ unit: String) -> String {
        let l = letter(unit)
        return l.hasPrefix("T") ? "PTX" + l.dropFirst() : "PX" + l
    }

    static func letter(_ unit: String) -> String {
        switch unit {
        case "year": "Y"
        case "month": "M"
        case "week": "W"
        case "decade": "DE"
        case "century": "CE"
        case "hour": "TH"
        case "minute": "TM"
        default: "D"
        }
    }

    static func duration(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "hour": "PT\(n)H"
        case "minute": "PT\(n)M"
        case "decade": "P\(n * 10)Y"
        case "century": "P\(n * 100)Y"
        default: "P\(n)" + letter(unit)
        }
    }

    static func hijri(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? {
        var islamic = Calendar(identifier: .islamicUmmAlQura)
        islamic.timeZone = TimeZone(identifier: "UTC")!
        guard let date = islamic.date(from: DateComponents(year: y, month: m, day: d)) else { return nil }
        var greg = Calendar(identifier: .gregorian)
        greg.timeZone = TimeZone(identifier: "UTC")!
        let c = greg.dateComponents([.year, .month, .day], from: date)
        guard let gy = c.year, let gm = c.month, let gd = c.day else { return nil }
        return CivilDate(gy, gm, gd)
    }
}

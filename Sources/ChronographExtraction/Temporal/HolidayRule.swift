import ChronographCore
import Foundation

/// How a holiday's date is computed, as the temporal resource files write it: `g:MM-DD`
/// (Gregorian), `h:MM-DD` (Hijri, Umm al-Qura), `p:MM-DD` (Persian), `he:MM-DD` (Hebrew, as
/// Foundation numbers its months: Nisan 8, Iyar 9), `e:N` and `o:N` (N days after Western or
/// Orthodox Easter). Non-Gregorian calendars come from Foundation (ICU).
struct HolidayRule {
    enum System: String {
        case g, h, p, he, e, o
    }
    var system: System
    var month = 0
    var day = 0
    var offset = 0

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let system = System(rawValue: parts[0]) else { return nil }
        self.system = system
        switch system {
        case .e, .o:
            guard let n = Int(parts[1]) else { return nil }
            offset = n
        default:
            let md = parts[1].split(separator: "-").compactMap { Int($0) }
            guard md.count == 2 else { return nil }
            (month, day) = (md[0], md[1])
        }
    }

    /// The holiday's first occurrence in a Gregorian year.
    func date(inYear y: Int) -> CivilDate? {
        guard (1...9999).contains(y) else { return nil }
        switch system {
        case .g: return CivilDate.isValid(y, month, day) ? CivilDate(y, month, day) : nil
        case .e: return HolidayRule.westernEaster(y).adding(days: offset)
        case .o: return HolidayRule.orthodoxEaster(y).adding(days: offset)
        case .h: return occurrence(.islamicUmmAlQura, inYear: y)
        case .p: return occurrence(.persian, inYear: y)
        case .he: return occurrence(.hebrew, inYear: y)
        }
    }

    /// The occurrence the text means without a year: the previous or next one for a shift
    /// (`عيد الفطر الماضي`, `next Easter`), else this year's unless it lies more than a month
    /// on the other side of the anchor than the tense points to.
    func nearest(to a: CivilDate, shift: Int?, future: Bool) -> CivilDate? {
        let around = [a.year - 1, a.year, a.year + 1].compactMap(date(inYear:))
        switch shift {
        case .some(let s) where s < 0: return around.last { $0.dayNumber < a.dayNumber }
        case .some(let s) where s > 0: return around.first { $0.dayNumber > a.dayNumber }
        default:
            guard let same = date(inYear: a.year) else { return nil }
            let diff = same.dayNumber - a.dayNumber
            if future && diff < -31 { return date(inYear: a.year + 1) }
            if !future && diff > 31 { return date(inYear: a.year - 1) }
            return same
        }
    }

    private func occurrence(_ id: Calendar.Identifier, inYear y: Int) -> CivilDate? {
        var other = Calendar(identifier: id)
        other.timeZone = TimeZone(identifier: "UTC")!
        var greg = Calendar(identifier: .gregorian)
        greg.timeZone = TimeZone(identifier: "UTC")!
        guard let jan1 = greg.date(from: DateComponents(year: y, month: 1, day: 1)) else { return nil }
        let start = other.component(.year, from: jan1)
        for year in [start, start + 1] {
            guard let date = other.date(from: DateComponents(year: year, month: month, day: day)) else { continue }
            let c = greg.dateComponents([.year, .month, .day], from: date)
            if c.year == y, let m = c.month, let d = c.day { return CivilDate(y, m, d) }
        }
        return nil
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func westernEaster(_ y: Int) -> CivilDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(y, month, day)
    }

    /// Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar (valid
    /// 1900–2099, where the calendars are 13 days apart).
    static func orthodoxEaster(_ y: Int) -> CivilDate {
        let a = y % 4, b = y % 7, c = y % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        return CivilDate(y, month, day).adding(days: 13)
    }
}

/// A proleptic Gregorian calendar date with day arithmetic, independent of time zones.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a longer ISO string is cut at the day).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            CivilDate.isValid(y, m, d)
        else { return nil }
        self.init(y, m, d)
    }

    public init(dayNumber n: Int) {
        // Howard Hinnant's civil_from_days, shifted so that 0001-01-01 is day 1 (Python's ordinal).
        let days = n - 719_163  // days since 1970-01-01
        let zz = days + 719_468
        let era = (zz >= 0 ? zz : zz - 146_096) / 146_097
        let doe = zz - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(m <= 2 ? y + 1 : y, m, d)
    }

    /// Day number as Python's `date.toordinal()` (0001-01-01 is 1).
    public var dayNumber: Int { CivilDate.dayNumber(year, month, day) }

    public static func dayNumber(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 719_163
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...9999).contains(y) && (1...12).contains(m) && d >= 1 && d <= daysIn(y, m)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { ((dayNumber - 1) % 7 + 7) % 7 + 1 }

    /// ISO week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = CivilDate(dayNumber: dayNumber - isoWeekday + 4)
        let jan1 = CivilDate.dayNumber(thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - jan1) / 7 + 1)
    }

    public static func isoWeekMonday(year: Int, week: Int) -> Int {
        let jan4 = CivilDate(year, 1, 4)
        return jan4.dayNumber - jan4.isoWeekday + 1 + (week - 1) * 7
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return CivilDate(y, m, min(day, CivilDate.daysIn(y, m)))
    }

    public var description: String { iso }
    public var iso: String { CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) + "-" + CivilDate.pad(day, 2) }
    public var isoMonth: String { CivilDate.pad(year, 4) + "-" + CivilDate.pad(month, 2) }

    public static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
}

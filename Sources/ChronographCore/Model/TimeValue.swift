import Foundation

/// How fine a time value is: the unit its value names.
public enum Granularity: String, Codable, Sendable, Comparable, CaseIterable {
    case time, day, week, month, quarter, year, decade, century, range, duration, set, reference

    var rank: Int {
        switch self {
        case .time: 0
        case .day: 1
        case .week: 2
        case .month: 3
        case .quarter: 4
        case .range: 5
        case .year: 6
        case .decade: 7
        case .century: 8
        case .duration, .set, .reference: 9
        }
    }

    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}

/// A TIMEX3-style value (`2021-10-22`, `2021-10`, `2018`, `201X`, `2021-01/2021-07`, `P20Y`,
/// `PAST_REF`) with its granularity and, when it names a stretch of the calendar, that interval.
public struct TimeValue: Codable, Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var granularity: Granularity

    public init(_ value: String, granularity: Granularity? = nil) {
        self.value = value
        self.granularity = granularity ?? TimeValue.granularity(of: value)
    }

    public var description: String { value }

    /// The calendar days the value covers, as proleptic Gregorian day numbers; nil for
    /// durations, sets, vague references and values with an unknown year.
    public var interval: DayInterval? { DayInterval(isoValue: value) }

    /// The granularity implied by the shape of a value.
    public static func granularity(of value: String) -> Granularity {
        if let digits = ISODigits(value) { return digits.fields == 3 ? .day : digits.fields == 2 ? .month : .year }
        if value.hasSuffix("_REF") { return .reference }
        if value.hasPrefix("P") { return .duration }
        if value.contains("/") { return .range }
        if value.contains("T") { return .time }
        if value.contains("-W") { return .week }
        if value.contains("-Q") || value.contains("-H") { return .quarter }
        let dashes = value.dropFirst().filter { $0 == "-" }.count
        if dashes == 2 { return .day }
        if dashes == 1 { return .month }
        if value.count == 3 || value.hasSuffix("X") && value.count == 4 && !value.hasSuffix("XX") { return .decade }
        if value.count == 2 || value.hasSuffix("XX") { return .century }
        return .year
    }
}

/// A closed interval of days (Gregorian day numbers), used to sort and filter by date.
public struct DayInterval: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public func overlaps(_ other: DayInterval) -> Bool { first <= other.last && other.first <= last }
    public func contains(_ other: DayInterval) -> Bool { first <= other.first && other.last <= last }

    /// Parses the calendar-naming values of the TIMEX3 conventions; nil for anything else.
    public init?(isoValue raw: String) {
        if let d = ISODigits(raw) {
            guard let interval = d.interval else { return nil }
            self = interval
            return
        }
        let v = raw.trimmingCharacters(in: .whitespaces)
        if let slash = v.firstIndex(of: "/") {
            let a = DayInterval(isoValue: String(v[..<slash]))
            let b = DayInterval(isoValue: String(v[v.index(after: slash)...]))
            guard let lo = a ?? b, let hi = b ?? a else { return nil }
            self.init(first: lo.first, last: hi.last)
            return
        }
        let datePart = v.split(separator: "T", maxSplits: 1).first.map(String.init) ?? v
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, !head.isEmpty else { return nil }
        if parts.count == 1 {
            if head.count == 4, let y = Int(head) {
                self.init(first: CivilDate.dayNumber(y, 1, 1), last: CivilDate.dayNumber(y + 1, 1, 1) - 1)
                return
            }
            let digits = head.prefix { $0.isASCII && $0.isNumber }
            let xs = head.dropFirst(digits.count)
            guard xs.allSatisfy({ $0 == "X" }), let n = Int(digits) else { return nil }
            if digits.count == 3 {
                self.init(first: CivilDate.dayNumber(n * 10, 1, 1), last: CivilDate.dayNumber(n * 10 + 10, 1, 1) - 1)
                return
            }
            if digits.count == 2 {
                self.init(first: CivilDate.dayNumber(max(n * 100, 1), 1, 1), last: CivilDate.dayNumber(n * 100 + 100, 1, 1) - 1)
                return
            }
            return nil
        }
        guard head.count == 4, let y = Int(head) else { return nil }
        let second = parts[1]
        if parts.count == 2 {
            if let m = Int(second), (1...12).contains(m) {
                let next = m == 12 ? CivilDate.dayNumber(y + 1, 1, 1) : CivilDate.dayNumber(y, m + 1, 1)
                self.init(first: CivilDate.dayNumber(y, m, 1), last: next - 1)
                return
            }
            let seasons: [String: (Int, Int)] = [
                "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
                "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 12),
            ]
            if let (a, b) = seasons[second] {
                let next = b == 12 ? CivilDate.dayNumber(y + 1, 1, 1) : CivilDate.dayNumber(y, b + 1, 1)
                self.init(first: CivilDate.dayNumber(y, a, 1), last: next - 1)
                return
            }
            if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w) {
                let monday = CivilDate.isoWeekMonday(year: y, week: w)
                self.init(first: monday, last: monday + 6)
                return
            }
            return nil
        }
        guard parts.count == 3, let m = Int(second), let d = Int(parts[2]), CivilDate.isValid(y, m, d) else { return nil }
        let n = CivilDate.dayNumber(y, m, d)
        self.init(first: n, last: n)
    }
}

/// A value written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, the shapes nearly every
/// date takes, read from its bytes: the general parsers above go through Foundation's string
/// search and trimming, which cost more than the rest of a timex.
struct ISODigits {
    var fields: Int
    var year = 0
    var month = 0
    var day = 0

    init?(_ value: String) {
        var fields = 1
        var width = 0
        var numbers = (0, 0, 0)
        for b in value.utf8 {
            if b == UInt8(ascii: "-") {
                guard width == (fields == 1 ? 4 : 2), fields < 3 else { return nil }
                fields += 1
                width = 0
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                width += 1
                // More digits than the field holds is no such date, and would overflow (found by FuzzRender).
                guard width <= (fields == 1 ? 4 : 2) else { return nil }
                let digit = Int(b - UInt8(ascii: "0"))
                switch fields {
                case 1: numbers.0 = numbers.0 * 10 + digit
                case 2: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard width == (fields == 1 ? 4 : 2) else { return nil }
        self.fields = fields
        (year, month, day) = numbers
    }

    /// The days the value names, as `DayInterval(isoValue:)` reads it (nil for a month or a day
    /// that does not exist).
    var interval: DayInterval? {
        switch fields {
        case 1:
            return DayInterval(first: CivilDate.dayNumber(year, 1, 1), last: CivilDate.dayNumber(year + 1, 1, 1) - 1)
        case 2:
            guard (1...12).contains(month) else { return nil }
            let next = month == 12 ? CivilDate.dayNumber(year + 1, 1, 1) : CivilDate.dayNumber(year, month + 1, 1)
            return DayInterval(first: CivilDate.dayNumber(year, month, 1), last: next - 1)
        default:
            guard CivilDate.isValid(year, month, day) else { return nil }
            let n = CivilDate.dayNumber(year, month, day)
            return DayInterval(first: n, last: n)
        }
    }
}

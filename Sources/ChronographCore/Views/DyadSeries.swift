import Foundation

/// The relation between two actors over time, period by period: how many events they had,
/// how many were cooperation and how many conflict, and their mean Goldstein value (the dyad
/// trajectory of event-data research). Events in either direction count; an actor stands for
/// the people and bodies affiliated to it on each event's date, as in every actor filter.
public struct DyadSeries: Sendable {
    /// The length of a period.
    public enum Period: String, Sendable, CaseIterable {
        case month, year
    }

    /// One period's figures.
    public struct Point: Sendable, Hashable, Codable {
        /// `2021-10` or `2021`.
        public var period: String
        public var events: Int
        public var cooperation: Int
        public var conflict: Int
        /// The mean Goldstein value of the period's events; nil when it has none.
        public var goldsteinMean: Double?
    }

    /// Every period from the first event's to the last's, empty ones included.
    public let points: [Point]
    /// Events between the two with no date, or a date coarser than a period (2018 by month).
    public let unplaced: Int

    /// The series of the events a query finds between `a` and `b` (actor ids).
    public init(_ query: GraphQuery, _ a: String, _ b: String, by period: Period = .month) {
        var buckets: [Int: [Event]] = [:]
        var unplaced = 0
        for e in query.between(a, b) {
            guard let i = e.date?.interval else {
                unplaced += 1
                continue
            }
            let (first, last) = (Self.key(CivilDate(dayNumber: i.first), period), Self.key(CivilDate(dayNumber: i.last), period))
            guard first == last else {
                unplaced += 1
                continue
            }
            buckets[first, default: []].append(e)
        }
        self.unplaced = unplaced
        guard let lo = buckets.keys.min(), let hi = buckets.keys.max() else {
            points = []
            return
        }
        points = (lo...hi).map { k in
            let events = buckets[k] ?? []
            let cooperation = events.filter { $0.type.cameo.isCooperation }.count
            return Point(
                period: Self.label(k, period), events: events.count, cooperation: cooperation, conflict: events.count - cooperation,
                goldsteinMean: events.isEmpty ? nil : events.map(\.goldstein).reduce(0, +) / Double(events.count))
        }
    }

    /// A period as a number that counts up by one: months since year 0, or the year.
    static func key(_ d: CivilDate, _ period: Period) -> Int { period == .year ? d.year : d.year * 12 + d.month - 1 }

    static func label(_ key: Int, _ period: Period) -> String {
        switch period {
        case .year: CivilDate.pad(key, 4)
        case .month: CivilDate.pad(key / 12, 4) + "-" + CivilDate.pad(key % 12 + 1, 2)
        }
    }

    /// The series as a table: one line per period.
    public func table() -> String {
        var out = "period   events  cooperation  conflict  goldstein mean\n"
        for p in points {
            let mean = p.goldsteinMean.map { String(format: "%+.1f", $0) } ?? "—"
            out += p.period.padding(toLength: 8, withPad: " ", startingAt: 0)
            out +=
                " " + pad(p.events, 6) + "  " + pad(p.cooperation, 11) + "  " + pad(p.conflict, 8) + "  "
                + String(repeating: " ", count: max(0, 14 - mean.count)) + mean + "\n"
        }
        if unplaced > 0 { out += "(\(unplaced) event(s) undated or dated more coarsely than a period, not counted)\n" }
        return out
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

/// The horizontal time axis of a timeline picture: the distance between two days is
/// proportional to the time between them, except across a long empty stretch, which is cut
/// down to a fixed width and marked as a break (a timeline of 2018 and 2021 shows the two
/// years apart, not a page of nothing between them).
public struct TimeAxis: Sendable {
    /// A cut in the axis: at `x`, standing for `days` days with no event.
    public struct Break: Sendable, Hashable {
        public var x: Double
        public var days: Int
    }

    /// Points per day on the continuous stretches.
    public let pointsPerDay: Double
    /// The cuts, left to right.
    public let breaks: [Break]
    /// From the first day to the last, in points.
    public let width: Double
    /// The first day of each continuous stretch and its x.
    private let anchors: [(day: Int, x: Double)]

    /// An axis for these days (Gregorian day numbers). A gap becomes a break when it is at
    /// least `minBreakDays` long and more than four fifths of the span still drawn to scale,
    /// largest first, as long as some span remains to scale; the rest is spread over about
    /// `pointsPerDate` points per distinct day (between 500 and 2,400 points in all).
    public init(days: [Int], pointsPerDate: Double = 90, breakWidth: Double = 60, minBreakDays: Int = 120) {
        let sorted = Array(Set(days)).sorted()
        guard let first = sorted.first, let last = sorted.last, first < last else {
            pointsPerDay = 0
            breaks = []
            width = 0
            anchors = sorted.first.map { [($0, 0)] } ?? []
            return
        }
        let gaps = zip(sorted, sorted.dropFirst()).map { (from: $0, to: $1, days: $1 - $0) }
        var kept = last - first
        var cut: Set<Int> = []
        for g in gaps.sorted(by: { $0.days > $1.days }) {
            guard g.days >= minBreakDays, Double(g.days) > 0.8 * Double(kept), kept - g.days > 0 else { break }
            cut.insert(g.from)
            kept -= g.days
        }
        let target = min(2400, max(500, pointsPerDate * Double(sorted.count)))
        let scale = target / Double(max(kept, 1))
        var anchors: [(day: Int, x: Double)] = [(first, 0)]
        var breaks: [Break] = []
        var x = 0.0
        for g in gaps {
            if cut.contains(g.from) {
                breaks.append(Break(x: x + breakWidth / 2, days: g.days))
                x += breakWidth
                anchors.append((g.to, x))
            } else {
                x += Double(g.days) * scale
            }
        }
        self.pointsPerDay = scale
        self.breaks = breaks
        self.width = x
        self.anchors = anchors
    }

    /// The x of a day: on the stretch that holds it, in proportion to the days since its start.
    public func x(_ day: Int) -> Double {
        guard var a = anchors.first else { return 0 }
        for b in anchors where b.day <= day { a = b }
        return a.x + Double(day - a.day) * pointsPerDay
    }

    /// A length of time in words short enough for the axis (`2 y 9 mo`, `5 mo`, `40 d`).
    public static func span(days: Int) -> String {
        if days < 60 { return "\(days) d" }
        let months = Int((Double(days) / 30.44).rounded())
        if months < 12 { return "\(months) mo" }
        return months % 12 == 0 ? "\(months / 12) y" : "\(months / 12) y \(months % 12) mo"
    }
}

/// An actor's tie to a larger one over a span of days: a person to the state or body whose
/// office they hold (a role's `of`), a ministry or an army to its country (`affiliation`).
/// Open ends hold for ever; a tie with no ends holds on every date and for undated events.
public struct Affiliation: Sendable, Hashable, Codable {
    public var of: String
    public var first: Int?
    public var last: Int?

    public init(of: String, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.of = of
        self.first = from?.dayNumber
        self.last = to?.dayNumber
    }

    /// Whether the tie holds during an event's date: any overlap with its interval; for an
    /// undated event, only a tie with no ends.
    public func holds(on date: TimeValue?) -> Bool {
        guard let i = date?.interval else { return first == nil && last == nil }
        if let first, i.last < first { return false }
        if let last, i.first > last { return false }
        return true
    }
}

/// The roles of one sentence's kept candidates decided together, best margin first: an actor
/// is never both a source and a target in one sentence (a pair whose source is already a target,
/// or whose target is already a source, is dropped), so a source keeps its targets and a
/// mediator or a bystander named beside them is not made a party; an actor alone is kept only
/// when it is the source of no pair.
enum RoleDecoding {
    static func decode(_ kept: [(c: EventCandidate, margin: Float)]) -> [EventCandidate] {
        let ordered = kept.enumerated().sorted { $0.element.margin > $1.element.margin || ($0.element.margin == $1.element.margin && $0.offset < $1.offset) }
            .map(\.element.c)
        var sources = Set<Int>()
        var targets = Set<Int>()
        var chosen: [EventCandidate] = []
        for c in ordered {
            guard let t = c.target else { continue }
            if targets.contains(c.source) || sources.contains(t) { continue }
            chosen.append(c)
            sources.insert(c.source)
            targets.insert(t)
        }
        for c in ordered where c.target == nil && !sources.contains(c.source) { chosen.append(c) }
        return chosen
    }
}

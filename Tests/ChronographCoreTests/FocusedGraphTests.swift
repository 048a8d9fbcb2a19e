import Testing

@testable import ChronographCore

/// `ActorGraph.focused`: the neighbourhood of the actors of a filter, their affiliates on an
/// event's date included.
@Suite struct FocusedGraphTests {
    static let e = Extraction(
        actors: ["russia", "putin", "bennett", "israel", "iran", "chile", "peru"].map { Actor(id: $0, name: $0, type: .country) },
        events: [
            event("e1", "2021-10-22", "040", ["putin"], ["bennett"]), event("e2", "2021-10-23", "111", ["bennett"], ["iran"]),
            event("e3", "2021-10-24", "042", ["chile"], ["peru"]), event("e4", "1995-01-01", "042", ["putin"], ["peru"]),
        ])
    static let ties = ["putin": [Affiliation(of: "russia", from: CivilDate(1999, 12, 31))]]

    @Test func theNeighbourhoodOfACountryStartsFromItsLeaderOnTheDate() {
        let f = EventFilter(actors: ["russia"], affiliations: Self.ties)
        let one = ActorGraph.focused(Self.e, filter: f, depth: 1)
        #expect(Set(one.nodes.map(\.id)) == ["putin", "bennett", "peru"])
        let two = ActorGraph.focused(Self.e, filter: f, depth: 2)
        #expect(Set(two.nodes.map(\.id)) == ["putin", "bennett", "iran", "peru", "chile"])
        // Without depth, only the events that involve Russia (Putin in 2021, not in 1995).
        #expect(ActorGraph.focused(Self.e, filter: f).relations.map(\.events) == [["e1"]])
        var exact = f
        exact.exact = true
        #expect(ActorGraph.focused(Self.e, filter: exact, depth: 1).nodes.isEmpty)
    }
}

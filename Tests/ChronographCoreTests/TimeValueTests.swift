import Testing

@testable import ChronographCore

@Suite struct TimeValueTests {
    @Test(arguments: [
        ("2021-10-22", Granularity.day), ("2021-10", .month), ("2018", .year), ("201", .decade),
        ("2021-01/2021-07", .range), ("P20Y", .duration), ("PAST_REF", .reference), ("2018-W19", .week),
        ("2015-07-24T04:00", .time),
    ])
    func granularityFollowsTheShapeOfTheValue(value: String, expected: Granularity) {
        #expect(TimeValue(value).granularity == expected)
    }

    @Test func intervalsCoverTheNamedDays() throws {
        let month = try #require(TimeValue("2021-02").interval)
        #expect(month.first == CivilDate(2021, 2, 1).dayNumber)
        #expect(month.last == CivilDate(2021, 2, 28).dayNumber)
        let range = try #require(TimeValue("2021-01/2021-07").interval)
        #expect(range.last == CivilDate(2021, 7, 31).dayNumber)
        let week = try #require(TimeValue("2018-W19").interval)
        #expect(week.first == CivilDate(2018, 5, 7).dayNumber)
        #expect(TimeValue("P20Y").interval == nil)
        #expect(TimeValue("XXXX-07-28").interval == nil)
    }
}

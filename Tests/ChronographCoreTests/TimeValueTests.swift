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

    @Test func aValueWithTooManyDigitsIsNoDate() {
        // Found by FuzzRender: twenty-four digits after a slash overflowed the byte reader.
        #expect(TimeValue("2\n/444444444444444444444444").interval == nil)
        #expect(TimeValue("444444444444444444444444").interval == nil)
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

    @Test func plainDatesReadFromBytesAsTheGeneralParserReadsThem() throws {
        #expect(DayInterval(isoValue: "2020") == DayInterval(first: CivilDate(2020, 1, 1).dayNumber, last: CivilDate(2020, 12, 31).dayNumber))
        #expect(DayInterval(isoValue: "2020-12") == DayInterval(first: CivilDate(2020, 12, 1).dayNumber, last: CivilDate(2020, 12, 31).dayNumber))
        #expect(DayInterval(isoValue: "2020-02-29") == DayInterval(first: CivilDate(2020, 2, 29).dayNumber, last: CivilDate(2020, 2, 29).dayNumber))
        for invalid in ["2021-02-29", "2021-13", "2021-00", "2021-04-31"] { #expect(DayInterval(isoValue: invalid) == nil) }
        // Other shapes take the general parser: seasons, spaces, short fields.
        #expect(DayInterval(isoValue: " 2020 ") == DayInterval(isoValue: "2020"))
        #expect(DayInterval(isoValue: "2020-Q1")?.last == CivilDate(2020, 3, 31).dayNumber)
        #expect(DayInterval(isoValue: "2020-1-5") == DayInterval(isoValue: "2020-01-05"))
        #expect(TimeValue("2020-1-5").granularity == .day)
        #expect(TimeValue("20").granularity == .century)
    }
}

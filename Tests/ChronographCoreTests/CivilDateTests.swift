import Testing

@testable import ChronographCore

@Suite struct CivilDateTests {
    @Test func dayNumbersMatchPythonOrdinals() {
        #expect(CivilDate(2021, 10, 22).dayNumber == 738_085)
        #expect(CivilDate(1, 1, 1).dayNumber == 1)
        #expect(CivilDate(dayNumber: 738_085) == CivilDate(2021, 10, 22))
    }

    @Test func weekdaysAreISO() {
        #expect(CivilDate(2021, 10, 22).isoWeekday == 5)  // a Friday
        #expect(CivilDate(2018, 5, 5).isoWeekday == 6)  // a Saturday
    }

    @Test func isoWeeksCrossYears() {
        #expect(CivilDate(2021, 1, 1).isoWeek.year == 2020)
        #expect(CivilDate(2021, 1, 1).isoWeek.week == 53)
        #expect(CivilDate(2018, 5, 9).isoWeek.week == 19)
    }

    @Test func monthArithmeticClampsTheDay() {
        #expect(CivilDate(2021, 1, 31).adding(months: 1) == CivilDate(2021, 2, 28))
        #expect(CivilDate(2021, 12, 15).adding(months: 1) == CivilDate(2022, 1, 15))
        #expect(CivilDate(2021, 1, 15).adding(months: -1) == CivilDate(2020, 12, 15))
    }

    @Test func invalidDatesAreRejected() {
        #expect(CivilDate(iso: "2021-02-29") == nil)
        #expect(CivilDate(iso: "2020-02-29") != nil)
        #expect(CivilDate(iso: "yesterday") == nil)
    }
}

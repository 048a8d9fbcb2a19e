import ChronographCore
import Testing

@testable import ChronographExtraction

extension TimexCase {
    /// A table case: the sentence, the exact span a reader marks and its value, against a
    /// publication date (Thursday 14 March 2019 unless the case says otherwise).
    init(_ sentence: String, _ span: String, _ value: String, on published: String = "2019-03-14") {
        self.init(sentence: sentence, published: published, span: span, value: value)
    }
}

/// The eight kinds of temporal expressions of issue 13, each as a table of sentences of our
/// own in both languages: the expression must be found with exactly the span and value given.
@Suite struct TemporalTableTests {
    static let arabic: [TimexCase] =
        NumericDateCases.arabic + WordDateCases.arabic + RelativePhraseCases.arabic + VagueReferenceCases.arabic
        + HolidayCases.arabic + TimeOfDayCases.arabic + PeriodCases.arabic + DatelineCases.arabic
    static let english: [TimexCase] =
        NumericDateCases.english + WordDateCases.english + RelativePhraseCases.english + VagueReferenceCases.english
        + HolidayCases.english + TimeOfDayCases.english + PeriodCases.english + DatelineCases.english

    @Test(arguments: arabic + english)
    func expressionHasItsExactSpanAndValue(_ c: TimexCase) {
        let timexes = extract(c.sentence, published: c.published).timexes
        #expect(
            timexes.contains { $0.text == c.span && $0.value == c.value },
            "found \(timexes.map { "\($0.text)=\($0.value)" })")
    }

    /// Numbers with a thousands separator or a decimal comma are not clock times, and a
    /// count of units `later` with no day of the narrative before it is a duration.
    @Test(arguments: [
        ("Some 12,000 people fled, and 2,500 more followed.", "2019-03-14T"),
        ("قتل 1,5 مليون شخص في الحرب.", "2019-03-14T"),
    ])
    func numbersWithCommasAreNotClockTimes(_ sentence: String, _ timePrefix: String) {
        let timexes = extract(sentence, published: "2019-03-14").timexes
        #expect(!timexes.contains { $0.value.hasPrefix(timePrefix) }, "found \(timexes.map { "\($0.text)=\($0.value)" })")
    }

    @Test func theEndOfTheDayIsAnIdiomNotADate() {
        let timexes = extract("At the end of the day, voters decide.", published: "2019-03-14").timexes
        #expect(timexes.isEmpty, "found \(timexes.map { "\($0.text)=\($0.value)" })")
    }

    @Test func aCountOfUnitsLaterWithoutANarrativeDayIsADuration() {
        let timexes = extract("He left the country. Two months later he came back.", published: "2019-03-14").timexes
        #expect(timexes.map(\.value) == ["P2M"])
        let years = extract("He was freed on 2 March 2001 and, 18 years later, he returned.", published: "2019-03-14").timexes
        #expect(years.map(\.value) == ["2001-03-02", "P18Y"])
    }

    @Test func theFollowingDayChainsFromDayToDayAndALongChainStaysBounded() {
        let short = extract("Talks began on 10 March. The following day they stalled. The following day they resumed.", published: "2019-03-14")
        #expect(short.timexes.map(\.value) == ["2019-03-10", "2019-03-11", "2019-03-12"])
        let long = "Talks began on 10 March. " + String(repeating: "The following day they went on. ", count: 3000)
        let timexes = extract(long, published: "2019-03-14").timexes
        #expect(timexes.count == 3001)
        #expect(timexes.prefix(17).map(\.value).last == "2019-03-26")
    }

    @Test func theTablesAreBalancedAndLargeEnough() {
        #expect(Self.arabic.count >= 100)
        #expect(Self.english.count >= 100)
    }
}

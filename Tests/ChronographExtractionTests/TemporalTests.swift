import ChronographCore
import Testing

@testable import ChronographExtraction

struct TimexCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var published: String
    var span: String
    var value: String
    var testDescription: String { "\(span) → \(value)" }
}

@Suite struct TemporalTests {
    static let arabic: [TimexCase] = [
        .init(sentence: "وقال الوزير اليوم إن المحادثات مستمرة.", published: "2021-10-22", span: "اليوم", value: "2021-10-22"),
        .init(sentence: "وصل الوفد أمس إلى العاصمة.", published: "2021-10-22", span: "أمس", value: "2021-10-21"),
        .init(sentence: "ووقع الهجوم أول من أمس.", published: "2021-10-22", span: "أول من أمس", value: "2021-10-20"),
        .init(sentence: "ويبدأ الاجتماع غداً.", published: "2021-10-22", span: "غداً", value: "2021-10-23"),
        .init(sentence: "في عام 2018، أسقطت الدفاعات طائرة.", published: "2021-10-22", span: "عام 2018", value: "2018"),
        .init(sentence: "وقال الجمعة 22 من تشرين الأول إن الوضع هادئ.", published: "2021-10-22", span: "الجمعة 22 من تشرين الأول", value: "2021-10-22"),
        .init(
            sentence: "ارتفع خلال الأشهر السبعة الأولى من عام 2021.", published: "2021-10-22", span: "الأشهر السبعة الأولى من عام 2021",
            value: "2021-01/2021-07"),
        .init(sentence: "قاد العملية خلال العقدين الماضيين.", published: "2021-10-22", span: "العقدين الماضيين", value: "P20Y"),
        .init(sentence: "وصل في 5 غشت 2019 إلى الرباط.", published: "2021-10-22", span: "5 غشت 2019", value: "2019-08-05"),
        .init(sentence: "انطلقت يوم 12 جانفي 2020 في تونس.", published: "2021-10-22", span: "12 جانفي 2020", value: "2020-01-12"),
        .init(sentence: "تجري الانتخابات في 12 مايو أيار.", published: "2018-05-05", span: "12 مايو أيار", value: "2018-05-12"),
        .init(sentence: "منذ أغسطس (آب) 2015 لم يتغير شيء.", published: "2018-05-05", span: "أغسطس (آب) 2015", value: "2015-08"),
        .init(sentence: "وقع الحادث في 22/10/2021 مساء.", published: "2021-10-25", span: "22/10/2021", value: "2021-10-22"),
        .init(sentence: "صدر القرار في ٢٢ أكتوبر ٢٠٢١.", published: "2021-10-25", span: "٢٢ أكتوبر ٢٠٢١", value: "2021-10-22"),
        .init(sentence: "الموافق 16 ربيع الأول 1443 هـ.", published: "2021-10-25", span: "16 ربيع الأول 1443 هـ", value: "2021-10-22"),
        .init(sentence: "قتل ثلاثة قبل ثلاثة أيام.", published: "2021-10-22", span: "قبل ثلاثة أيام", value: "2021-10-19"),
        .init(sentence: "عقد المجلس جلسة الأسبوع الماضي.", published: "2017-04-12", span: "الأسبوع الماضي", value: "2017-W14"),
        .init(sentence: "تعقد القمة الشهر المقبل.", published: "2021-10-22", span: "الشهر المقبل", value: "2021-11"),
        .init(sentence: "تراجعت الصادرات العام الماضي.", published: "2021-10-22", span: "العام الماضي", value: "2020"),
        .init(sentence: "بقي في السجن 14 يوماً.", published: "2021-10-22", span: "14 يوماً", value: "P14D"),
        .init(sentence: "اندلعت الحرب في منتصف مارس 2011.", published: "2021-10-22", span: "منتصف مارس 2011", value: "2011-03"),
        .init(sentence: "جرى ذلك بين عامي 2011 و2014.", published: "2021-10-22", span: "عامي 2011 و2014", value: "2011/2014"),
        .init(sentence: "تقام من 4 إلى 6 أغسطس الحالي.", published: "2015-08-02", span: "من 4 إلى 6 أغسطس الحالي", value: "2015-08-04/2015-08-06"),
        .init(sentence: "ويعيش حاليا في المنفى.", published: "2021-10-22", span: "حاليا", value: "PRESENT_REF"),
    ]

    static let english: [TimexCase] = [
        .init(sentence: "The ministry said on Tuesday that talks failed.", published: "2016-10-19", span: "Tuesday", value: "2016-10-18"),
        .init(sentence: "He left last September.", published: "2015-07-05", span: "last September", value: "2014-09"),
        .init(sentence: "It happened two weeks ago.", published: "2021-10-22", span: "two weeks ago", value: "2021-W40"),
        .init(sentence: "The war began in March 2011.", published: "2021-10-22", span: "March 2011", value: "2011-03"),
        .init(sentence: "On October 19, 2016 the truce began.", published: "2016-10-25", span: "October 19, 2016", value: "2016-10-19"),
        .init(sentence: "Tuesday 4 April 2017 was a dark day.", published: "2017-04-05", span: "Tuesday 4 April 2017", value: "2017-04-04"),
        .init(sentence: "The five years of war took a toll.", published: "2021-10-22", span: "five years", value: "P5Y"),
        .init(sentence: "Militias grew in the 1990s.", published: "2021-10-22", span: "1990s", value: "199"),
        .init(sentence: "Officials met yesterday.", published: "2021-10-22", span: "yesterday", value: "2021-10-21"),
        .init(sentence: "Trade rose in October last year.", published: "2017-04-04", span: "October last year", value: "2016-10"),
        .init(sentence: "Exports fell last year.", published: "2021-10-22", span: "last year", value: "2020"),
        .init(sentence: "Fighting raged in 2014-2015 in the north.", published: "2021-10-22", span: "2014-2015", value: "2014/2015"),
    ]

    @Test(arguments: arabic + english)
    func expressionIsFoundWithItsSpanAndValue(_ c: TimexCase) throws {
        let timexes = extract(c.sentence, published: c.published).timexes
        let t = try #require(timexes.first { $0.value == c.value }, "found \(timexes.map { "\($0.text)=\($0.value)" })")
        #expect(t.text.contains(c.span) || c.span.contains(t.text))
        #expect(Array(c.sentence.unicodeScalars)[t.start..<t.end].map(String.init).joined() == t.text)
    }

    @Test func theWeekdayFixesTheYearOfAnUndatedArticle() throws {
        let e = extract("وقال بوتين اليوم، الجمعة 22 من تشرين الأول، إن العلاقات جيدة.", published: nil)
        #expect(e.documents[0].published == "2021-10-22")
        #expect(e.documents[0].publishedInferred)
        #expect(e.timexes.first { $0.text == "اليوم" }?.value == "2021-10-22")
    }

    @Test func aWeekdayFromAnotherYearIsNotTaken() throws {
        // 22 October fell on a Sunday in 2023, the latest such year before today (2026-11-29).
        let e = extract("قال الأحد 22 من تشرين الأول إن الوضع هادئ.", published: nil)
        #expect(e.documents[0].published == "2023-10-22")
    }

    @Test func aDateWordInsideANameIsNotADate() {
        let e = extract("بحسب ما نقلت قناة روسيا اليوم.")
        #expect(!e.timexes.contains { $0.text.contains("اليوم") })
    }
}

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
        .init(sentence: "يعقد المجلس اجتماعه كل عام.", published: "2021-10-22", span: "كل عام", value: "P1Y"),
        .init(sentence: "تصدر النشرة أسبوعيا.", published: "2021-10-22", span: "أسبوعيا", value: "P1W"),
        .init(sentence: "شهدت الثمانينيات حروبا.", published: "2021-10-22", span: "الثمانينيات", value: "198"),
        .init(sentence: "يعيش هنا منذ القرن الماضي.", published: "2021-10-22", span: "القرن الماضي", value: "19"),
        .init(sentence: "نما الاقتصاد في الربع الأول من عام 2021.", published: "2021-10-22", span: "الربع الأول من عام 2021", value: "2021-Q1"),
        .init(sentence: "تراجع في النصف الثاني من العام الجاري.", published: "2021-10-22", span: "النصف الثاني من العام الجاري", value: "2021-H2"),
        .init(sentence: "وقع الانفجار الساعة 04:30 فجرا.", published: "2021-10-22", span: "الساعة 04:30", value: "2021-10-22T04:30"),
        .init(sentence: "جرت المعارك من مايو إلى يوليو 2020.", published: "2021-10-22", span: "من مايو إلى يوليو 2020", value: "2020-05/2020-07"),
        .init(sentence: "اعتقل في يناير الماضي.", published: "2021-10-22", span: "يناير الماضي", value: "2021-01"),
        .init(sentence: "اعتقل في يناير.", published: "2021-10-22", span: "يناير", value: "2021-01"),
        .init(sentence: "ووصل يوم الخميس الماضي.", published: "2021-10-22", span: "يوم الخميس الماضي", value: "2021-10-21"),
        .init(sentence: "سجن لمدة ثلاث سنوات.", published: "2021-10-22", span: "ثلاث سنوات", value: "P3Y"),
        .init(sentence: "عاد بعد غد إلى بلاده.", published: "2021-10-22", span: "بعد غد", value: "2021-10-24"),
        .init(sentence: "وقع ذلك في مطلع عام 2018.", published: "2021-10-22", span: "مطلع عام 2018", value: "2018"),
        .init(sentence: "استمرت المفاوضات يومين.", published: "2021-10-22", span: "يومين", value: "P2D"),
        .init(sentence: "سافر في الرابع عشر من الشهر الماضي.", published: "2015-08-02", span: "الرابع عشر من الشهر الماضي", value: "2015-07-14"),
        .init(sentence: "عاد في ۲۲ أكتوبر ۲۰۲۱.", published: "2021-10-25", span: "۲۲ أكتوبر ۲۰۲۱", value: "2021-10-22"),
        .init(sentence: "وصل الوفد قبل أسبوع.", published: "2021-10-22", span: "قبل أسبوع", value: "2021-W41"),
        .init(sentence: "انتخب قبل عام.", published: "2021-10-22", span: "قبل عام", value: "2020"),
        .init(sentence: "تنتهي المهلة نهاية العام.", published: "2021-10-22", span: "نهاية العام", value: "2021"),
        .init(sentence: "قتل خمسة مساء أمس.", published: "2021-10-22", span: "مساء أمس", value: "2021-10-21"),
        .init(sentence: "تراجعت الأسعار خلال الشهرين الماضيين.", published: "2021-10-22", span: "الشهرين الماضيين", value: "P2M"),
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
        .init(sentence: "The report is published weekly.", published: "2021-10-22", span: "weekly", value: "P1W"),
        .init(sentence: "Growth slowed in the first quarter of 2021.", published: "2021-10-22", span: "first quarter of 2021", value: "2021-Q1"),
        .init(sentence: "It exploded at 6:30 a.m. local time.", published: "2021-10-22", span: "6:30 a.m.", value: "2021-10-22T06:30"),
        .init(sentence: "Sales fell in the second half of last year.", published: "2021-10-22", span: "second half of last year", value: "2020-H2"),
        .init(sentence: "He arrived last Tuesday.", published: "2021-10-22", span: "last Tuesday", value: "2021-10-19"),
        .init(sentence: "Talks resumed this year.", published: "2021-10-22", span: "this year", value: "2021"),
        .init(sentence: "Fighting lasted from May to July 2020.", published: "2021-10-22", span: "May to July 2020", value: "2020-05/2020-07"),
        .init(sentence: "Prices rose in early 2019.", published: "2021-10-22", span: "early 2019", value: "2019"),
        .init(sentence: "He was freed three days ago.", published: "2021-10-22", span: "three days ago", value: "2021-10-19"),
        .init(sentence: "The talks resume tomorrow.", published: "2021-10-22", span: "tomorrow", value: "2021-10-23"),
        .init(sentence: "Talks open in Geneva\nMarch 3 2020 Envoys met today.", published: "2020-03-03", span: "March 3 2020", value: "2020-03-03"),
        .init(sentence: "Rescuers searched for hours.", published: "2021-10-22", span: "hours", value: "PTXH"),
        .init(sentence: "The patrol reports hourly.", published: "2021-10-22", span: "hourly", value: "PT1H"),
        .init(sentence: "وتواصل القصف ساعات.", published: "2021-10-22", span: "ساعات", value: "PTXH"),
        .init(sentence: "وتعقد القمة المرتقبة في 12 تموز.", published: "2018-05-06", span: "12 تموز", value: "2018-07-12"),
    ]

    @Test func anUnknownYearStaysUnknown() throws {
        let e = extract("وصل الوفد في 28 تموز.", published: nil)
        #expect(e.timexes.first?.value == "XXXX-07-28")
    }

    @Test func aBareWeekdayLeansForwardWhenTheVerbIsFuture() throws {
        // Published on a Saturday: "will meet on Wednesday" is the coming Wednesday.
        let e = extract("قال إنه سيجتمع مع الرئيس يوم الأربعاء.", published: "2018-05-05")
        #expect(e.timexes.first?.value == "2018-05-09")
        let past = extract("قال إنه اجتمع مع الرئيس يوم الأربعاء.", published: "2018-05-05")
        #expect(past.timexes.first?.value == "2018-05-02")
    }

    @Test func setsAndDurationsHaveTheirTypes() {
        let e = extract("يعقد المجلس اجتماعه كل عام منذ عامين.")
        #expect(e.timexes.contains { $0.type == .set && $0.value == "P1Y" })
        #expect(e.timexes.contains { $0.type == .duration && $0.value == "P2Y" })
    }

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

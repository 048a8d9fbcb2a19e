/// Kind 7: periods: ranges of days, weekdays and years, halves and quarters, parts of a month
/// or year, decades, seasons, and sets (every Friday, yearly).
enum PeriodCases {
    static let arabic: [TimexCase] = [
        .init("تستمر الحملة من 3 آذار إلى 10 نيسان 2019.", "من 3 آذار إلى 10 نيسان 2019", "2019-03-03/2019-04-10"),
        .init("جرت المفاوضات بين 5 و9 حزيران 2018 في جنيف.", "بين 5 و9 حزيران 2018", "2018-06-05/2018-06-09"),
        .init("انخفض النمو في النصف الأول من 2019.", "النصف الأول من 2019", "2019-H1"),
        .init("ارتفعت المبيعات في الربع الثالث من العام الماضي.", "الربع الثالث من العام الماضي", "2018-Q3"),
        .init("تعود القوات أواخر الشهر.", "أواخر الشهر", "2019-03"),
        .init("عاش هناك في تسعينيات القرن الماضي.", "تسعينيات القرن الماضي", "199"),
        .init("في صيف 2018 اشتد الجفاف.", "صيف 2018", "2018-SU"),
        .init("يتظاهر السكان كل جمعة أمام المبنى.", "كل جمعة", "XXXX-WXX-5"),
        .init("تصدر الحكومة التقرير سنويا.", "سنويا", "P1Y"),
        .init("أغلقت المدارس من الأحد إلى الثلاثاء.", "من الأحد إلى الثلاثاء", "2019-03-10/2019-03-12"),
        .init("تراجعت الأمطار في شتاء 2017.", "شتاء 2017", "2017-WI"),
        .init("توقف العمل بين عامي 2015 و2017.", "عامي 2015 و2017", "2015/2017"),
        .init("تجتمع اللجنة كل أسبوعين.", "كل أسبوعين", "P2W"),
        .init("ارتفعت الأسعار في الربع الأخير من 2018.", "الربع الأخير من 2018", "2018-Q4"),
        .init("جفت الآبار في صيف العام الماضي.", "صيف العام الماضي", "2017-SU", on: "2018-11-20"),
        .init("تراجع النمو بين آذار وأيار 2018.", "بين آذار وأيار 2018", "2018-03/2018-05"),
        .init("توقف القتال من تشرين الثاني إلى شباط.", "من تشرين الثاني إلى شباط", "2018-11/2019-02"),
        .init("تأهل الفريق في موسم 2016/2017.", "2016/2017", "2016/2017"),
    ]

    static let english: [TimexCase] = [
        .init("The exhibition runs from 3 March until 10 April 2019.", "from 3 March until 10 April 2019", "2019-03-03/2019-04-10"),
        .init("Talks were held between 5 and 9 June 2018 in Geneva.", "between 5 and 9 June 2018", "2018-06-05/2018-06-09"),
        .init("Growth slowed in Q3 2019 as exports fell.", "Q3 2019", "2019-Q3"),
        .init("Revenue rose in the first half of 2019.", "the first half of 2019", "2019-H1"),
        .init("Protests erupted in mid-March in the south.", "mid-March", "2019-03"),
        .init("The militia formed in the 1980s.", "the 1980s", "198"),
        .init("Drought hit the region in the summer of 2018.", "the summer of 2018", "2018-SU"),
        .init("Rallies are held every Friday in the square.", "every Friday", "XXXX-WXX-5"),
        .init("The shop was shut from Monday to Wednesday.", "from Monday to Wednesday", "2019-03-11/2019-03-13"),
        .init("Snow fell heavily in winter 2017.", "winter 2017", "2017-WI"),
        .init("Fighting raged from 2012 until 2014.", "from 2012 until 2014", "2012/2014"),
        .init("The band was popular in the nineties.", "the nineties", "199"),
        .init("At the end of the day, the deadline is the end of the month.", "the end of the month", "2019-03"),
        .init("The committee meets every two weeks.", "every two weeks", "P2W"),
        .init("The bill passed last summer.", "last summer", "2018-SU", on: "2018-11-20"),
        .init("Talks may resume next spring.", "next spring", "2019-SP", on: "2018-11-20"),
        .init("Exports fell between March and May, officials said.", "between March and May", "2019-03/2019-05", on: "2019-06-10"),
        .init("The club won the 2016/2017 title.", "2016/2017", "2016/2017"),
    ]
}

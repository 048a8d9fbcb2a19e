/// Kind 2: dates in words: ordinal and cardinal days with a month, and the first or last day,
/// week or part of a month or year.
enum WordDateCases {
    static let arabic: [TimexCase] = [
        .init("عقد المؤتمر في الحادي عشر من أيار 2019 في عمان.", "الحادي عشر من أيار 2019", "2019-05-11"),
        .init("وصل الوفد في ثلاثة وعشرين آذار إلى المدينة.", "ثلاثة وعشرين آذار", "2019-03-23", on: "2019-04-01"),
        .init("تسلّم مهامه في الخامس والعشرين من كانون الأول الماضي.", "الخامس والعشرين من كانون الأول الماضي", "2018-12-25"),
        .init("ستبدأ الدورة في أول أيار المقبل.", "أول أيار المقبل", "2019-05-01"),
        .init("تنتهي الولاية في آخر حزيران المقبل.", "آخر حزيران المقبل", "2019-06"),
        .init("اجتمعوا في آخر يوم من العام الماضي.", "آخر يوم من العام الماضي", "2018-12-31"),
        .init("بدأت الحملة في أول يوم من الشهر الحالي.", "أول يوم من الشهر الحالي", "2019-03-01"),
        .init("في الأسبوع الأول من نيسان 2019 اشتدت المعارك.", "الأسبوع الأول من نيسان 2019", "2019-W14"),
        .init("زار البلاد في الأول من تموز 2018 لأول مرة.", "الأول من تموز 2018", "2018-07-01"),
        .init("ولد في العشرين من شباط 1975 في حلب.", "العشرين من شباط 1975", "1975-02-20"),
        .init("أعلن النتائج في التاسع من كانون الثاني بعد تأخير.", "التاسع من كانون الثاني", "2019-01-09"),
        .init("افتتح المعرض في الثلاثين من نوفمبر الماضي.", "الثلاثين من نوفمبر الماضي", "2018-11-30"),
        .init("وقعت المعاهدة في خمسة عشر تموز 2016 بعد مفاوضات.", "خمسة عشر تموز 2016", "2016-07-15"),
        .init("انتهت المهلة في آخر يوم من شباط.", "آخر يوم من شباط", "2019-02-28"),
        .init("تسلم منصبه في كانون أول 2016 بعد الانتخابات.", "كانون أول 2016", "2016-12"),
    ]

    static let english: [TimexCase] = [
        .init("The treaty was signed on the eleventh of May.", "the eleventh of May", "2019-05-11", on: "2019-06-01"),
        .init("It was signed on the eleventh of May, officials said.", "the eleventh of May", "2019-05-11", on: "2019-06-01"),
        .init("The vote will take place on May eleventh.", "May eleventh", "2019-05-11", on: "2019-04-01"),
        .init("Troops withdrew on the 3rd of June 2018.", "the 3rd of June 2018", "2018-06-03"),
        .init("He was born on June 3rd, 1970 in Basra.", "June 3rd, 1970", "1970-06-03"),
        .init("The talks collapsed on the twenty-first of October.", "the twenty-first of October", "2019-10-21", on: "2019-11-01"),
        .init("The summit opened on the first of July in Oslo.", "the first of July", "2019-07-01", on: "2019-07-10"),
        .init("Markets closed on the last day of March.", "the last day of March", "2019-03-31", on: "2019-04-05"),
        .init("Fighting eased in the first week of April 2019.", "the first week of April 2019", "2019-W14"),
        .init("Aid arrived on the first day of the month.", "the first day of the month", "2019-03-01"),
        .init("The protests began on the thirtieth of November last year.", "the thirtieth of November last year", "2018-11-30"),
        .init("The law took effect on January the first.", "January the first", "2019-01-01"),
        .init("The report was released on the 14th of March, 2019.", "the 14th of March, 2019", "2019-03-14"),
        .init("The bill passed on March 14th by a wide margin.", "March 14th", "2019-03-14", on: "2019-03-20"),
        .init("The siege ended in the last week of December 2016.", "the last week of December 2016", "2016-W52"),
        .init("The attacks of Sept. 11, 2001 changed the region.", "Sept. 11, 2001", "2001-09-11"),
        .init("The hearing was set for Jan. 10 in Washington.", "Jan. 10", "2019-01-10", on: "2019-01-05"),
        .init("Talks are scheduled for Feb. 3-5 in Geneva.", "Feb. 3-5", "2019-02-03/2019-02-05", on: "2019-01-20"),
        .init("The offensive began in March. 12 soldiers died on the first day.", "March", "2019-03"),
    ]
}

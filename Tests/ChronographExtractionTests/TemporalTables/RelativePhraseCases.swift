/// Kind 3: relative phrases of two parts: days around today, the next or previous day of the
/// narrative, counts from now, a weekday of a given week, `next Sunday` (the first Sunday
/// after today, never today itself) and the nth weekday of a month. Published on Thursday
/// 14 March 2019 unless the case says otherwise.
enum RelativePhraseCases {
    static let arabic: [TimexCase] = [
        .init("وصل الوزير أول أمس إلى بغداد.", "أول أمس", "2019-03-12"),
        .init("يعقد المجلس جلسته بعد الغد في جنيف.", "بعد الغد", "2019-03-16"),
        .init("التقى الوفدان يوم 10 آذار، وفي اليوم التالي وقعا الاتفاق.", "اليوم التالي", "2019-03-11"),
        .init("أعلن الجيش الهدنة في 5 آذار، وكان القصف قد توقف في اليوم السابق.", "اليوم السابق", "2019-03-04"),
        .init("اعتقل في 20 شباط وأفرج عنه في اليوم التالي.", "اليوم التالي", "2019-02-21"),
        .init("قال الوزير إن الاتفاق سيوقع بعد ثلاثة أيام من الآن.", "بعد ثلاثة أيام من الآن", "2019-03-17"),
        .init("يعقد الاجتماع الخميس من الأسبوع المقبل في الرياض.", "الخميس من الأسبوع المقبل", "2019-03-21"),
        .init("سافر الأحد من الأسبوع الماضي إلى القاهرة.", "الأحد من الأسبوع الماضي", "2019-03-03"),
        .init("تبدأ الجولة الأحد القادم في الدوحة.", "الأحد القادم", "2019-03-17"),
        .init("ستصل البعثة الخميس المقبل إلى المدينة.", "الخميس المقبل", "2019-03-21"),
        .init("تجرى الانتخابات في ثاني ثلاثاء من نيسان 2019.", "ثاني ثلاثاء من نيسان 2019", "2019-04-09"),
        .init("قتل في آخر جمعة من شهر شباط.", "آخر جمعة من شهر شباط", "2019-02-22"),
        .init("عاد المبعوث بعد أسبوعين من الآن.", "بعد أسبوعين من الآن", "2019-W13"),
        .init("أقيم الحفل الجمعة من هذا الأسبوع.", "الجمعة من هذا الأسبوع", "2019-03-15"),
        .init("اعتقل في 10 آذار وأفرج عنه في اليوم نفسه.", "اليوم نفسه", "2019-03-10"),
        .init("سقطت قذائف على المدينة الليلة الماضية.", "الليلة الماضية", "2019-03-13"),
    ]

    static let english: [TimexCase] = [
        .init("The envoy arrived the day before yesterday.", "the day before yesterday", "2019-03-12"),
        .init("The court will rule the day after tomorrow.", "the day after tomorrow", "2019-03-16"),
        .init("Rebels seized the town on March 2. The following day, the army struck back.", "The following day", "2019-03-03"),
        .init("The ministers met on 10 March and signed a deal the next day.", "the next day", "2019-03-11"),
        .init("The ban was lifted on 8 March; the previous day, protesters had gathered.", "the previous day", "2019-03-07"),
        .init("The army says it will withdraw in two weeks' time.", "two weeks' time", "2019-W13"),
        .init("The vote is on Friday of next week.", "Friday of next week", "2019-03-22"),
        .init("Parliament meets next Sunday in the capital.", "next Sunday", "2019-03-17"),
        .init("He left on Tuesday of last week.", "Tuesday of last week", "2019-03-05"),
        .init("Elections are held on the last Friday of March.", "the last Friday of March", "2019-03-29"),
        .init("The market opens on the first Monday in May 2019.", "the first Monday in May 2019", "2019-05-06"),
        .init("The panel will report three days from now.", "three days from now", "2019-03-17"),
        .init("Talks resume next Thursday in Vienna.", "next Thursday", "2019-03-21"),
        .init("The strike started on 4 March and ended two days later.", "two days later", "2019-03-06"),
        .init("He was arrested on 10 March and released the same day.", "the same day", "2019-03-10"),
    ]
}

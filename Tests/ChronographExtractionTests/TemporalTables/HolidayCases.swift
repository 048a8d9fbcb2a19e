/// Kind 5: holidays and named days, computed for the year in question: Islamic feasts by the
/// Umm al-Qura calendar, Christmas and Easter, the new year, national days.
enum HolidayCases {
    static let arabic: [TimexCase] = [
        .init("جرى تبادل الأسرى في عيد الفطر 2019.", "عيد الفطر 2019", "2019-06-04"),
        .init("أعلنت هدنة خلال عيد الأضحى.", "عيد الأضحى", "2019-08-11", on: "2019-09-01"),
        .init("هدأت الجبهات مع بداية شهر رمضان.", "بداية شهر رمضان", "2019-05-06", on: "2019-05-10"),
        .init("احتفل المسلمون برأس السنة الهجرية.", "رأس السنة الهجرية", "2019-08-31", on: "2019-09-05"),
        .init("أقيمت احتفالات المولد النبوي في المدينة.", "المولد النبوي", "2019-11-09", on: "2019-11-12"),
        .init("احتفلت المدينة بعيد الميلاد رغم المطر.", "عيد الميلاد", "2019-12-25", on: "2019-12-26"),
        .init("امتلأت الكنائس في عيد الفصح.", "عيد الفصح", "2019-04-21", on: "2019-04-25"),
        .init("أطلقت الألعاب النارية في رأس السنة الميلادية.", "رأس السنة الميلادية", "2019-01-01", on: "2019-01-02"),
        .init("رفعت الأعلام في اليوم الوطني السعودي.", "اليوم الوطني السعودي", "2019-09-23", on: "2019-09-25"),
        .init("ألقى الأمير كلمة في العيد الوطني الكويتي.", "العيد الوطني الكويتي", "2019-02-25", on: "2019-02-27"),
        .init("احتفل الإيرانيون بعيد النوروز.", "عيد النوروز", "2019-03-21", on: "2019-03-25"),
        .init("أقامت أنقرة عرضا في عيد الجمهورية في تركيا.", "عيد الجمهورية في تركيا", "2019-10-29", on: "2019-11-02"),
        .init("زار المسجد في عيد الفطر الماضي.", "عيد الفطر الماضي", "2019-06-04", on: "2019-09-01"),
        .init("سيعلن العفو قبل عيد الأضحى المقبل.", "عيد الأضحى المقبل", "2019-08-11", on: "2019-03-14"),
        .init("تراجعت الهجمات خلال شهر رمضان الماضي.", "شهر رمضان الماضي", "2018-05-16/2018-06-14", on: "2019-03-14"),
        .init("قتل العشرات في شهر رمضان من عام 2016.", "شهر رمضان من عام 2016", "2016-06-06/2016-07-05"),
        .init("خرجت مسيرات في عيد العمال.", "عيد العمال", "2019-05-01", on: "2019-05-03"),
        .init("أقيم حفل بمناسبة عيد الأم.", "عيد الأم", "2019-03-21", on: "2019-03-25"),
    ]

    static let english: [TimexCase] = [
        .init("Prisoners were swapped during Eid al-Fitr.", "Eid al-Fitr", "2019-06-04", on: "2019-06-10"),
        .init("A truce was declared for Eid al-Adha 2018.", "Eid al-Adha 2018", "2018-08-21"),
        .init("Fighting paused at the start of Ramadan.", "the start of Ramadan", "2019-05-06", on: "2019-05-10"),
        .init("Shops closed on Christmas Day.", "Christmas Day", "2018-12-25", on: "2018-12-27"),
        .init("Attacks rose over Easter 2019.", "Easter 2019", "2019-04-21"),
        .init("Churches were full for Orthodox Christmas.", "Orthodox Christmas", "2019-01-07", on: "2019-01-09"),
        .init("Fireworks were launched on New Year's Day.", "New Year's Day", "2019-01-01", on: "2019-01-03"),
        .init("Flags flew on Saudi National Day.", "Saudi National Day", "2019-09-23", on: "2019-09-24"),
        .init("Crowds gathered for Turkish Republic Day.", "Turkish Republic Day", "2019-10-29", on: "2019-10-30"),
        .init("Families travelled for Nowruz.", "Nowruz", "2019-03-21", on: "2019-03-25"),
        .init("Sirens sounded on Israeli Independence Day.", "Israeli Independence Day", "2020-04-29", on: "2020-05-01"),
        .init("Markets closed for the Islamic New Year.", "the Islamic New Year", "2019-08-31", on: "2019-09-05"),
        .init("Crowds marked the Prophet's birthday.", "the Prophet's birthday", "2019-11-09", on: "2019-11-12"),
        .init("Worshippers gathered on Easter Sunday.", "Easter Sunday", "2021-04-04", on: "2021-04-06"),
        .init("An amnesty is expected before next Eid al-Fitr.", "next Eid al-Fitr", "2019-06-04"),
        .init("Attacks fell during Ramadan.", "Ramadan", "2019-05-06/2019-06-03", on: "2019-06-20"),
        .init("The offensive began in the holy month of Ramadan in 2016.", "the holy month of Ramadan in 2016", "2016-06-06/2016-07-05"),
        .init("Unions marched on May Day.", "May Day", "2019-05-01", on: "2019-05-02"),
        .init("Rallies were held on International Women's Day.", "International Women's Day", "2019-03-08", on: "2019-03-09"),
    ]
}

/// Kind 1: numeric dates in every common order and separator, with two- and four-digit years
/// and Arabic-Indic digits. Day and month are read by validity first, then by the order the
/// article itself uses, then by the language's usual order (day first in Arabic, month first
/// in English).
enum NumericDateCases {
    static let arabic: [TimexCase] = [
        .init("وقّع الطرفان الاتفاق في ٢٠١٩/٠٣/١٤ بالعاصمة.", "٢٠١٩/٠٣/١٤", "2019-03-14"),
        .init("صدر المرسوم بتاريخ 14/3/2019 عن الرئاسة.", "14/3/2019", "2019-03-14"),
        .init("وصلت الشحنة في 5-11-2018 إلى الميناء.", "5-11-2018", "2018-11-05"),
        .init("أعلنت الوزارة في 7.2.2017 نتائج التحقيق.", "7.2.2017", "2017-02-07"),
        .init("جرت الانتخابات في 14/03/19 وسط إقبال ضعيف.", "14/03/19", "2019-03-14", on: "2019-03-20"),
        .init("افتتح المعبر يوم 14-3 بحضور المحافظ.", "يوم 14-3", "2019-03-14", on: "2019-03-20"),
        .init("ويعود تاريخ الرسالة إلى ٢٢/١٠/٢٠٢٠ بحسب الأرشيف.", "٢٢/١٠/٢٠٢٠", "2020-10-22"),
        .init("في 2018-12-31 أغلقت الحدود.", "2018-12-31", "2018-12-31"),
        .init("سلّم الجيش المواقع في 3/4/2016 إلى الشرطة.", "3/4/2016", "2016-04-03"),
        .init("أطلق سراحه في 9/6 بعد وساطة.", "9/6", "2019-06-09", on: "2019-07-01"),
        .init("نشرت الصحيفة الوثيقة في 30.09.2015 كاملة.", "30.09.2015", "2015-09-30"),
        .init("جرى التوقيع في 2017.05.08 في الدوحة.", "2017.05.08", "2017-05-08"),
        .init("وقعت الحادثة في ١٤/٣/١٨ قرب الحدود.", "١٤/٣/١٨", "2018-03-14"),
        .init("تنتهي المهلة في 01/02/2020 عند منتصف النهار.", "01/02/2020", "2020-02-01"),
        .init("عثر على رسالة مؤرخة في ١/٢/٩٩ في الأرشيف.", "١/٢/٩٩", "1999-02-01"),
        .init("جرى التصويت يوم الخميس 14.3 بمشاركة 1.5 مليون ناخب.", "يوم الخميس 14.3", "2019-03-14", on: "2019-03-20"),
    ]

    static let english: [TimexCase] = [
        .init("The memo is dated 3/14/2019 and signed by the minister.", "3/14/2019", "2019-03-14"),
        .init("The ceasefire took effect on 14/3/2019 at dawn.", "14/3/2019", "2019-03-14"),
        .init("Elections were held on 2018-11-06 across the state.", "2018-11-06", "2018-11-06"),
        .init("The letter was sent on 2019/03/14 by courier.", "2019/03/14", "2019-03-14"),
        .init("Police said the raid took place on 04/05/2019 before dawn.", "04/05/2019", "2019-04-05"),
        .init("On 14 March officials met again. The decree of 04/05/2019 was cited.", "04/05/2019", "2019-05-04"),
        .init("On March 14 officials met again. The decree of 04/05/2019 was cited.", "04/05/2019", "2019-04-05"),
        .init("The court ruled on 12.03.2019 that the ban was legal.", "12.03.2019", "2019-03-12"),
        .init("The deadline was 11/30/19, officials said.", "11/30/19", "2019-11-30"),
        .init("The bill passed on 3/14 with a narrow margin.", "3/14", "2019-03-14", on: "2019-03-20"),
        .init("Trading resumed on 2019.03.14 after a pause.", "2019.03.14", "2019-03-14"),
        .init("The strike began on 14-03-2019, the union said.", "14-03-2019", "2019-03-14"),
        .init("The statement, dated 07/04/2018, was leaked.", "07/04/2018", "2018-07-04"),
        .init("Results came out on 5/6, the commission said.", "5/6", "2019-05-06", on: "2019-05-20"),
        .init("Flights stopped on ٢٠١٩/٠٣/١٠ and resumed later.", "٢٠١٩/٠٣/١٠", "2019-03-10"),
        .init("The letter dated 1/2/99 was found in the archive.", "1/2/99", "1999-01-02"),
        .init("The vote on Thursday 3.14 drew 1.5 million voters.", "Thursday 3.14", "2019-03-14", on: "2019-03-20"),
    ]
}

/// Kind 6: times of day with their dates: clock hours in words and digits, 12- and 24-hour
/// clocks, GMT and offsets, midnight and noon, parts of the day with a day.
enum TimeOfDayCases {
    static let arabic: [TimexCase] = [
        .init("انفجرت العبوة الساعة الثالثة عصرا.", "الساعة الثالثة عصرا", "2019-03-14T15:00"),
        .init("بدأ حظر التجول عند منتصف الليل.", "منتصف الليل", "2019-03-14T24:00"),
        .init("وقع الهجوم الساعة 14:30 بالتوقيت المحلي.", "الساعة 14:30 بالتوقيت المحلي", "2019-03-14T14:30"),
        .init("وصل الموكب في الساعة العاشرة صباحا.", "الساعة العاشرة صباحا", "2019-03-14T10:00"),
        .init("أطلقت الصواريخ الساعة الحادية عشرة ليلا.", "الساعة الحادية عشرة ليلا", "2019-03-14T23:00"),
        .init("اندلع الحريق في الساعة الثانية والنصف فجرا.", "الساعة الثانية والنصف فجرا", "2019-03-14T02:30"),
        .init("بدأت الجلسة الساعة 9 صباح الخميس.", "الساعة 9 صباح الخميس", "2019-03-14T09:00"),
        .init("سمع دوي انفجار الساعة 6:15 مساء أمس.", "الساعة 6:15 مساء أمس", "2019-03-13T18:15"),
        .init("أقلعت الطائرة الساعة 04:00 بتوقيت غرينتش.", "الساعة 04:00 بتوقيت غرينتش", "2019-03-14T04:00Z"),
        .init("انتهى الاجتماع الساعة الخامسة من مساء الجمعة.", "الساعة الخامسة من مساء الجمعة", "2019-03-08T17:00"),
        .init("شنت الطائرات غارات فجر الجمعة.", "فجر الجمعة", "2019-03-08"),
        .init("أغلق المطار الساعة 23:45 بتوقيت غرينتش.", "الساعة 23:45 بتوقيت غرينتش", "2019-03-14T23:45Z"),
        .init("عاد الهدوء عند الساعة السابعة والربع صباحا.", "الساعة السابعة والربع صباحا", "2019-03-14T07:15"),
    ]

    static let english: [TimexCase] = [
        .init("The blast hit at 3 p.m. local time.", "3 p.m. local time", "2019-03-14T15:00"),
        .init("Curfew began at midnight.", "midnight", "2019-03-14T24:00"),
        .init("The convoy left at 14:30 under escort.", "14:30", "2019-03-14T14:30"),
        .init("Shelling resumed shortly after dawn on Friday.", "dawn on Friday", "2019-03-08"),
        .init("The polls closed at 8 pm on Tuesday.", "8 pm on Tuesday", "2019-03-12T20:00"),
        .init("Rockets fell at 0400 GMT near the port.", "0400 GMT", "2019-03-14T04:00Z"),
        .init("The meeting started at 10:00 GMT+3.", "10:00 GMT+3", "2019-03-14T10:00+03:00"),
        .init("He spoke at 9:15 am yesterday.", "9:15 am yesterday", "2019-03-13T09:15"),
        .init("Explosions were heard at noon.", "noon", "2019-03-14T12:00"),
        .init("At 11 o'clock the crowd dispersed.", "11 o'clock", "2019-03-14T11:00"),
        .init("The strike happened at 2:30 a.m. on March 10.", "2:30 a.m. on March 10", "2019-03-10T02:30"),
        .init("Polls open at 7 a.m. tomorrow.", "7 a.m. tomorrow", "2019-03-15T07:00"),
        .init("Sirens sounded at 23:10 GMT on Wednesday.", "23:10 GMT on Wednesday", "2019-03-13T23:10Z"),
    ]
}

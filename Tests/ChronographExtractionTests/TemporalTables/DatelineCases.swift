/// Kind 8: datelines. A dateline at the head of an article whose date differs from the
/// publication date anchors the relative expressions of the article; a date elsewhere does
/// not. A night that spans two days (`ليلة الأربعاء-الخميس`) is one span. Published on
/// Thursday 14 March 2019 unless the case says otherwise.
enum DatelineCases {
    static let arabic: [TimexCase] = [
        .init("دمشق، 12 آذار 2019 (سانا) - قال مسؤول أمس إن الطريق فتح.", "أمس", "2019-03-11"),
        .init("دمشق، 12 آذار 2019 (سانا) - قال مسؤول أمس إن الطريق فتح.", "12 آذار 2019", "2019-03-12"),
        .init("بيروت - 10 آذار: أعلن الجيش اليوم انتهاء العملية.", "اليوم", "2019-03-10"),
        .init("القاهرة في 8 مارس - يصل الوفد غدا إلى الخرطوم.", "غدا", "2019-03-09"),
        .init("عمان، الأحد 10 آذار 2019 - قال الوزير يوم الخميس إن المحادثات انتهت.", "يوم الخميس", "2019-03-07"),
        .init("الرباط، 5 آذار - أكد الوزير أمس دعم الخطة.", "أمس", "2019-03-04"),
        .init("بغداد، 14 آذار - قال مسؤول أمس إن الحدود أغلقت.", "أمس", "2019-03-13"),
        .init("قال الوزير إنه زار دمشق في 2 آذار 2019. وأكد اليوم أن الزيارة نجحت.", "اليوم", "2019-03-14"),
        .init("الخرطوم 2019/03/09 - أفاد شهود أمس بسماع إطلاق نار.", "أمس", "2019-03-08"),
        .init("قصفت الطائرات البلدة ليلة الأربعاء-الخميس.", "ليلة الأربعاء-الخميس", "2019-03-13/2019-03-14", on: "2019-03-15"),
        .init("سقطت قذائف على الحي ليلة السبت - الأحد.", "ليلة السبت - الأحد", "2019-03-09/2019-03-10"),
        .init("دوت انفجارات في المدينة ليل الثلاثاء الأربعاء.", "ليل الثلاثاء الأربعاء", "2019-03-12/2019-03-13"),
        .init("هدنة في الجنوب\nغزة، 11 آذار 2019 - أعلن الوسطاء اليوم اتفاقا.", "اليوم", "2019-03-11"),
        .init("تونس، 7 آذار - تنطلق المفاوضات الأسبوع المقبل.", "الأسبوع المقبل", "2019-W11"),
    ]

    static let english: [TimexCase] = [
        .init("BEIRUT, March 12 (Reuters) - Officials said yesterday that the road had reopened.", "yesterday", "2019-03-11"),
        .init("BEIRUT, March 12 (Reuters) - Officials said yesterday that the road had reopened.", "March 12", "2019-03-12"),
        .init("GENEVA, 10 March 2019 - Envoys met today behind closed doors.", "today", "2019-03-10"),
        .init("CAIRO, March 8 (AP) - The delegation arrives tomorrow.", "tomorrow", "2019-03-09"),
        .init("ANKARA, Sunday March 10, 2019 - Officials said on Thursday the talks ended.", "Thursday", "2019-03-07"),
        .init("LONDON, 9 March - Ministers met last week to discuss the plan.", "last week", "2019-W09"),
        .init("TEHRAN, March 11 (AFP) - Iran said yesterday it would respond.", "yesterday", "2019-03-10"),
        .init("DUBAI, 2019-03-09 - Ships were seized the day before yesterday.", "the day before yesterday", "2019-03-07"),
        .init("The minister said he visited Kabul on 2 March 2019. Today he praised the visit.", "Today", "2019-03-14"),
        .init("Jets struck the town on Wednesday-Thursday night.", "Wednesday-Thursday night", "2019-03-13/2019-03-14", on: "2019-03-15"),
        .init("Shells hit the district overnight Saturday-Sunday.", "Saturday-Sunday", "2019-03-09/2019-03-10"),
        .init("Truce in the south\nGAZA, 11 March 2019 - Mediators announced a deal today.", "today", "2019-03-11"),
        .init("BAGHDAD, March 14 (Reuters) - Officials said yesterday the border was shut.", "yesterday", "2019-03-13"),
    ]
}

/// Kind 4: vague past and future. `a few months ago` and `قبل بضعة أيام` refer to a time
/// (PAST_REF); `for a few days` and `لمدة بضعة أيام` stay durations (PXD).
enum VagueReferenceCases {
    static let arabic: [TimexCase] = [
        .init("زار المسؤول المنطقة قبل بضعة أيام.", "قبل بضعة أيام", "PAST_REF"),
        .init("بدأت الاحتجاجات منذ أسابيع في الجنوب.", "أسابيع", "PAST_REF"),
        .init("اعتقل الصحفي قبل أشهر دون محاكمة.", "قبل أشهر", "PAST_REF"),
        .init("تصاعد التوتر في السنوات الأخيرة.", "السنوات الأخيرة", "PAST_REF"),
        .init("ستنتهي الأزمة في الأيام المقبلة.", "الأيام المقبلة", "FUTURE_REF"),
        .init("بقي المعبر مغلقا لمدة بضعة أيام.", "بضعة أيام", "PXD"),
        .init("استمرت المحادثات عدة أسابيع.", "عدة أسابيع", "PXW"),
        .init("قبل سنوات، كانت المدينة هادئة.", "قبل سنوات", "PAST_REF"),
        .init("وقعت اشتباكات قبل بضع ساعات قرب المطار.", "قبل بضع ساعات", "PAST_REF"),
        .init("ظل الحي محاصرا لبضعة أشهر.", "بضعة أشهر", "PXM"),
        .init("سيزور المبعوث المنطقة خلال الأسابيع القليلة المقبلة.", "الأسابيع القليلة المقبلة", "FUTURE_REF"),
        .init("في الآونة الأخيرة تراجعت الهجمات.", "الآونة الأخيرة", "PAST_REF"),
        .init("غادر البلاد قبل عدة سنوات.", "قبل عدة سنوات", "PAST_REF"),
        .init("تحسن الوضع الأمني في الفترة الأخيرة.", "الفترة الأخيرة", "PAST_REF"),
    ]

    static let english: [TimexCase] = [
        .init("The plan was announced a few months ago.", "a few months ago", "PAST_REF"),
        .init("Violence has risen in recent years.", "recent years", "PAST_REF"),
        .init("He was arrested weeks ago in the capital.", "weeks ago", "PAST_REF"),
        .init("The crossing stayed closed for a few days.", "a few days", "PXD"),
        .init("Talks lasted several weeks.", "several weeks", "PXW"),
        .init("Years ago, the town was quiet.", "Years ago", "PAST_REF"),
        .init("The envoy will visit in the coming days.", "the coming days", "FUTURE_REF"),
        .init("A few weeks ago, the border reopened.", "A few weeks ago", "PAST_REF"),
        .init("The siege lasted for months.", "months", "PXM"),
        .init("The group has grown in the past few years.", "the past few years", "PAST_REF"),
        .init("Officials met several days ago.", "several days ago", "PAST_REF"),
        .init("Fighting continued for a few hours.", "a few hours", "PTXH"),
        .init("The talks may resume in the coming weeks.", "the coming weeks", "FUTURE_REF"),
    ]
}

import ChronographCore

/// Infers the publication date of an article that does not give one: the first full date in
/// the text, or a weekday with a day and month, whose weekday fixes the year.
enum PublicationDate {
    static func infer(_ mentions: [TemporalMention], today: CivilDate) -> CivilDate? {
        for m in mentions where m.kind == "date" || m.kind == "date_us" {
            let s = m.slots
            guard let day = s["day"].flatMap({ Int($0) }) ?? s["ordinal"].flatMap({ Int($0) }),
                let month = s["month"].flatMap({ Int($0) }) ?? s["monthnum"].flatMap({ Int($0) })
            else { continue }
            if let y = s["year"].flatMap({ Int($0) }) {
                if CivilDate.isValid(y, month, day) { return CivilDate(y, month, day) }
                continue
            }
            if let wd = s["weekday"].flatMap({ Int($0) }) {
                var y = today.year
                while y > today.year - 60 {
                    if CivilDate.isValid(y, month, day) {
                        let d = CivilDate(y, month, day)
                        if d <= today && d.isoWeekday == wd { return d }
                    }
                    y -= 1
                }
            }
        }
        return nil
    }
}

import ChronographCore

extension ActorDictionary {
    /// The payloads of one phrase, a name that several people share first given to whoever was
    /// in office nearest the day (الحريري in 2018 is Saad Hariri, in 2003 Rafic Hariri). Other
    /// payloads keep their order; without a day, or when the people have no dated roles, the
    /// dictionary order stands.
    func byTenure(_ payloads: [Int32], on day: CivilDate?) -> [Int32] {
        guard let day, payloads.count > 1 else { return payloads }
        func distance(_ p: Int32) -> Int {
            guard case .alias(let e) = phrases[Int(p)], entries[e].type == .person, let roles = entries[e].roles, !roles.isEmpty else { return Int.max }
            let d = day.dayNumber
            return roles.map { r in
                let from = r.from.flatMap(CivilDate.init(iso:))?.dayNumber ?? Int.min
                let to = r.to.flatMap(CivilDate.init(iso:))?.dayNumber ?? Int.max
                return d < from ? from - d : d > to ? d - to : 0
            }.min() ?? Int.max
        }
        let people = payloads.map { (payload: $0, distance: distance($0)) }.filter { $0.distance != Int.max }
        guard people.count > 1, let nearest = people.min(by: { $0.distance < $1.distance })?.payload else { return payloads }
        return [nearest] + payloads.filter { $0 != nearest }
    }
}

/// Where mentions start and end, by token, and which tokens they cover: what the passes that
/// complete or regroup mentions (institutions, groups) look up.
struct MentionIndex {
    var byStart: [Int: Int] = [:]
    var byEnd: [Int: Int] = [:]
    var covered = Set<Int>()

    init(_ mentions: [ActorMention]) {
        for (k, m) in mentions.enumerated() {
            byStart[m.tokens.lowerBound] = k
            byEnd[m.tokens.upperBound] = k
            covered.formUnion(m.tokens)
        }
    }
}

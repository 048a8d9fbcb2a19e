import ChronographCore

/// What the events of one sentence say about each other, once each has its own roles: claims
/// inside an accusation, force verbs and victims that belong to the force noun of the sentence,
/// subjects carried from the sentence before, and accusations implied by a reason.
extension EventTagger {
    /// CAMEO 112, accuse: what an accuser says was done is alleged.
    private static let accusation = CameoCode("112")!

    /// An act of force with no agent of its own is the force noun's: its agent, and, for a death
    /// (18), its code too (killed in an air strike is the strike, 19, whatever the victim).
    private func takeAgent(of force: EventMention, into ev: inout EventMention) {
        ev.source = force.source.filter { !ev.target.contains($0) }
        if ev.isIn(.assault), !force.isIn(.assault) { ev.code = force.code }
    }

    func applySentenceRules(_ found: inout [EventMention], lastSubject: [Int], sentence: Sentence, _ text: AnalyzedText) {
        // What an accuser says was done (accused X of killing, اتهمت X بقتل) is alleged.
        for j in found.indices {
            let t = found[j].trigger.lowerBound
            if found.contains(where: { ($0.cameo?.isWithin(Self.accusation) ?? false) && $0.trigger.upperBound <= t && t - $0.trigger.upperBound <= 6 }) {
                found[j].modality = .alleged
            }
        }
        // What an appeal or a demand asks for (urged Iran to release the crew, دعت مصر الطرفين
        // إلى وقف القتال) is requested, not coded as done.
        for j in found.indices where found[j].trigger.lowerBound > sentence.tokens.lowerBound {
            let t = found[j].trigger.lowerBound
            guard text.reads(t - 1, as: model.requestMarkers) else { continue }
            if found.contains(where: { $0.isIn(.appeal, .demand) && $0.trigger.upperBound < t && t - $0.trigger.upperBound <= 8 }) {
                found[j].modality = .requested
            }
        }
        // A force verb with no subject of its own acts for the force noun of its sentence
        // (غارات إسرائيلية استهدفت مستودعات, قتل جنود في غارات إسرائيلية); otherwise Arabic
        // carries the last subject.
        let forceNoun = found.first { $0.nominal && !$0.source.isEmpty && Self.isForce($0.code) }
        for j in found.indices where found[j].participle && !found[j].nominal && Self.isForce(found[j].code) {
            // "strikes ... targeting X": the participle continues the force noun before it.
            if let n = forceNoun, n.trigger.upperBound <= found[j].trigger.lowerBound {
                found[j].source = n.source.filter { !found[j].target.contains($0) }
            }
        }
        // The death of X in a raid by Y (مقتل ثلاثة من عناصر X في غارة شنتها طائرة Y): Y did it.
        // A death told with the raid that caused it is that raid: it takes the raid's code too
        // (killed in an air strike is an air strike, 19, whatever the victim).
        for j in found.indices where found[j].source.isEmpty && found[j].nominal && !found[j].target.isEmpty && Self.isForce(found[j].code) {
            if let n = forceNoun { takeAgent(of: n, into: &found[j]) }
        }
        for j in found.indices where found[j].source.isEmpty && !found[j].nominal {
            if let n = forceNoun, Self.isForce(found[j].code) {
                takeAgent(of: n, into: &found[j])
            } else if !found[j].passive && !found[j].relative && !lastSubject.isEmpty && canCarry(at: found[j].trigger.lowerBound, in: sentence, text) {
                found[j].source = lastSubject.filter { !found[j].target.contains($0) }
                found[j].carried = true
            }
        }
        found.removeAll { $0.source.isEmpty }
        // Cutting ties or coercing "because of" what the target did accuses it (قطعت البحرين
        // العلاقات مع قطر بسبب تدخلها): one accusation, source to target, from the same words.
        for ev in found where ev.isIn(.reduceRelations, .coerce) && !ev.target.isEmpty {
            guard let cue = reasonCue(after: ev.trigger.upperBound, in: sentence, text) else { continue }
            var accusation = ev
            accusation.code = Self.accusation.value
            accusation.trigger = cue..<(cue + 1)
            accusation.nominal = true
            found.append(accusation)
        }
    }
}

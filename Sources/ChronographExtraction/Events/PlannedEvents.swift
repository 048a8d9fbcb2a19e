import ChronographCore

/// An event that is planned, not done, is coded as the intent to do it (CAMEO 03 for
/// cooperation, 13 for conflict): "سيزور" is an intent to visit (036), not a visit.
enum PlannedEvents {
    static func code(for code: String, modality: Modality) -> String {
        guard modality == .planned else { return code }
        switch code.prefix(2) {
        case "04": return "036"
        case "05", "06": return "030"
        case "07": return "033"
        case "08": return "035"
        case "15", "16", "17", "18", "19", "20": return "138"
        default: return code
        }
    }
}

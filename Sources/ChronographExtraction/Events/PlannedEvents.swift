import ChronographCore

/// An event that is planned, not done, is coded as the intent to do it, as the codebook gives
/// it (`intent` in cameo.tsv): "سيزور" is an intent to visit (036), not a visit.
enum PlannedEvents {
    static func code(for code: String, modality: Modality) -> String {
        guard modality == .planned, let c = CameoCode(code) else { return code }
        return c.intent.value
    }
}

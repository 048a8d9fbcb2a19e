import ChronographCore

/// An event found in one sentence, before dating: the trigger, its code, and the actor
/// mentions (indices into the article's mentions) that fill its roles.
struct EventMention: Sendable {
    var trigger: Range<Int>
    var sentence: Int
    var code: String
    var source: [Int]
    var target: [Int]
    var modality: Modality
    /// The source was carried from an earlier sentence, not read in this one.
    var carried = false
    /// For force with no actor as target: the country of the place struck (an entry index).
    var placeTarget: Int? = nil
    /// The trigger is a noun (غارة, airstrikes), not a verb.
    var nominal = false
    /// A verb read as passive (قتل عشرة جنود, were killed): its subject is the target.
    var passive = false
    /// An English participle (fighting, targeting): no subject but the noun it follows.
    var participle = false
    /// A verb opening a relative clause whose noun is no actor (المسلحون الذين هاجموا): its
    /// subject is that noun, so none is carried from elsewhere.
    var relative = false
    /// The actor written inside a phrase trigger (حملت إسرائيل المسؤولية), if any.
    var inner: Range<Int>? = nil

    /// The code, typed; nil only for a code the resources did not validate.
    var cameo: CameoCode? { CameoCode(code) }
    /// Whether the code falls under one of these roots.
    func isIn(_ roots: CameoRoot...) -> Bool { cameo.map { roots.contains($0.root) } ?? false }
}

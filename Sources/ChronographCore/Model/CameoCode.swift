/// A CAMEO event code (`043`, `19`, `1823`): two to four digits, its root the first two. Its
/// traits (label, Goldstein value, quad class, verbal or material, force, PLOVER category, the
/// intent to do it) come from the codebook, `cameo.tsv`; "is this code under that one" is
/// `isWithin`, the one prefix test on codes.
public struct CameoCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// A code as written; nil unless it is 2 to 4 ASCII digits with a root from 01 to 20.
    public init?(_ value: String) {
        guard (2...4).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isNumber }),
            let r = Int(value.prefix(2)), (1...20).contains(r)
        else { return nil }
        self.value = value
    }

    public var description: String { value }
    public static func < (a: CameoCode, b: CameoCode) -> Bool { a.value < b.value }

    /// The two-digit root.
    public var root: CameoRoot { CameoRoot(rawValue: Int(value.prefix(2))!)! }

    /// Whether this code is the other one or one of its refinements (`0431` within `04`).
    public func isWithin(_ other: CameoCode) -> Bool { value.hasPrefix(other.value) }

    /// Whether this code falls under one of these roots.
    public func isIn(_ roots: CameoRoot...) -> Bool { roots.contains(root) }

    /// The codebook's entry for the code, or for its nearest listed ancestor.
    public var traits: CameoTraits? { CameoCodebook.standard.traits(of: value) }

    /// The quad class from the codebook: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public var quadClass: Int { traits?.quad ?? 1 }
    /// Cooperation (quad 1 and 2) rather than conflict.
    public var isCooperation: Bool { quadClass <= 2 }
    /// Words (quad 1 and 3) rather than deeds.
    public var isVerbal: Bool { quadClass == 1 || quadClass == 3 }
    /// Deeds (quad 2 and 4).
    public var isMaterial: Bool { !isVerbal }
    /// The use of force (the codebook's `force` column: assault, fight, mass violence).
    public var isForce: Bool { traits?.force ?? false }
    /// What a planned event of this kind is coded as (the intent to do it); itself when none.
    public var intent: CameoCode { traits?.intent.flatMap(CameoCode.init) ?? self }
}

/// The twenty CAMEO roots, by name, so rules say `.fight` rather than `"19"`.
public enum CameoRoot: Int, Sendable, CaseIterable {
    case makePublicStatement = 1, appeal, expressIntentToCooperate, consult, engageInDiplomaticCooperation
    case engageInMaterialCooperation, provideAid, yield, investigate, demand
    case disapprove, reject, threaten, protest, exhibitForcePosture
    case reduceRelations, coerce, assault, fight, useUnconventionalMassViolence

    /// The root as a code (`19`).
    public var code: CameoCode { CameoCode(rawValue < 10 ? "0\(rawValue)" : "\(rawValue)")! }
}

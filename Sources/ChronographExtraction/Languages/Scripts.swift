/// The scripts of the shipped languages: how their scalars fold for matching, and their
/// punctuation. `Folding`, the tokenizer and the sentence splitter read these tables.
public enum Scripts {
    /// How one block of scalars folds: nil drops the scalar, a value replaces it.
    public struct FoldingRule: Sendable {
        public var range: ClosedRange<UInt32>
        public var fold: @Sendable (UInt32) -> UInt32?
    }

    /// The folding rules of the shipped scripts, each over its own block.
    static let folding: [FoldingRule] = [ArabicScript.folding, LatinScript.folding]

    /// The scorer's (`score.py`) folding of a scalar before comparing names: Arabic marks
    /// dropped and alef forms, ى, ة folded (nil: dropped). Other scalars are kept.
    public static func scoringFold(_ v: UInt32) -> UInt32? {
        ArabicScript.block.contains(v) ? ArabicScript.scoringFold(v) : v
    }

    /// Commas of every shipped script (, ،).
    public static let commas: Set<UInt32> = [0x2C, ArabicScript.comma]
    /// Marks that end a sentence whatever follows (! ? …, ؟).
    public static let sentenceEnds: Set<UInt32> = [0x21, 0x3F, 0x2026, ArabicScript.questionMark]
    /// Full stops, which may also close an abbreviation (. ۔).
    public static let fullStops: Set<UInt32> = [0x2E, ArabicScript.fullStop]
    /// Marks that separate clauses inside a sentence (, ، ; ؛).
    public static let clauseSeparators: Set<UInt32> = [0x2C, ArabicScript.comma, 0x3B, ArabicScript.semicolon]
}

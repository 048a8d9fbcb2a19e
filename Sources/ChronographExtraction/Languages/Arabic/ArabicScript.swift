/// The Arabic script: its letters by name, how it folds for matching and its punctuation.
public enum ArabicScript {
    public static let hamza: UInt32 = 0x0621, alef: UInt32 = 0x0627, ba: UInt32 = 0x0628, taMarbuta: UInt32 = 0x0629
    public static let ta: UInt32 = 0x062A, sin: UInt32 = 0x0633, fa: UInt32 = 0x0641, kaf: UInt32 = 0x0643
    public static let lam: UInt32 = 0x0644, mim: UInt32 = 0x0645, nun: UInt32 = 0x0646, ha: UInt32 = 0x0647
    public static let waw: UInt32 = 0x0648, alefMaqsura: UInt32 = 0x0649, ya: UInt32 = 0x064A, tatweel: UInt32 = 0x0640
    public static let comma: UInt32 = 0x060C, semicolon: UInt32 = 0x061B, questionMark: UInt32 = 0x061F, fullStop: UInt32 = 0x06D4

    /// The block of the script.
    public static let block: ClosedRange<UInt32> = 0x0600...0x06FF

    /// Whether a folded scalar is an Arabic letter.
    @inline(__always) public static func isLetter(_ v: UInt32) -> Bool {
        (hamza...ya).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
    }

    /// Whether a scalar is a mark that matching ignores (harakat, tanween, shadda, Quranic marks, tatweel).
    @inline(__always) public static func isMark(_ v: UInt32) -> Bool {
        (0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v) || v == tatweel
    }

    /// Whether a scalar is a haraka, tanween, shadda or sukun (U+064B…U+065F).
    @inline(__always) public static func isHaraka(_ v: UInt32) -> Bool { (0x064B...0x065F).contains(v) }

    /// `score.py`'s folding: marks dropped (nil), alef forms → ا, ى → ي, ة → ه.
    static func scoringFold(_ v: UInt32) -> UInt32? {
        if isMark(v) { return nil }
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return alef
        case alefMaqsura: return ya
        case taMarbuta: return ha
        default: return v
        }
    }

    /// Folding for matching: marks dropped, alef forms → ا, ى and Persian ی → ي, ة → ه,
    /// Persian ک → ك, Arabic-Indic and Persian digits → ASCII.
    static let folding = Scripts.FoldingRule(range: block) { v in
        if isMark(v) { return nil }
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return alef
        case alefMaqsura, 0x06CC: return ya
        case taMarbuta: return ha
        case 0x06A9: return kaf
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        default: return v
        }
    }
}

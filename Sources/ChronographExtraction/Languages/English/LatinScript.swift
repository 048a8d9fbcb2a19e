/// The Latin script: its letters and how they fold for matching (lowercased, accents dropped).
public enum LatinScript {
    /// Whether a folded scalar is a Latin letter (after folding, lowercase ASCII and Latin-1/Extended-A/B).
    @inline(__always) public static func isLetter(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0xDF && v <= 0x24F && v != 0xF7)
    }

    /// Folding of Latin-1: lowercase, without accents.
    static let folding = Scripts.FoldingRule(range: 0x00C0...0x00FF) { v in latin1[Int(v - 0xC0)] }

    private static let latin1: [UInt32] = {
        let map = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" + "aaaaaaaceeeeiiiidnooooo/ouuuuyty"
        return map.unicodeScalars.map { $0.value }
    }()
}

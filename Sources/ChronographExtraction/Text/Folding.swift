/// Folding for matching (never for display): ASCII lowercased, marks and invisible format
/// characters dropped, typographic apostrophes made ASCII, and each shipped script folded by its
/// own rule (`Scripts.folding`: Arabic letter variants unified, Latin accents dropped, digits to
/// ASCII). Returns nil for scalars that matching ignores.
public enum Folding {
    @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        // ASCII, then the Basic Multilingual Plane from one table, without the chain of rules.
        if v < 0x80 { return v &- 0x41 < 26 ? v + 0x20 : v }
        if v < 0x10000 {
            let f = bmp[Int(v)]
            return f == dropped ? nil : f
        }
        return v
    }

    private static let dropped: UInt32 = 0xFFFF_FFFF

    /// `fold` of the Basic Multilingual Plane, `dropped` where the scalar is dropped.
    private static let bmp: [UInt32] = (0..<0x10000).map { foldByRules(UInt32($0)) ?? dropped }

    private static func foldByRules(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return nil
        case 0x2019, 0x2018, 0x02BC: return 0x27
        default:
            for rule in Scripts.folding where rule.range.contains(v) { return rule.fold(v) }
            return v
        }
    }

    /// Folds a whole string; used for dictionary entries and for comparing names.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let f = fold(u.value), let scalar = Unicode.Scalar(f) { out.append(scalar) }
        }
        return String(out)
    }

    @inline(__always) public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// Letters of scripts no shipped language reads (Cyrillic, Greek, Hebrew, CJK …) still form words.
    @inline(__always) public static func isOtherLetter(_ v: UInt32) -> Bool {
        (0x0370...0x052F).contains(v) || (0x05D0...0x05EA).contains(v) || (0x3040...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v)
    }
}

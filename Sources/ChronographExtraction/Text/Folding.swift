/// Arabic and Latin folding for matching (never for display): diacritics and tatweel removed,
/// alef forms → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII, Latin lowercased
/// and stripped of accents. Returns nil for scalars that matching ignores.
public enum Folding {
    @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        // ASCII and the Arabic block, nearly all of the text, without the chain of ranges.
        if v < 0x80 { return v &- 0x41 < 26 ? v + 0x20 : v }
        if v &- 0x0600 < 0x100 {
            let f = arabic[Int(v &- 0x0600)]
            return f == 0 ? nil : f
        }
        return foldByRanges(v)
    }

    /// `fold` of U+0600…U+06FF, 0 where the scalar is dropped.
    private static let arabic: [UInt32] = (0x0600..<0x0700).map { foldByRanges(UInt32($0)) ?? 0 }

    private static func foldByRanges(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return nil
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x0629: return 0x0647
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x2019, 0x2018, 0x02BC: return 0x27
        case 0x00C0...0x00FF: return latin1[Int(v - 0xC0)]
        default: return v
        }
    }

    private static let latin1: [UInt32] = {
        let map = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" + "aaaaaaaceeeeiiiidnooooo/ouuuuyty"
        return map.unicodeScalars.map { $0.value }
    }()

    /// Folds a whole string; used for dictionary entries and for comparing names.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let f = fold(u.value), let scalar = Unicode.Scalar(f) { out.append(scalar) }
        }
        return String(out)
    }

    @inline(__always) public static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
    }

    @inline(__always) public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always) public static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0xDF && v <= 0x24F && v != 0xF7)
    }

    /// Letters of other scripts (Cyrillic, Greek, Hebrew, CJK …) still form words.
    @inline(__always) public static func isOtherLetter(_ v: UInt32) -> Bool {
        (0x0370...0x052F).contains(v) || (0x05D0...0x05EA).contains(v) || (0x3040...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v)
    }
}

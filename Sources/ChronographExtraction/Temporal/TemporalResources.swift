import Foundation

/// The temporal knowledge of one language as its YAML file states it.
struct TemporalFile: Decodable {
    var words: [String: [String: [String]]]
    var cues: [String: [String]]?
    var abbreviations: [String]?
    var patterns: [PatternSpec]
    /// ISO weekday on which the week starts in this language's region (6 = Saturday).
    var week_start: Int?

    struct PatternSpec: Decodable {
        var match: String
        var kind: String
        var direction: Int?
    }
}

/// A phrase of a temporal word class with its value (`relative_day` → `-1`), as integers: the
/// class, the value interned in `TemporalModel.values`, and whether an English word of the
/// class must be capitalized (month and weekday names: "May", not "may").
struct TemporalWord: Sendable {
    var classID: Int
    var valueID: Int32
    var capitalized: Bool
}

/// One element of a temporal pattern: a word class, a built-in class or a literal word.
struct PatternElement: Sendable {
    enum Kind: Sendable {
        case wordClass(Int)
        case builtin(Builtin)
        case literal(Int32)
    }
    /// A built-in class, resolved when the pattern is compiled: a number read as a day, a month
    /// number, a year or any number (else a word of the number class), or a class of words
    /// (`month`, `weekday`, `hijri_month`; a month may be followed by its second name).
    enum Builtin: Sendable {
        case day, monthnum, year
        /// A two-digit year (`14/03/19`).
        case yy
        /// The minutes of a clock time: two digits, 00–59 (`14:30`, not the `000` of `1,000`).
        case minute
        case number(wordClass: Int)
        case words(wordClass: Int, month: Bool)
    }
    var kind: Kind
    var optional: Bool
    /// The slot's index among all slot names (see `TemporalModel.slotNames`).
    var slotID: Int
    /// In slot `_`: context that must be there but is not part of the span.
    var isContext: Bool
    /// Written `&class`: the word may carry the conjunction و (`الثاني والثالث`).
    var conjunction: Bool = false
}

/// A compiled temporal pattern and the normalizer it names.
struct TemporalPattern: Sendable {
    var elements: [PatternElement]
    var kind: String
    var direction: Int
    /// The language of the file the pattern comes from: it is tried at words of that language
    /// (and at numbers and marks), so an English pattern never reads Arabic words.
    var language: UInt8

    static let numberBit: UInt64 = 1 << 62
    static let literalBit: UInt64 = 1 << 63

    /// What can start a match, as a bit mask: the classes of the leading elements up to the
    /// first required one, a number, or a literal (then the pattern is always tried).
    var starters: UInt64 {
        var out: UInt64 = 0
        for e in elements {
            switch e.kind {
            case .wordClass(let c): out |= 1 << UInt64(c)
            case .builtin(.day), .builtin(.monthnum), .builtin(.year), .builtin(.yy), .builtin(.minute): out |= TemporalPattern.numberBit
            case .builtin(.number(let c)): out |= TemporalPattern.numberBit | 1 << UInt64(c)
            case .builtin(.words(let c, _)): out |= 1 << UInt64(c)
            case .literal: out |= TemporalPattern.literalBit
            }
            if !e.optional { break }
        }
        return out
    }
}

/// Builds the temporal words of all languages into the shared lexicon and compiles patterns.
struct TemporalModel: Sendable {
    var words: [TemporalWord] = []
    var trie = PhraseTrie()
    var patterns: [TemporalPattern] = []
    /// The starters of each pattern (see `TemporalPattern.starters`), computed once.
    private(set) var starters: [UInt64] = []
    /// For each starter bit, the patterns it can start, as a bitmap over pattern indices
    /// (`words` UInt64 per bit): the tagger ORs the rows of what a token offers.
    private(set) var patternsByStarter: [UInt64] = []
    var starterWords: Int { (patterns.count + 63) / 64 }
    /// Word classes by name; ids are bit positions in starter masks.
    private(set) var classIDs: [String: Int] = [:]
    /// Slot names by index, and word values by index, so matching copies small integers.
    private(set) var slotNames: [String] = []
    private var slotIndex: [String: Int] = [:]
    private(set) var values: [String] = [""]
    private var valueIndex: [String: Int32] = ["": 0]

    mutating func valueID(_ v: String) -> Int32 {
        if let id = valueIndex[v] { return id }
        let id = Int32(values.count)
        values.append(v)
        valueIndex[v] = id
        return id
    }

    mutating func slotID(_ name: String) -> Int {
        if let id = slotIndex[name] { return id }
        slotIndex[name] = slotNames.count
        slotNames.append(name)
        return slotNames.count - 1
    }

    mutating func classID(_ name: String) -> Int {
        if let id = classIDs[name] { return id }
        let id = classIDs.count
        precondition(id < 62, "too many temporal word classes")
        classIDs[name] = id
        return id
    }

    /// Literal words that can start a pattern (`=في@_ month`).
    private(set) var literalStarters: WordSet = []

    mutating func finish() {
        starters = patterns.map(\.starters)
        patternsByStarter = Array(repeating: 0, count: 64 * starterWords)
        for (p, mask) in starters.enumerated() {
            for bit in 0..<64 where mask & (1 << UInt64(bit)) != 0 { patternsByStarter[bit * starterWords + p / 64] |= 1 << UInt64(p % 64) }
        }
        for p in patterns {
            for e in p.elements {
                if case .literal(let id) = e.kind { literalStarters.insert(id) }
                if !e.optional { break }
            }
        }
    }
    var futureCues = CueList()
    var backgroundCues = CueList()
    var abbreviations: Set<String> = []
    /// Week starts set by the languages' temporal files (`week_start`), by language index.
    var weekStarts: [UInt8: Int] = [:]

    /// The built-in class of a pattern element's name, if it names one.
    private mutating func builtin(_ name: String) -> PatternElement.Builtin? {
        switch name {
        case "day": .day
        case "monthnum": .monthnum
        case "year": .year
        case "yy": .yy
        case "minute": .minute
        case "number": .number(wordClass: classID(name))
        case "month", "weekday", "hijri_month": .words(wordClass: classID(name), month: name == "month")
        default: nil
        }
    }

    mutating func add(_ file: TemporalFile, name: String, language: UInt8, lexicon: inout Lexicon) throws {
        for builtin in ["month", "weekday", "hijri_month", "number"] { _ = classID(builtin) }
        for (cls, values) in file.words.sorted(by: { $0.key < $1.key }) {
            for (value, phrases) in values.sorted(by: { $0.key < $1.key }) {
                for p in phrases { addWord(p, cls: cls, value: value, lexicon: &lexicon) }
            }
        }
        for p in file.patterns {
            var elements: [PatternElement] = []
            for raw in p.match.split(separator: " ") {
                var s = String(raw)
                var optional = false
                if s.hasSuffix("?") && s.count > 1 {
                    optional = true
                    s.removeLast()
                }
                let conjunction = s.hasPrefix("&")
                if conjunction { s.removeFirst() }
                var slot = s
                if let at = s.firstIndex(of: "@") {
                    slot = String(s[s.index(after: at)...])
                    s = String(s[..<at])
                }
                if s.hasPrefix("=") {
                    let word = String(s.dropFirst())
                    let ids = lexicon.internPhrase(word)
                    guard ids.count == 1 else { throw ResourceError.malformed(file: name, line: nil, reason: "literal \(s) must be one token") }
                    elements.append(
                        PatternElement(kind: .literal(ids[0]), optional: optional, slotID: slotID(slot), isContext: slot == "_", conjunction: conjunction))
                } else if let builtin = builtin(s) {
                    elements.append(
                        PatternElement(kind: .builtin(builtin), optional: optional, slotID: slotID(slot), isContext: slot == "_", conjunction: conjunction))
                } else {
                    guard file.words[s] != nil || classIDs[s].map({ c in words.contains { $0.classID == c } }) == true else {
                        throw ResourceError.malformed(file: name, line: nil, reason: "pattern '\(p.match)' names unknown class \(s)")
                    }
                    elements.append(
                        PatternElement(kind: .wordClass(classID(s)), optional: optional, slotID: slotID(slot), isContext: slot == "_", conjunction: conjunction)
                    )
                }
            }
            patterns.append(TemporalPattern(elements: elements, kind: p.kind, direction: p.direction ?? -1, language: language))
        }
        for cue in file.cues?["future"] ?? [] { futureCues.append(lexicon.internPhrase(cue)) }
        for cue in file.cues?["background"] ?? [] { backgroundCues.append(lexicon.internPhrase(cue)) }
        for a in file.abbreviations ?? [] { abbreviations.insert(Folding.fold(a)) }
        if let w = file.week_start { weekStarts[language] = w }
    }

    mutating func addWord(_ phrase: String, cls: String, value: String, lexicon: inout Lexicon) {
        let ids = lexicon.internPhrase(phrase)
        guard !ids.isEmpty else { return }
        let index = Int32(words.count)
        words.append(TemporalWord(classID: classID(cls), valueID: valueID(value), capitalized: cls == "month" || cls == "month_abbr" || cls == "weekday"))
        trie.insert(ids, payload: index)
    }

    /// Month and weekday names of each language's locales, and Hijri months in its first
    /// locale, from ICU.
    mutating func addCalendarNames(of language: any Language, lexicon: inout Lexicon) {
        let f = DateFormatter()
        let short = language.abbreviatesCalendarNames
        for locale in language.locales {
            f.locale = Locale(identifier: locale)
            f.calendar = Calendar(identifier: .gregorian)
            let monthLists = [f.monthSymbols, f.standaloneMonthSymbols, short ? f.shortMonthSymbols : nil]
            for list in monthLists.compactMap({ $0 }) {
                for (i, name) in list.enumerated() { addWord(name, cls: "month", value: String(i + 1), lexicon: &lexicon) }
            }
            // Abbreviations also as a class of their own: only they take a period (`Jan. 10`).
            if short {
                for (i, name) in f.shortMonthSymbols.enumerated() { addWord(name, cls: "month_abbr", value: String(i + 1), lexicon: &lexicon) }
            }
            let dayLists = [f.weekdaySymbols, f.standaloneWeekdaySymbols, short ? f.shortWeekdaySymbols : nil]
            for list in dayLists.compactMap({ $0 }) {
                // Foundation counts Sunday as 1; ISO counts Monday as 1.
                for (i, name) in list.enumerated() { addWord(name, cls: "weekday", value: String((i + 6) % 7 + 1), lexicon: &lexicon) }
            }
        }
        guard let first = language.locales.first else { return }
        f.locale = Locale(identifier: first)
        f.calendar = Calendar(identifier: .islamicUmmAlQura)
        for (i, name) in f.monthSymbols.enumerated() { addWord(name, cls: "hijri_month", value: String(i + 1), lexicon: &lexicon) }
    }
}

/// The kind of a token: a word (its language in `Token.language`), a number, or one punctuation mark.
public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation
}

/// A token of the folded text; `start`/`end` index the folded scalars, `origStart`/`origEnd`
/// the original text's scalars (end exclusive).
public struct Token: Sendable {
    public var start: Int32
    public var end: Int32
    public var origStart: Int32
    public var origEnd: Int32
    public var kind: TokenKind
    /// The index of a word's language in the text's `LanguageSet` (0: none it reads).
    public var language: UInt8 = 0
    /// The value of a number token (nil beyond 18 digits or for words).
    public var number: Int?
    /// Whether the original word began with an uppercase ASCII letter.
    public var capitalized: Bool
    /// Whether every letter of the original word is uppercase, in a language that writes
    /// names with capitals (`WHO`, `IS`).
    public var allCaps: Bool = false
    /// Whether white space or a line break precedes the token.
    public var spaceBefore: Bool
    public var newlineBefore: Bool

    public var isWord: Bool { kind == .word }
}

/// A sentence as a range of tokens and of original scalars.
public struct Sentence: Sendable {
    public var tokens: Range<Int>
    public var origStart: Int
    public var origEnd: Int
}

/// Sparse features as 64-bit keys: a template (what kind of evidence) mixed with up to two
/// values (a word's hash, a CAMEO root, an actor type, a distance bucket). Building a feature
/// is a few multiplications, never a String, so the learned reader costs little per candidate;
/// when names are asked for (training reports), each key also gets a readable name.
struct Features {
    private(set) var keys: [UInt64] = []
    /// Readable names of the keys, kept only when the features will be reported.
    var names: [UInt64: String]?

    init(named: Bool = false) {
        keys.reserveCapacity(64)
        names = named ? [:] : nil
    }

    /// Empties the set, keeping its storage for the next token or candidate.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        if names != nil { names = [:] }
    }

    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h
    }

    /// A feature's key for one class of a decision among classes: the class in the low byte,
    /// the feature in the rest, so the weights of every class of one feature sit together
    /// (`LinearModel.classScores`).
    @inline(__always) static func classed(_ k: UInt64, _ c: Int) -> UInt64 { classBase(k) | UInt64(c) }

    /// The part of a classed key that names the feature.
    @inline(__always) static func classBase(_ k: UInt64) -> UInt64 { mix(k, 0xC1A5_5E55) & ~0xFF }

    /// The key of a template with its values.
    static func key(_ t: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0) -> UInt64 {
        mix(mix(UInt64(t.rawValue) &+ 1, a), b)
    }

    /// Adds a feature; `name` is evaluated only when names are kept.
    mutating func add(_ t: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0, _ name: @autoclosure () -> String = "") {
        let k = Features.key(t, a, b)
        keys.append(k)
        if names != nil, names![k] == nil {
            let n = name()
            names![k] = n.isEmpty ? "\(t)" : "\(t)=\(n)"
        }
    }

    /// Adds every feature of another set with a prefix template: conjunctions such as
    /// "this word and this root" without writing each twice.
    mutating func add(conjoining other: Features, with t: FeatureTemplate, _ value: UInt64, _ name: String) {
        for k in other.keys {
            let c = Features.mix(Features.key(t, value), k)
            keys.append(c)
            if names != nil, names![c] == nil { names![c] = "\(t)=\(name)&\(other.names?[k] ?? "?")" }
        }
    }
}

/// The kinds of evidence the learned decisions weigh. The raw values are part of the model
/// file's meaning: append new templates at the end and raise `ReaderModel.featureVersion`.
enum FeatureTemplate: UInt16, CaseIterable {
    case bias
    case language
    case sourceType, targetType, typePair, noTarget, carried
    case sourceFirst, targetBeforeSource, distance, sameMentionHead
    case wordBeforeSource, wordBeforeTarget, wordAfterSource, wordAfterTarget, wordBetween
    case cliticOnTarget, sourceAdjectival, targetAdjectival
    case triggerRoot, triggerRootBetween, triggerRootBeforeSource, triggerRootAfterTarget, triggerWord, nearestTriggerRoot
    case ruleSamePair, ruleSamePairRoot, ruleReversePair, ruleSourceOnly, ruleSentenceRoot, ruleModality, ruleNone
    case negation, future, hypothetical, denial, reported, background, vague
    case sentenceWord, sentencePosition, headlineNear, actorsInSentence
    case timexOption, timexRelation, timexDistance, timexGranularity, timexNearest, timexAfterTrigger, timexValueKind
    case narrativeOption, publishedOption, noneOption, optionContinues, sentenceHasTimex
    /// (No longer used: classes are now in a key's low byte, `Features.classed`; kept so the
    /// templates after it keep their values.)
    case rootClass
    case tagWord, tagWordBefore, tagWordAfter, tagWordAround, tagAffix, tagShape, tagPreviousShape, tagDictionary, tagTitle
    case tagPrevious, tagPreviousWord
    case verbRoot, verbRootBetween, nearestVerbRoot, verbPatternRoot, verbNone
    case implicitTarget, implicitTargetRoot, carriedFrom
    case affiliatedPair, actorRank, pairSentences, shortReference
    case typePairRootBetween
}

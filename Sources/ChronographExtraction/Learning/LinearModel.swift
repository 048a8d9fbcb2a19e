/// The weights of one learned decision: a score for each sparse feature key, summed over the
/// keys of a candidate (of a candidate and a class, for decisions among classes).
struct LinearModel: Sendable {
    private var index = IntMap(capacity: 16)
    private(set) var keys: [UInt64] = []
    private(set) var weights: [Float] = []

    init() {}

    /// A model from weights, in key order (so that the same weights give the same bytes).
    init(_ table: [UInt64: Float]) {
        index = IntMap(capacity: table.count)
        for k in table.keys.sorted() where table[k]! != 0 {
            index[k] = Int32(keys.count)
            keys.append(k)
            weights.append(table[k]!)
        }
    }

    @inline(__always) func weight(_ key: UInt64) -> Float {
        guard let i = index[key] else { return 0 }
        return weights[Int(i)]
    }

    func score(_ keys: [UInt64]) -> Float {
        var s: Float = 0
        for k in keys { s += weight(k) }
        return s
    }

    /// The score of the keys conjoined with a class.
    func score(_ keys: [UInt64], class c: UInt64) -> Float {
        var s: Float = 0
        for k in keys { s += weight(Features.mix(c, k)) }
        return s
    }

    var count: Int { keys.count }

    /// The weights by key.
    var table: [UInt64: Float] { Dictionary(uniqueKeysWithValues: zip(keys, weights)) }
}

/// An averaged perceptron over ranking examples: each example is a set of options, each with
/// its features, one of which is right. Decisions among classes are rankings whose options are
/// the classes, each conjoined with the candidate's features. Examples are visited in a fixed
/// pseudo-random order, so the same data always gives the same weights.
struct Perceptron {
    struct Example {
        var options: [[UInt64]]
        var gold: Int
    }

    static func classKey(_ c: Int) -> UInt64 { Features.key(.rootClass, UInt64(c)) }

    /// The options of a decision among `classes` classes for one candidate's features.
    static func classOptions(_ keys: [UInt64], classes: Int) -> [[UInt64]] {
        (0..<classes).map { c in keys.map { Features.mix(classKey(c), $0) } }
    }

    static func train(_ examples: [Example], epochs: Int, seed: UInt64 = 0x5EED) -> LinearModel {
        var w: [UInt64: Float] = [:]
        var acc: [UInt64: Double] = [:]
        var last: [UInt64: Int] = [:]
        var t = 1
        var order = Array(examples.indices)
        var state = seed
        func touch(_ k: UInt64, _ delta: Float) {
            let old = w[k] ?? 0
            acc[k, default: 0] += Double(old) * Double(t - (last[k] ?? t))
            last[k] = t
            w[k] = old + delta
        }
        for _ in 0..<epochs {
            // Fisher-Yates with a 64-bit LCG: deterministic across runs and machines.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            for e in order {
                let ex = examples[e]
                var best = 0
                var bestScore = -Float.infinity
                for (o, keys) in ex.options.enumerated() {
                    var s: Float = 0
                    for k in keys { s += w[k] ?? 0 }
                    if s > bestScore {
                        bestScore = s
                        best = o
                    }
                }
                if best != ex.gold {
                    for k in ex.options[ex.gold] { touch(k, 1) }
                    for k in ex.options[best] { touch(k, -1) }
                }
                t += 1
            }
        }
        var averaged: [UInt64: Float] = [:]
        for k in w.keys.sorted() {
            let total = (acc[k] ?? 0) + Double(w[k] ?? 0) * Double(t - (last[k] ?? t))
            averaged[k] = Float(total / Double(t))
        }
        return LinearModel(averaged)
    }
}

extension Perceptron {
    /// An averaged perceptron over classes that share one candidate's features (a tagger's
    /// tags): the class is mixed into each key as it is scored, not stored with every example.
    static func trainClasses(_ examples: [(keys: [UInt64], gold: Int)], classes: Int, epochs: Int, seed: UInt64 = 0x5EED) -> LinearModel {
        var w: [UInt64: Float] = [:]
        var acc: [UInt64: Double] = [:]
        var last: [UInt64: Int] = [:]
        var t = 1
        var order = Array(examples.indices)
        var state = seed
        let classKeys = (0..<classes).map(classKey)
        func touch(_ k: UInt64, _ delta: Float) {
            let old = w[k] ?? 0
            acc[k, default: 0] += Double(old) * Double(t - (last[k] ?? t))
            last[k] = t
            w[k] = old + delta
        }
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
            }
            for e in order {
                let ex = examples[e]
                var best = 0
                var bestScore = -Float.infinity
                for c in 0..<classes {
                    var s: Float = 0
                    for k in ex.keys { s += w[Features.mix(classKeys[c], k)] ?? 0 }
                    if s > bestScore {
                        bestScore = s
                        best = c
                    }
                }
                if best != ex.gold {
                    for k in ex.keys {
                        touch(Features.mix(classKeys[ex.gold], k), 1)
                        touch(Features.mix(classKeys[best], k), -1)
                    }
                }
                t += 1
            }
        }
        var averaged: [UInt64: Float] = [:]
        for k in w.keys.sorted() {
            let total = (acc[k] ?? 0) + Double(w[k] ?? 0) * Double(t - (last[k] ?? t))
            averaged[k] = Float(total / Double(t))
        }
        return LinearModel(averaged)
    }
}

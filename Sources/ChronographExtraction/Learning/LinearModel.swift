/// The weights of one learned decision: a score for each sparse feature key, summed over the
/// keys of a candidate (of a candidate and a class, for decisions among classes).
struct LinearModel: Sendable {
    private var index = IntMap(capacity: 16)
    private(set) var keys: [UInt64] = []
    private(set) var weights: [Float] = []
    /// For a decision among classes (`classes` > 0): each feature's weights for every class in
    /// one row of `rows`, found by the feature's `Features.classBase`.
    private var rowIndex = IntMap(capacity: 16)
    private var rows: [Float] = []
    private(set) var classes = 0

    init() {}

    /// A model from weights, in key order (so that the same weights give the same bytes); with
    /// `classes`, its keys are classed (`Features.classed`) and rows are built for scoring.
    init(_ table: [UInt64: Float], classes: Int = 0) {
        index = IntMap(capacity: table.count)
        for k in table.keys.sorted() where table[k]! != 0 {
            index[k] = Int32(keys.count)
            keys.append(k)
            weights.append(table[k]!)
        }
        self.classes = classes
        guard classes > 0 else { return }
        rowIndex = IntMap(capacity: keys.count / max(1, classes) + 16)
        for (k, w) in zip(keys, weights) where Int(k & 0xFF) < classes {
            let base = k & ~0xFF
            let row: Int
            if let r = rowIndex[base] {
                row = Int(r)
            } else {
                row = rows.count
                rowIndex[base] = Int32(row)
                rows.append(contentsOf: repeatElement(0, count: classes))
            }
            rows[row + Int(k & 0xFF)] = w
        }
    }

    /// The same weights with rows for a decision among `classes` classes.
    func withClasses(_ classes: Int) -> LinearModel { self.classes == classes ? self : LinearModel(table, classes: classes) }

    /// The score of every class for a candidate's (unclassed) keys, into `out` (`classes` long):
    /// one lookup per feature, not one per feature and class.
    func classScores(_ keys: [UInt64], into out: inout [Float]) {
        for c in 0..<classes { out[c] = 0 }
        rows.withUnsafeBufferPointer { r in
            for k in keys {
                guard let row = rowIndex[Features.classBase(k)] else { continue }
                let start = Int(row)
                for c in 0..<classes { out[c] += r[start + c] }
            }
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

    /// The score of the keys for one class.
    func score(_ keys: [UInt64], class c: Int) -> Float {
        var s: Float = 0
        for k in keys { s += weight(Features.classed(k, c)) }
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

    /// The options of a decision among `classes` classes for one candidate's features.
    static func classOptions(_ keys: [UInt64], classes: Int) -> [[UInt64]] {
        (0..<classes).map { c in keys.map { Features.classed($0, c) } }
    }

    static func train(_ examples: [Example], epochs: Int, seed: UInt64 = 0x5EED) -> LinearModel {
        var w = AveragedWeights()
        var order = VisitOrder(count: examples.count, seed: seed)
        for _ in 0..<epochs {
            for e in order.shuffled() {
                let ex = examples[e]
                var best = 0
                var bestScore = -Float.infinity
                for (o, keys) in ex.options.enumerated() {
                    var s: Float = 0
                    for k in keys { s += w[k] }
                    if s > bestScore {
                        bestScore = s
                        best = o
                    }
                }
                if best != ex.gold {
                    for k in ex.options[ex.gold] { w.add(1, to: k) }
                    for k in ex.options[best] { w.add(-1, to: k) }
                }
                w.tick()
            }
        }
        return w.averaged()
    }

    /// An averaged perceptron over classes that share one candidate's features (a tagger's
    /// tags): the class is mixed into each key as it is scored, not stored with every example.
    static func trainClasses(_ examples: [(keys: [UInt64], gold: Int)], classes: Int, epochs: Int, seed: UInt64 = 0x5EED) -> LinearModel {
        var w = AveragedWeights()
        var order = VisitOrder(count: examples.count, seed: seed)
        for _ in 0..<epochs {
            for e in order.shuffled() {
                let ex = examples[e]
                var best = 0
                var bestScore = -Float.infinity
                for c in 0..<classes {
                    var s: Float = 0
                    for k in ex.keys { s += w[Features.classed(k, c)] }
                    if s > bestScore {
                        bestScore = s
                        best = c
                    }
                }
                if best != ex.gold {
                    for k in ex.keys {
                        w.add(1, to: Features.classed(k, ex.gold))
                        w.add(-1, to: Features.classed(k, best))
                    }
                }
                w.tick()
            }
        }
        return w.averaged()
    }
}

/// The perceptron's weights with their running sums, averaged lazily: a weight's sum is
/// brought up to date only when it changes, so each update costs O(1).
struct AveragedWeights {
    private var w: [UInt64: Float] = [:]
    private var acc: [UInt64: Double] = [:]
    private var last: [UInt64: Int] = [:]
    private var t = 1

    subscript(_ k: UInt64) -> Float { w[k] ?? 0 }

    mutating func add(_ delta: Float, to k: UInt64) {
        let old = w[k] ?? 0
        acc[k, default: 0] += Double(old) * Double(t - (last[k] ?? t))
        last[k] = t
        w[k] = old + delta
    }

    /// One example seen.
    mutating func tick() { t += 1 }

    /// Each weight averaged over every example seen.
    func averaged() -> LinearModel {
        var out: [UInt64: Float] = [:]
        for k in w.keys.sorted() {
            let total = (acc[k] ?? 0) + Double(w[k] ?? 0) * Double(t - (last[k] ?? t))
            out[k] = Float(total / Double(t))
        }
        return LinearModel(out)
    }
}

/// The order examples are visited in each epoch: a Fisher-Yates shuffle driven by a 64-bit
/// LCG, deterministic across runs and machines, continuing from one epoch to the next.
struct VisitOrder {
    private var order: [Int]
    private var state: UInt64

    init(count: Int, seed: UInt64) {
        order = Array(0..<count)
        state = seed
    }

    mutating func shuffled() -> [Int] {
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
        }
        return order
    }
}

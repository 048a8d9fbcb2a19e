import Foundation

/// Log-linear ranking (softmax over each example's options) with an L2 penalty, fitted by
/// full-batch gradient steps with Adagrad: slower to train than the perceptron, but its
/// weights stay small where the evidence is thin, which matters with a few hundred articles.
/// Deterministic: no sampling, sums in a fixed order.
enum SoftmaxRegression {
    static func train(_ examples: [Perceptron.Example], l2: Double, iterations: Int, rate: Double = 0.5) -> LinearModel {
        var index: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var compiled: [(options: [[Int32]], gold: Int)] = []
        compiled.reserveCapacity(examples.count)
        for e in examples {
            let options = e.options.map { option -> [Int32] in
                option.map { k in
                    if let i = index[k] { return Int32(i) }
                    index[k] = keys.count
                    keys.append(k)
                    return Int32(keys.count - 1)
                }
            }
            compiled.append((options, e.gold))
        }
        let n = keys.count
        var w = [Double](repeating: 0, count: n)
        var history = [Double](repeating: 1e-8, count: n)
        var grad = [Double](repeating: 0, count: n)
        let scale = 1.0 / Double(max(examples.count, 1))
        for _ in 0..<iterations {
            for i in 0..<n { grad[i] = l2 * w[i] }
            for e in compiled {
                var scores = e.options.map { o in o.reduce(0.0) { $0 + w[Int($1)] } }
                let top = scores.max() ?? 0
                var z = 0.0
                for j in scores.indices {
                    scores[j] = exp(scores[j] - top)
                    z += scores[j]
                }
                for (j, o) in e.options.enumerated() {
                    let p = scores[j] / z - (j == e.gold ? 1 : 0)
                    if p == 0 { continue }
                    for k in o { grad[Int(k)] += p * scale }
                }
            }
            for i in 0..<n where grad[i] != 0 {
                history[i] += grad[i] * grad[i]
                w[i] -= rate * grad[i] / history[i].squareRoot()
            }
        }
        var table: [UInt64: Float] = [:]
        for i in 0..<n where abs(w[i]) > 1e-6 { table[keys[i]] = Float(w[i]) }
        return LinearModel(table)
    }
}

import ChronographCore
import Foundation

/// Precision, recall and F1 from counts.
public struct PRF: Sendable, Codable {
    public var tp = 0
    public var fp = 0
    public var fn = 0

    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0 }
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    mutating func add(_ tp: Int, _ fp: Int, _ fn: Int) {
        self.tp += tp
        self.fp += fp
        self.fn += fn
    }
}

/// The metrics of `../shared/eval/score.py` (timexes, actors, events strict and lenient,
/// edges), micro-averaged over gold-annotated articles, computed the same way.
public struct Scorer: Sendable {
    public static let metrics = ["timex", "actors", "events-strict", "events-lenient", "edges"]
    public private(set) var totals: [String: PRF] = Dictionary(uniqueKeysWithValues: Scorer.metrics.map { ($0, PRF()) })
    public private(set) var articles = 0

    public init() {}

    /// Scores one extraction (as JSON) against one gold article (as JSON).
    public mutating func add(gold: [String: Any], system: [String: Any]) {
        articles += 1
        let g = gold["gold"] as? [String: Any] ?? [:]
        let goldActors = g["actors"] as? [[String: Any]] ?? []
        let sysActors = system["actors"] as? [[String: Any]] ?? []
        let gidx = ActorIndex(goldActors)
        let sidx = ActorIndex(sysActors)

        let gt = g["timexes"] as? [[String: Any]] ?? []
        let st = system["timexes"] as? [[String: Any]] ?? []
        var tp = Scorer.greedy(gt, st) { a, b in
            let sv = ScoreText.valueOf(b["value"])
            return Scorer.spanOverlap(a["text"] as? String, b["text"] as? String) && ScoreText.compatible(a["value"], sv)
                && (ScoreText.interval(a["value"]) == ScoreText.interval(sv) || ScoreText.string(a["value"]) == ScoreText.string(sv))
        }.count
        totals["timex"]!.add(tp, st.count - tp, gt.count - tp)

        tp = Scorer.greedy(goldActors, sysActors) { !ActorIndex.keys($0).isDisjoint(with: ActorIndex.keys($1)) }.count
        totals["actors"]!.add(tp, sysActors.count - tp, goldActors.count - tp)

        let ge = g["events"] as? [[String: Any]] ?? []
        let se = system["events"] as? [[String: Any]] ?? []
        tp =
            Scorer.greedy(ge, se) { a, b in
                ScoreText.root(a["cameo_root"]) == ScoreText.root(b["type"] ?? b["cameo"])
                    && Scorer.groupMatch(a["source"], b["source"], gidx, sidx) && Scorer.groupMatch(a["target"], b["target"], gidx, sidx)
                    && ScoreText.compatible(a["date"], ScoreText.valueOf(b["date"]))
            }.count
        totals["events-strict"]!.add(tp, se.count - tp, ge.count - tp)
        tp =
            Scorer.greedy(ge, se) { a, b in
                let ga = Scorer.list(a["source"]) + Scorer.list(a["target"])
                let sa = Scorer.list(b["source"]) + Scorer.list(b["target"])
                return ScoreText.quad(a["cameo_root"]) == ScoreText.quad(b["type"] ?? b["cameo"]) && Scorer.groupMatch(ga, sa, gidx, sidx)
                    && Scorer.groupMatch(sa, ga, sidx, gidx) && ScoreText.compatible(a["date"], ScoreText.valueOf(b["date"]))
            }.count
        totals["events-lenient"]!.add(tp, se.count - tp, ge.count - tp)

        let gE = Scorer.edges(ge, gidx)
        let sE = Scorer.edges(se, sidx)
        tp =
            Scorer.greedy(gE, sE) { a, b in
                (!a.0.isDisjoint(with: b.0) && !a.1.isDisjoint(with: b.1)) || (!a.0.isDisjoint(with: b.1) && !a.1.isDisjoint(with: b.0))
            }.count
        totals["edges"]!.add(tp, sE.count - tp, gE.count - tp)
    }

    /// The table score.py prints.
    public func table(failed: Int = 0) -> String {
        var out = "metric".padding(toLength: 16, withPad: " ", startingAt: 0) + "      P      R     F1   tp/fp/fn   (\(articles) articles, \(failed) failed)\n"
        for m in Scorer.metrics {
            let t = totals[m]!
            out += m.padding(toLength: 16, withPad: " ", startingAt: 0)
            out += String(format: " %6.3f %6.3f %6.3f   %d/%d/%d\n", t.precision, t.recall, t.f1, t.tp, t.fp, t.fn)
        }
        return out
    }

    static func list(_ x: Any?) -> [Any] {
        guard let x, !(x is NSNull) else { return [] }
        return x as? [Any] ?? [x]
    }

    static func spanOverlap(_ a: String?, _ b: String?) -> Bool {
        let x = ScoreText.norm(a)
        let y = ScoreText.norm(b)
        return !x.isEmpty && !y.isEmpty && (y.contains(x) || x.contains(y))
    }

    static func groupMatch(_ g: Any?, _ s: Any?, _ gidx: ActorIndex, _ sidx: ActorIndex) -> Bool {
        let gk = list(g).map { gidx.keys($0) }
        let sk = list(s).map { sidx.keys($0) }
        if gk.isEmpty && sk.isEmpty { return true }
        if gk.isEmpty || sk.isEmpty { return false }
        return gk.allSatisfy { x in sk.contains { !x.isDisjoint(with: $0) } }
    }

    static func edges(_ events: [[String: Any]], _ idx: ActorIndex) -> [(Set<String>, Set<String>)] {
        var pairs: [(Set<String>, Set<String>)] = []
        for e in events {
            let ks = (list(e["source"]) + list(e["target"])).map { idx.keys($0) }
            for i in ks.indices {
                for j in (i + 1)..<max(ks.count, i + 1) where !ks[i].isEmpty && !ks[j].isEmpty && ks[i].isDisjoint(with: ks[j]) {
                    pairs.append((ks[i], ks[j]))
                }
            }
        }
        var unique: [(Set<String>, Set<String>)] = []
        for (a, b) in pairs {
            let seen = unique.contains { x, y in
                (!a.isDisjoint(with: x) && !b.isDisjoint(with: y)) || (!a.isDisjoint(with: y) && !b.isDisjoint(with: x))
            }
            if !seen { unique.append((a, b)) }
        }
        return unique
    }

    /// score.py's greedy one-to-one matching: each gold item takes the first free system item.
    static func greedy<G, S>(_ gold: [G], _ system: [S], _ ok: (G, S) -> Bool) -> [(Int, Int)] {
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (gi, g) in gold.enumerated() {
            for (si, s) in system.enumerated() where !used.contains(si) && ok(g, s) {
                used.insert(si)
                pairs.append((gi, si))
                break
            }
        }
        return pairs
    }
}

/// Actor references (ids or names) resolved to sets of normalized names, as score.py does.
struct ActorIndex {
    private var byRef: [String: Set<String>] = [:]

    init(_ actors: [[String: Any]]) {
        for a in actors {
            let ks = ActorIndex.keys(a)
            for ref in [a["id"], a["name"]].compactMap({ $0 as? String }) where !ref.isEmpty { byRef[ref] = ks }
        }
    }

    func keys(_ ref: Any?) -> Set<String> {
        guard let ref, !(ref is NSNull) else { return [] }
        if let d = ref as? [String: Any] { return ActorIndex.keys(d) }
        let s = "\(ref)"
        return byRef[s] ?? Set([ScoreText.norm(s)]).subtracting([""])
    }

    static func keys(_ a: [String: Any]) -> Set<String> {
        var keys = Set<String>()
        for k in ["name", "id", "label"] { if let v = a[k] as? String, !v.isEmpty { keys.insert(ScoreText.norm(v)) } }
        for k in ["aliases", "mentions", "names"] {
            var values: [Any] = []
            if let d = a[k] as? [String: Any] {
                for v in d.values { values += (v as? [Any]) ?? [v] }
            } else if let l = a[k] as? [Any] {
                values = l
            }
            for m in values {
                if let d = m as? [String: Any] { keys.insert(ScoreText.norm(d["text"] as? String)) } else { keys.insert(ScoreText.norm("\(m)")) }
            }
        }
        keys.remove("")
        return keys
    }
}

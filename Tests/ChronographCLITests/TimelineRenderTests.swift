import Foundation
import Testing

/// `timeline render`: time left to right in proportion, long gaps cut, a lane per actor, each
/// event on its source's lane with a vertical arrow to its target's lane (read from the DOT,
/// whose positions are pinned).
@Suite struct TimelineRenderTests {
    /// Extraction JSON with one event per (date, source, target).
    static func extraction(_ events: [(String, String, String)]) -> Data {
        let actors = Set(events.flatMap { [$0.1, $0.2] }).sorted().map { #"{"id": "\#($0)", "name": "\#($0.capitalized)", "type": "country", "aliases": []}"# }
        let list = events.enumerated().map { i, e in
            #"{"id": "e\#(i)", "date": {"value": "\#(e.0)", "granularity": "day"}, "type": {"code": "042", "root": "04", "label": "Make a visit"}, "goldstein": 1.9, "source": ["\#(e.1)"], "target": ["\#(e.2)"], "evidence": []}"#
        }
        return Data(#"{"documents": [], "timexes": [], "actors": [\#(actors.joined(separator: ","))], "events": [\#(list.joined(separator: ","))]}"#.utf8)
    }

    /// Node name → (x, y) of every pinned node, and the edges as (tail, head).
    static func layout(_ dot: String) -> (pos: [String: (Double, Double)], edges: [(String, String)]) {
        var pos: [String: (Double, Double)] = [:]
        var edges: [(String, String)] = []
        for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let name = String(line.prefix { $0 != " " })
            if let r = line.range(of: #"pos="(-?\d+),(-?\d+)!""#, options: .regularExpression) {
                let xy = line[r].dropFirst(5).dropLast(2).split(separator: ",").compactMap { Double($0) }
                pos[name] = (xy[0], xy[1])
            } else if line.contains(" -> ") {
                let parts = line.components(separatedBy: " -> ")
                edges.append((parts[0], String(parts[1].prefix { $0 != " " })))
            }
        }
        return (pos, edges)
    }

    func render(_ events: [(String, String, String)]) throws -> (pos: [String: (Double, Double)], edges: [(String, String)], dot: String) {
        let input = try CLI.temp("timeline-\(UUID().uuidString).json", Self.extraction(events))
        let r = try CLI.run(["timeline", "render", "--dot", input])
        #expect(r.status == 0, "\(r.stderr)")
        let l = Self.layout(r.stdout)
        return (l.pos, l.edges, r.stdout)
    }

    @Test func distanceOnTheAxisIsProportionalToTime() throws {
        // 1 and 3 March, then 30 March: 2 days, then 27.
        let r = try render([("2021-03-01", "russia", "ukraine"), ("2021-03-03", "ukraine", "russia"), ("2021-03-30", "russia", "ukraine")])
        let xs = ["e0", "e1", "e2"].compactMap { r.pos[$0]?.0 }.sorted()
        try #require(xs.count == 3)
        #expect(abs((xs[2] - xs[1]) / (xs[1] - xs[0]) - 27.0 / 2.0) < 0.5)
    }

    @Test func aLongEmptyStretchIsCutAndMarked() throws {
        let r = try render([("2015-06-01", "russia", "ukraine"), ("2021-03-01", "ukraine", "russia"), ("2021-04-01", "russia", "ukraine")])
        #expect(r.dot.contains("≈ 5 y 9 mo ≈"))
        let xs = ["e0", "e1", "e2"].compactMap { r.pos[$0]?.0 }.sorted()
        // Six years take less room than the month after them.
        #expect(xs[1] - xs[0] < xs[2] - xs[1])
    }

    @Test func eachEventSitsOnItsSourcesLaneAndPointsStraightToItsTarget() throws {
        let r = try render([("2021-03-01", "russia", "ukraine"), ("2021-03-20", "ukraine", "russia"), ("2021-04-01", "russia", "ukraine")])
        let lanes = r.dot.split(separator: "\n").filter { $0.contains("shape=plaintext, fontsize=10") }
        func laneY(_ name: String) -> Double? {
            lanes.first { $0.contains("label=\"\(name)\"") }.flatMap { l in r.pos[String(l.trimmingCharacters(in: .whitespaces).prefix { $0 != " " })]?.1 }
        }
        let russia = try #require(laneY("Russia"))
        let ukraine = try #require(laneY("Ukraine"))
        // The events of Russia on its lane, Ukraine's on its own.
        #expect(abs(r.pos["e0"]!.1 - russia) < 40 && abs(r.pos["e1"]!.1 - ukraine) < 40)
        #expect(abs(r.pos["e0"]!.1 - r.pos["e1"]!.1) > 40)
        // No line crosses the page to an actor: every edge is a horizontal rule (lane, axis) or
        // a vertical arrow.
        for (a, b) in r.edges {
            let (p, q) = (try #require(r.pos[a]), try #require(r.pos[b]))
            #expect(p.0 == q.0 || p.1 == q.1, "\(a) -> \(b)")
        }
        // An arrow from each event towards its target's lane.
        let arrows = r.edges.filter { $0.0.hasPrefix("e0s") }
        #expect(arrows.count == 1)
        #expect(abs(r.pos[arrows[0].1]!.1 - ukraine) < abs(r.pos[arrows[0].0]!.1 - ukraine))
    }

    @Test func aCrowdedLaneIsCappedAndSaysWhatItLeavesOut() throws {
        // Four events a day for sixty days: boxes wider than a day's room stack up to the cap.
        let days = (0..<60).flatMap { i in
            ["ukraine", "poland", "latvia", "estonia"].map { (CivilDateText.day(2021, 1, 1, plus: i), "russia", $0) }
        }
        let r = try render(days)
        let boxes = r.pos.keys.filter { $0.range(of: #"^e\d+$"#, options: .regularExpression) != nil }
        let rows = Set(boxes.compactMap { r.pos[$0]?.1 })
        #expect(rows.count <= 12)
        #expect(r.dot.contains("more events do not fit: filter with --actor, --from, --to or --type"))
    }

    @Test func theSeedRendersAsPNG() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("seed-timeline-\(UUID().uuidString).png").path
        let r = try CLI.run(["timeline", "render", "--png", "-o", out, CLI.seeds])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

/// ISO days for test data.
enum CivilDateText {
    static func day(_ y: Int, _ m: Int, _ d: Int, plus days: Int) -> String {
        var c = DateComponents()
        (c.year, c.month, c.day) = (y, m, d + days)
        let date = Calendar(identifier: .gregorian).date(from: c)!
        let f = DateFormatter()
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }
}

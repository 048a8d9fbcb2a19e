import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `graph series A B`: the relation between two actors period by period, as a table and as
/// an SVG chart.
@Suite struct SeriesTests {
    static func input() throws -> String {
        let actors = [("russia", "Russia", "country"), ("israel", "Israel", "country"), ("vladimir-putin", "Vladimir Putin", "person")].map {
            #"{"id": "\#($0.0)", "name": "\#($0.1)", "type": "\#($0.2)", "aliases": []}"#
        }
        let events = [
            ("2021-01-05", "042", 2.0, "russia", "israel"), ("2021-01-20", "190", -10.0, "israel", "russia"),
            ("2021-03-02", "042", 2.0, "vladimir-putin", "israel"), ("2021", "057", 8.0, "russia", "israel"),
        ].enumerated().map { i, e in
            #"{"id": "e\#(i)", "date": {"value": "\#(e.0)", "granularity": "day"}, "type": {"code": "\#(e.1)", "root": "\#(e.1.prefix(2))", "label": "x"}, "goldstein": \#(e.2), "source": ["\#(e.3)"], "target": ["\#(e.4)"], "evidence": []}"#
        }
        let json = #"{"documents": [], "timexes": [], "actors": [\#(actors.joined(separator: ","))], "events": [\#(events.joined(separator: ","))]}"#
        return try CLI.temp("series.json", Data(json.utf8))
    }

    @Test func theTableCountsEachMonthBetweenTheTwo() throws {
        let r = try CLI.run(["graph", "series", "Russia", "إسرائيل", try Self.input()])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 5)
        // Both directions count; the empty month shows; Putin stands for Russia in 2021.
        #expect(rows[1] == ["2021-01", "2", "1", "1", "-4.0"])
        #expect(rows[2] == ["2021-02", "0", "0", "0", "—"])
        #expect(rows[3] == ["2021-03", "1", "1", "0", "+2.0"])
        #expect(r.stdout.contains("(1 event(s) undated or dated more coarsely than a period, not counted)"))
        let exact = try CLI.run(["graph", "series", "Russia", "Israel", "--exact", try Self.input()])
        #expect(exact.stdout.split(separator: "\n").count == 3)
    }

    @Test func byYearTheCoarseEventCounts() throws {
        let r = try CLI.run(["graph", "series", "Russia", "Israel", "--by", "year", try Self.input()])
        let row = r.stdout.split(separator: "\n")[1].split(separator: " ").map(String.init)
        #expect(row == ["2021", "4", "3", "1", "+0.5"])
    }

    @Test func theChartDrawsBarsAndTheGoldsteinLine() throws {
        let r = try CLI.run(["graph", "series", "Russia", "Israel", "--svg", try Self.input()])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<svg"))
        #expect(r.stdout.components(separatedBy: "class=\"conflict\"").count - 1 == 1)
        #expect(r.stdout.components(separatedBy: "class=\"cooperation\"").count - 1 == 2)
        #expect(r.stdout.components(separatedBy: "class=\"goldstein\"").count - 1 == 2)
        #expect(r.stdout.contains("Russia — Israel, by month"))
        let xml = XMLParser(data: r.data)
        #expect(xml.parse())
    }
}

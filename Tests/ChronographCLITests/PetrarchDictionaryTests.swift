import Foundation
import Testing

/// The field's own dictionaries, as published (PETRARCH-2's Phoenix files, UniversalPetrarch's
/// Arabic ones; copies in Tests/Fixtures/petrarch), load with `--dictionary` and give their codes.
@Suite struct PetrarchDictionaryTests {
    static let dir = CLI.root.appendingPathComponent("Tests/Fixtures/petrarch")
    static func file(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func show(_ name: String, on day: String? = nil, _ dictionary: String) throws -> String {
        let r = try CLI.run(["actors", "show", name, "--dictionary", Self.file(dictionary)] + (day.map { ["--on", $0] } ?? []))
        #expect(r.status == 0, "\(dictionary): \(r.stderr)")
        return r.stdout
    }

    @Test func theCountryDictionaryLoadsWithItsDatedCodes() throws {
        let putin = try show("Vladimir Putin", on: "2021-10-22", "english/Phoenix.Countries.actors.txt")
        #expect(putin.contains("code: RUSGOV, 2008-05-08"))
        // Codes on the lines after their phrase belong to it and its synonyms.
        let army = try show("Afghan National Army", "english/Phoenix.Countries.actors.txt")
        #expect(army.hasPrefix("Afghan National Security Forces (afghan-national-security-forces, organization)"))
        #expect(army.contains("codes: AFGMIL"))
    }

    @Test func theInternationalAndNonStateDictionariesLoad() throws {
        #expect(try show("Trygve Lie", on: "1950-01-01", "english/Phoenix.International.actors.txt").contains("code: IGOUNO, 1946-02-01 – 1952-11-10"))
        #expect(try show("Hezbollah", "english/Phoenix.MilNonState.actors.txt").contains("LBNREB"))
    }

    @Test func theArabicActorsLoadWithOpenEnds() throws {
        // (UniversalPetrarch writes an open end as 18000101.)
        let maliki = try show("نوري المالكي", on: "2012-01-01", "arabic/actor_dict_ar_v4.txt")
        #expect(maliki.contains("code: IRQGOV, 2010-12-21 – 2014-09-08"))
        #expect(try show("حماس", "arabic/actor_dict_ar_v4.txt").contains("PSEREB"))
    }

    @Test func agentDictionariesLoadWithoutAddingActors() throws {
        for agents in ["english/Phoenix.agents.txt", "arabic/agents.all.ar.txt"] {
            let r = try CLI.run(["actors", "list", "--dictionary", Self.file(agents)])
            #expect(r.status == 0, "\(agents): \(r.stderr)")
            #expect(r.stdout == (try CLI.run(["actors", "list"])).stdout)
        }
    }

    @Test func aVerbDictionaryIsRefusedWithItsLine() throws {
        let verbs = try CLI.temp("verbs.txt", Data("# verbs\n&AUXVERB1_\n+WAS\n--- ACCELERATE [---] ---\n".utf8))
        let r = try CLI.run(["actors", "list", "--dictionary", verbs])
        #expect(r.status == 1)
        #expect(r.stderr.contains("verbs.txt:2: a PETRARCH verb dictionary"))
    }

    /// The actors of an article with their codes, from `extract --format json`.
    func codes(_ text: String, _ args: [String] = []) throws -> [String: [String]] {
        let article = try CLI.temp("agents-\(UUID().uuidString).txt", Data(text.utf8))
        let r = try CLI.run(["extract", "--format", "json"] + args + [article])
        let json = try #require(try JSONSerialization.jsonObject(with: r.data) as? [String: Any])
        let actors = json["actors"] as? [[String: Any]] ?? []
        return Dictionary(actors.map { ($0["id"] as? String ?? "", $0["codes"] as? [String] ?? []) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func agentsCombineWithTheirCountryAsInPetrarch() throws {
        #expect(try codes("Russian police arrested protesters in Moscow on 3 March 2021.")["russia-police"] == ["RUSCOP"])
        #expect(try codes("اعتقلت الشرطة العراقية متظاهرين في بغداد يوم 3 آذار 2021.")["iraq-police"] == ["IRQCOP"])
        // The published agent dictionary's agents combine too.
        let fishermen = try codes(
            "Russian fishermen protested in Moscow on 3 March 2021.", ["--dictionary", Self.file("english/Phoenix.agents.txt")])
        #expect(fishermen["russia-agent-fisherman"] == ["RUSAGR"])
    }
}

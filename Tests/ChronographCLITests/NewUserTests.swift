import Foundation
import Testing

/// What a new user tripped on (issue 15), each through the binary.
@Suite struct NewUserTests {
    static let examples = CLI.root.appendingPathComponent("examples").path

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-ux-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aMistypedStoreIsAnErrorAndLeavesNoFileBehind() throws {
        let typo = try Self.tempDir().appendingPathComponent("typo.sqlite").path
        let r = try CLI.run(["timeline", "print", "--store", typo])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no such store"))
        #expect(!FileManager.default.fileExists(atPath: typo))
        let failing = try CLI.run(["timeline", "print", "--store", typo, "--actor", "Nobody At All", CLI.seeds])
        #expect(failing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: typo))
        let ingest = try CLI.run(["ingest", "/nonexistent/dir", "--store", typo])
        #expect(ingest.status != 0)
        #expect(!FileManager.default.fileExists(atPath: typo))
    }

    @Test func relationsPrintTheMeanGoldsteinValueAsNeighborsDo() throws {
        let r = try CLI.run(["graph", "query", "relations", CLI.seeds])
        #expect(r.status == 0)
        let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Russia → Israel") })
        let value = try #require(Double(line.components(separatedBy: "goldstein mean ").last ?? ""))
        let neighbors = try CLI.run(["graph", "query", "neighbors", "Israel", CLI.seeds])
        let same = try #require(neighbors.stdout.split(separator: "\n").first { $0.hasPrefix("Russia → Israel") })
        #expect(same.contains("goldstein mean: \(String(format: "%.1f", value))"))
        #expect((-10...10).contains(value))
    }

    @Test func theTextTimelineHeadsOnlyTheDocumentsOfItsEvents() throws {
        let r = try CLI.run(["timeline", "print", "--actor", "Putin", CLI.seeds, Self.examples + "/village.json"])
        #expect(r.status == 0)
        let headers = r.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }
        #expect(headers.count == 1)
        #expect(headers.first?.contains("000_553f444c189b1313") == true)
    }

    @Test func anUnknownActorIsOneLineWithoutTheUsage() throws {
        for args in [
            ["timeline", "print", "--actor", "Zorblatt", CLI.seeds], ["graph", "query", "neighbors", "Zorblatt", CLI.seeds], ["actors", "show", "Zorblatt"],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains("unknown actor 'Zorblatt'"))
            #expect(!r.stderr.contains("USAGE") && !r.stderr.contains("SUBCOMMANDS"))
            #expect(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        }
    }

    @Test func anUnknownActorTypeIsAUsageError() throws {
        let r = try CLI.run(["actors", "list", "--type", "bogus"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("bogus") && r.stderr.contains("armed_group"))
        let places = try CLI.run(["actors", "list", "--type", "armed_group"])
        #expect(places.status == 0)
        #expect(places.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "\t")[1] == "armed_group" })
    }

    @Test func englishAliasesAreJoinedWithALatinComma() throws {
        let r = try CLI.run(["actors", "show", "Putin"])
        #expect(r.status == 0)
        let en = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("en: ") })
        #expect(en.contains("Vladimir Putin, Putin") && !en.contains("،"))
        let ar = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("ar: ") })
        #expect(ar.contains("، "))
    }

    @Test func aBrokenJSONDictionaryIsReportedAsSuch() throws {
        let path = try CLI.temp("broken.json", Data(#"{"actors": [ {"id": "x","#.utf8))
        let r = try CLI.run(["timeline", "print", "--dictionary", path, CLI.seeds])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("broken.json"))
        let good = try CLI.temp(
            "mine.json", Data(#"{"actors": [{"id": "zorblat", "name": "Zorblat Council", "type": "organization", "aliases": {"en": ["Zorblat"]}}]}"#.utf8))
        let show = try CLI.run(["actors", "show", "Zorblat", "--dictionary", good])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Zorblat Council (zorblat, organization)"))
    }

    @Test func evalOnGoldThatAnnotatesNothingFails() throws {
        let path = try CLI.temp("nogold.json", Data(#"{"id": "a", "text": "Russia met Israel on Monday.", "gold": {}}"#.utf8))
        let r = try CLI.run(["eval", path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nothing to score"))
        #expect(!r.stdout.contains("0.000"))
    }

    @Test func theTimelineOffersNoGraphOptions() throws {
        let timeline = try CLI.run(["timeline", "print", "--help"])
        #expect(timeline.stdout.contains("--actor") && timeline.stdout.contains("--exact"))
        #expect(!timeline.stdout.contains("--min-mentions") && !timeline.stdout.contains("--depth"))
        let graph = try CLI.run(["graph", "render", "--help"])
        #expect(graph.stdout.contains("--min-mentions") && graph.stdout.contains("--depth"))
    }

    @Test func aDirectoryWithAPetrarchDictionaryReadsOnlyTheArticles() throws {
        let r = try CLI.run(["timeline", "print", Self.examples])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("petrarch"))
        let headers = r.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }.map { $0.split(separator: " ")[1] }
        #expect(headers.allSatisfy { ["short-en", "village"].contains($0) })
        // The dictionary named as such still loads.
        let show = try CLI.run(["actors", "show", "Volkova", "--dictionary", Self.examples + "/petrarch-actors.txt"])
        #expect(show.status == 0)
    }

    @Test func theReportSetsArabicEvidenceRightToLeft() throws {
        let r = try CLI.run(["report", CLI.seeds])
        #expect(r.status == 0)
        #expect(r.stdout.contains(#"<p dir="rtl"><bdi class="doc">000_553f444c189b1313</bdi> التقى"#))
        #expect(r.stdout.contains(#".ev p[dir="rtl"] { text-align: right; }"#))
        #expect(!r.stdout.contains(#"<p dir="auto">"#))
    }

    @Test func anArabicNameInALabelIsIsolated() throws {
        let dictionary = try CLI.temp(
            "arabic-name.yaml", Data("actors:\n  - id: maria-christou\n    name: ماريا خريستو\n    type: person\n    aliases: {ar: [ماريا خريستو]}\n".utf8))
        let article = try CLI.temp("turkey.txt", Data("أدانت تركيا ماريا خريستو يوم الاثنين 3 أكتوبر 2022.\n".utf8))
        let dot = try CLI.run(["timeline", "render", "--dot", "--dictionary", dictionary, article])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("Turkey → \u{2068}ماريا خريستو\u{2069}"))
        let text = try CLI.run(["timeline", "print", "--dictionary", dictionary, article])
        #expect(text.stdout.contains("Turkey → \u{2068}ماريا خريستو\u{2069}"))
        let between = try CLI.run(["graph", "query", "between", "Turkey", "ماريا خريستو", "--dictionary", dictionary, article])
        #expect(between.stdout.contains("Turkey → \u{2068}ماريا خريستو\u{2069}"))
        let graph = try CLI.run(["graph", "render", "--dot", "--dictionary", dictionary, article])
        #expect(graph.stdout.contains("label=\"\u{2068}ماريا خريستو\u{2069}\""))
        let report = try CLI.run(["report", "--dictionary", dictionary, article])
        #expect(report.stdout.contains("<bdi>ماريا خريستو</bdi>"))
    }

    @Test func publishedIsValidatedByEveryCommandThatExtracts() throws {
        let store = try Self.tempDir().appendingPathComponent("s.sqlite").path
        for args in [
            ["graph", "query", "actors", "--published", "2021-13-45", CLI.seeds], ["ingest", CLI.seeds, "--store", store, "--published", "yesterday"],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains("--published"))
        }
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func aMistypedCodeFilterIsAUsageError() throws {
        let r = try CLI.run(["timeline", "print", "--type", "19x", CLI.seeds])
        #expect(r.status == 64)
        #expect(r.stderr.contains("19x"))
    }

    @Test func aUserDictionaryWinsOverTheShippedOneForTheSameName() throws {
        let dictionary = try CLI.temp(
            "mine.yaml", Data("actors:\n  - id: my-putin\n    name: Putin of my dictionary\n    type: person\n    aliases: {ar: [بوتين], en: [Putin]}\n".utf8))
        let show = try CLI.run(["actors", "show", "Putin", "--dictionary", dictionary])
        #expect(show.stdout.hasPrefix("Putin of my dictionary (my-putin, person)"))
        let r = try CLI.run(["timeline", "print", "--dictionary", dictionary, CLI.seeds])
        #expect(r.stdout.contains("Putin of my dictionary → Naftali Bennett"))
    }
}

/// One rule for affiliation: an actor filter includes the people and bodies affiliated to the
/// actor on the event's date, in every command; `--exact` turns it off.
@Suite struct AffiliationTests {
    @Test func theTimelineOfRussiaHasItsPresidentsMeeting() throws {
        let r = try CLI.run(["timeline", "print", "--actor", "Russia", CLI.seeds])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Vladimir Putin → Naftali Bennett"))
        let exact = try CLI.run(["timeline", "print", "--actor", "Russia", "--exact", CLI.seeds])
        #expect(!exact.stdout.contains("Vladimir Putin → Naftali Bennett"))
        #expect(exact.stdout.contains("Russia → Israel"))
    }

    @Test func betweenAndTheTimelineCountTheSameEvents() throws {
        let between = try CLI.run(["graph", "query", "between", "Russia", "Israel", "--format", "json", CLI.seeds])
        let events = try #require(try JSONSerialization.jsonObject(with: between.data) as? [[String: Any]])
        let timeline = try CLI.run(["timeline", "print", "--actor", "Russia", "--format", "json", CLI.seeds])
        let all = try #require(try JSONSerialization.jsonObject(with: timeline.data) as? [String: Any])
        let kept = (all["events"] as? [[String: Any]] ?? []).filter {
            let who = (($0["source"] as? [String]) ?? []) + (($0["target"] as? [String]) ?? [])
            return who.contains("naftali-bennett") || who.contains("israel")
        }
        #expect(events.count == kept.count)
        #expect(events.contains { ($0["source"] as? [String]) == ["vladimir-putin"] })
    }

    @Test func aStoreFollowsTheSameRule() throws {
        // (The store's SQL reads the affiliates' events too; the views then apply the rule.)
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("affiliation-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let ingest = try CLI.run(["ingest", CLI.seeds, "--store", store])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let r = try CLI.run(["timeline", "print", "--actor", "Russia", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Vladimir Putin → Naftali Bennett"))
        let exact = try CLI.run(["timeline", "print", "--actor", "Russia", "--exact", "--store", store])
        #expect(!exact.stdout.contains("Vladimir Putin → Naftali Bennett"))
        #expect(exact.stdout.contains("Russia → Israel"))
        func count(_ args: [String]) throws -> Int {
            let out = try CLI.run(["graph", "query", "between", "Russia", "Israel", "--format", "json"] + args)
            return (try JSONSerialization.jsonObject(with: out.data) as? [Any])?.count ?? -1
        }
        #expect(try count(["--store", store]) == (try count([CLI.seeds])))
        #expect(try count(["--store", store]) > 0)
    }

    @Test func aPathGoesThroughAffiliation() throws {
        let r = try CLI.run(["graph", "query", "path", "Putin", "Hezbollah", CLI.seeds])
        #expect(r.status == 0)
        #expect(r.stdout == "Vladimir Putin — Naftali Bennett — Israel — Hezbollah\n")
    }

    @Test func theRoleHeldOnTheEventsDateDecides() throws {
        // Putin's offices begin in 1999: a meeting of 1995 is not Russia's, one of 2015 is.
        func timeline(_ year: String, _ args: [String]) throws -> String {
            let article = try CLI.temp(
                "putin-\(year).json",
                Data(#"{"id": "p", "lang": "en", "published": "\#(year)-03-06", "text": "Vladimir Putin met Naftali Bennett in Jerusalem on Monday."}"#.utf8))
            return try CLI.run(["timeline", "print"] + args + [article]).stdout
        }
        #expect(!(try timeline("1995", ["--actor", "Russia"])).contains("Vladimir Putin"))
        #expect(try timeline("2015", ["--actor", "Russia"]).contains("Vladimir Putin → Naftali Bennett"))
        let russia = try CLI.run([
            "timeline", "print", "--actor", "Vladimir Putin", try CLI.temp("x.txt", Data("Vladimir Putin met Naftali Bennett on 6 March 1995.".utf8)),
        ])
        #expect(russia.stdout.contains("Naftali Bennett"))
    }
}

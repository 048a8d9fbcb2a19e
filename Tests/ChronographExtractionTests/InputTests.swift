import Foundation
import Testing

@testable import ChronographExtraction

@Suite struct InputTests {
    @Test func invalidUTF8IsReportedWithItsOffset() {
        #expect(throws: InputError.self) { try ArticleReader.parse(data: Data([0x41, 0x42, 0xC3, 0x28]), name: "bad.txt", ext: "txt") }
        do {
            _ = try ArticleReader.parse(data: Data([0x41, 0x42, 0xC3, 0x28]), name: "bad.txt", ext: "txt")
        } catch {
            #expect("\(error)" == "bad.txt: invalid UTF-8 at byte 2")
        }
    }

    @Test func binaryFilesAreRefused() {
        var bytes = [UInt8](repeating: 0, count: 200)
        for i in stride(from: 0, to: 200, by: 3) { bytes[i] = UInt8(i % 250) }
        #expect(throws: InputError.self) { try ArticleReader.parse(data: Data(bytes), name: "x.bin", ext: "txt") }
    }

    @Test func malformedJSONLinesNameTheirLine() {
        let jsonl = "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": }\n"
        do {
            _ = try ArticleReader.parse(data: Data(jsonl.utf8), name: "c.jsonl", ext: "jsonl")
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("c.jsonl:2: malformed JSON"))
        }
    }

    @Test func jsonlSkipsEmptyLinesAndKeepsOrder() throws {
        let jsonl = "{\"id\": \"a\", \"text\": \"one\"}\n\n{\"id\": \"b\", \"text\": \"two\", \"published\": \"2020-01-01\"}\n"
        let items = try ArticleReader.parse(data: Data(jsonl.utf8), name: "c.jsonl", ext: "jsonl")
        let ids = items.compactMap { if case .article(let a) = $0 { a.id } else { nil } }
        #expect(ids == ["a", "b"])
    }

    @Test func deeplyNestedJSONIsAMalformedFileNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let inArticle =
            #"{"id": "x", "text": "a", "meta": "# + String(repeating: #"{"a": "#, count: 50_000) + "1"
            + String(repeating: "}", count: 50_001)
        for (data, ext) in [(deep, "json"), (inArticle, "json"), (inArticle, "jsonl")] {
            do {
                _ = try ArticleReader.parse(data: Data(data.utf8), name: "deep.\(ext)", ext: ext)
                Issue.record("no error for deep.\(ext)")
            } catch {
                #expect("\(error)".contains("malformed JSON"))
            }
        }
    }

    @Test func nulBytesInATextArticleAreHarmless() throws {
        // A stray NUL or two in scraped text (under 5% of the bytes): the article is read, not refused as binary.
        let text = "Israel\u{0} struck Syria on Monday, the army said in a statement.\u{0} The strikes hit depots near the airport."
        let items = try ArticleReader.parse(data: Data(text.utf8), name: "n.txt", ext: "txt")
        guard case .article(let a) = items.first else {
            Issue.record("no article")
            return
        }
        let e = extract(a.text)
        #expect(e.actors.map(\.id).sorted() == ["israel", "israeli-army", "syria"])  // "the army" is the army of the country named first of the two
    }

    @Test func anArticleWithoutTextIsAnError() {
        #expect(throws: InputError.self) { try ArticleReader.parse(data: Data("{\"id\": \"a\"}".utf8), name: "a.json", ext: "json") }
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: InputError.self) { try ArticleReader.read(paths: ["/nonexistent/file.txt"]) }
    }

    @Test func anEmptyArticleGivesAnEmptyResult() {
        let e = extract("   \n  ")
        #expect(e.events.isEmpty && e.actors.isEmpty && e.timexes.isEmpty)
    }
}

@Suite struct HostileTextTests {
    @Test func aLongLineWithoutPunctuationIsCutIntoBoundedSentences() {
        let text = String(repeating: "روسيا قصفت سوريا و ", count: 5000)
        let buffer = TextBuffer(text)
        #expect(buffer.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
        #expect(!extract(text).events.isEmpty)
    }

    @Test func controlAndBidiCharactersDoNotBreakNamesOrOffsets() throws {
        let text = "قصفت إسرائيل\u{200F} مواقع في سو\u{202E}ريا\u{0000} أمس."
        let e = extract(text)
        for a in e.actors {
            for m in a.mentions {
                #expect(Array(text.unicodeScalars)[m.start..<m.end].map(String.init).joined() == m.text)
            }
        }
    }

    @Test func mixedScriptsAndEmojiAreHarmless() {
        let e = extract("🙂 Putin التقى 𝕏 مع Bennett في Sochi ١٢ أكتوبر ٢٠٢١ \u{FEFF}")
        #expect(e.timexes.contains { $0.value == "2021-10-12" })
    }

    /// One article of 100 MB is read with memory linear in its size: the peak resident size
    /// grows at most 15 times as much as for 10 MB of the same text, and by less than 64 bytes
    /// per byte of text (measured on Linux, release build: about 36, half of it the
    /// Extraction itself, with its mention, timex and evidence strings). Opt-in, as it takes
    /// a minute in a release build and far longer in a debug one:
    /// `CHRONOGRAPH_LARGE_TESTS=1 swift test -c release --filter aHundredMegabyteArticle`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHRONOGRAPH_LARGE_TESTS"] == "1"))
    func aHundredMegabyteArticleIsExtractedInBoundedMemory() throws {
        let paragraph = """
            التقى الرئيس الروسي مع رئيس الوزراء الإسرائيلي في سوتشي يوم 22 أكتوبر 2021، وبحثا التعاون بين البلدين.
            وقصفت إسرائيل مواقع في سوريا أمس، وقالت روسيا إنها ستعقد اجتماعا الأسبوع المقبل.
            Russia and Israel signed an agreement on 5 May 2020. Israel struck targets in Syria last week.

            """
        func grown(megabytes: Int) -> (bytes: Int, grown: Int, events: Int) {
            let text = String(repeating: paragraph, count: megabytes * 1_000_000 / paragraph.utf8.count + 1)
            let before = Memory.resetPeak()
            let e = extract(text)
            return (text.utf8.count, Memory.peak() - before, e.events.count)
        }
        let small = grown(megabytes: 10)
        let large = grown(megabytes: 100)
        #expect(large.events > 100_000 && large.events >= 9 * small.events)
        #expect(large.grown <= 15 * small.grown, "peak grew by \(large.grown / 1_000_000) MB, \(small.grown / 1_000_000) MB for a tenth")
        #expect(large.grown < 64 * large.bytes, "peak grew by \(large.grown / 1_000_000) MB for \(large.bytes / 1_000_000) MB of text")
        print("100 MB article: peak resident size grew by \(large.grown / 1_000_000) MB (10 MB: \(small.grown / 1_000_000) MB)")
    }
}

/// Resident memory of this process, from /proc on Linux (0 elsewhere, where the bound is not
/// checked).
enum Memory {
    /// Resets the peak to the current resident size (Linux: `clear_refs` 5) and returns it.
    static func resetPeak() -> Int {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        return status("VmRSS:")
    }

    static func peak() -> Int { status("VmHWM:") }

    private static func status(_ field: String) -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix(field) {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }
}

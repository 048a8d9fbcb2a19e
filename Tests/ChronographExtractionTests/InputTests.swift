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
}

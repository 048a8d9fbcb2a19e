import ChronographExtraction
import Foundation

/// Python's dateparser, the temporal tagger a user would pick instead, on the same Arabic text:
/// `search_dates(…, languages=['ar'])` line by line, against our temporal stage and our whole
/// extraction.
func reportDateparser(_ extractor: Extractor, pool: SentencePool, megabytes: Double) throws {
    print("\npeers:")
    let arabic = Array(ArticleStream(megabytes: megabytes, seed: 11, sentences: pool.arabicSentences))
    let text = arabic.map(\.text).joined(separator: "\n")
    let mb = Double(text.utf8.count) / 1e6
    let sample = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-bench-ar.txt")
    try text.write(to: sample, atomically: true, encoding: .utf8)
    var temporal = 0.0
    var whole = 0.0
    for a in arabic {
        let t = extractor.profile(a)
        temporal += t.temporal
        whole += t.total
    }
    let script = """
        import sys, time
        from dateparser.search import search_dates
        text = open(sys.argv[1], encoding='utf-8').read()
        search_dates('اليوم', languages=['ar'])
        t = time.time()
        for chunk in text.split('\\n'):
            search_dates(chunk, languages=['ar'])
        print(time.time() - t)
        """
    guard let (_, status, out) = run(["python3", "-c", script, sample.path]), status == 0,
        let peer = Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
    else {
        print("  dateparser not installed (pip install dateparser): skipped")
        return
    }
    print(
        String(
            format: "  temporal, %.2f MB of Arabic: chronograph %.1f MB/s, dateparser.search_dates %.3f MB/s, ratio %.0fx", mb, mb / temporal,
            mb / peer, peer / temporal))
    print(String(format: "  whole extraction, same text: chronograph %.1f MB/s, ratio %.0fx to dateparser (temporal only)", mb / whole, peer / whole))
}

import ChronographCore
import ChronographExtraction
import Foundation

// libFuzzer target: the whole extraction on arbitrary bytes (decoded as UTF-8 with
// replacement, as a reader that accepted them would pass them on).
// Build: swift build -c release --product FuzzExtract --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz \
//          -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table

let fuzzResources = try! Resources.load()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let published: String? = size % 3 == 0 ? nil : "2021-10-22"
    let e = Extractor(resources: fuzzResources, today: CivilDate(2026, 1, 1)).extract(Article(id: "f", published: published, text: text))
    let scalars = text.unicodeScalars.count
    for t in e.timexes { precondition(t.start >= 0 && t.start <= t.end && t.end <= scalars) }
    for a in e.actors { for m in a.mentions { precondition(m.start >= 0 && m.start <= m.end && m.end <= scalars) } }
    _ = try? e.jsonData()
    return 0
}

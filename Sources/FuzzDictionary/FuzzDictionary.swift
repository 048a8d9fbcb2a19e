import ChronographCore
import ChronographExtraction
import Foundation

// libFuzzer target: the YAML and TABARI/PETRARCH dictionary loaders on arbitrary text.
let fuzzBase = try! Resources.load()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDictionary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var r = fuzzBase
    try? r.addDictionary(yaml: text, file: "fuzz.yaml")
    try? r.addPetrarchDictionary(text, file: "fuzz.txt")
    _ = Extractor(resources: r, today: CivilDate(2026, 1, 1)).extract(Article(id: "f", published: "2021-10-22", text: text))
    return 0
}

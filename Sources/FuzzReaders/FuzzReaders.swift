import ChronographCore
import ChronographExtraction
import Foundation

// libFuzzer target: the article and Extraction JSON readers on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    for ext in ["json", "jsonl", "txt", nil] as [String?] {
        _ = try? ArticleReader.parse(data: bytes, name: "fuzz", ext: ext)
    }
    _ = try? JSONDecoder().decode(Extraction.self, from: bytes)
    return 0
}

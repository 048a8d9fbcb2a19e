import ChronographCore
import ChronographGraphviz
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// libFuzzer target: the DOT writer and the libgvc render on arbitrary labels; the SVG must
// stay well-formed XML and never carry a script element.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let names = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).map(String.init)
    guard names.count >= 2 else { return 0 }
    let actors = names.enumerated().map { Actor(id: "a\($0.offset)", name: $0.element, type: ActorType.allCases[$0.offset % 5]) }
    let events = (1..<actors.count).map {
        Event(
            id: "e\($0)", date: TimeValue(names[$0]), type: EventType(code: "19\($0 % 10)", label: names[0]), goldstein: -1, source: ["a0"], target: ["a\($0)"],
            evidence: [])
    }
    guard let svg = try? GraphRenderer.render(ActorGraph(Extraction(actors: actors, events: events)), format: "svg") else { return 0 }
    precondition(XMLParser(data: svg).parse(), "SVG not well formed")
    precondition(!String(decoding: svg, as: UTF8.self).contains("<script"), "script in SVG")
    return 0
}

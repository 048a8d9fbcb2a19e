import ChronographCore
import Foundation

/// The library's front door: read inputs, extract each article (in parallel, results in input
/// order), and merge into one corpus.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    /// Applied to articles that do not state them.
    public var published: String?
    public var lang: String?

    public init(resources: Resources, published: String? = nil, lang: String? = nil, allStatements: Bool = false) {
        var extractor = Extractor(resources: resources)
        extractor.allStatements = allStatements
        self.extractor = extractor
        self.published = published
        self.lang = lang
    }

    /// Extractions of every input, one per article or Extraction JSON, in input order.
    public func extractAll(_ items: [InputItem], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Extraction] {
        let results = UnsafeResults(count: items.count)
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            let result: Extraction
            switch items[i] {
            case .extraction(let e): result = e
            case .article(var a):
                if a.published == nil { a.published = published }
                if a.lang == nil { a.lang = lang }
                result = extractor.extract(a)
            }
            results.set(i, result)
            let done = counter.increment()
            progress?(done, items.count)
        }
        return results.values
    }

    /// One merged extraction of all inputs.
    public func run(_ items: [InputItem]) -> Extraction {
        Corpus.merge(extractAll(items))
    }
}

/// Slots written by concurrent workers, each index once.
final class UnsafeResults: @unchecked Sendable {
    private var slots: [Extraction?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ e: Extraction) {
        lock.lock()
        slots[i] = e
        lock.unlock()
    }
    var values: [Extraction] { slots.map { $0 ?? Extraction() } }
}

final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n
    }
}

import Foundation

/// One code of the CAMEO codebook as `cameo.tsv` states it.
public struct CameoTraits: Sendable, Hashable {
    public var code: String
    public var label: String
    public var goldstein: Double
    public var quad: Int
    public var plover: String
    public var force: Bool
    /// The code of the intent to do it (036 for a visit), if the codebook gives one.
    public var intent: String?
}

/// Errors in the codebook file, with its line.
public struct CodebookError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var reason: String
    public var description: String { "cameo.tsv:\(line): \(reason)" }
}

/// The CAMEO codebook, read from `cameo.tsv` (made by `scripts/make-cameo-table.py` from the
/// public tables): columns code, label, goldstein, quad, plover, force, intent.
public struct CameoCodebook: Sendable {
    public private(set) var codes: [String: CameoTraits] = [:]

    /// The codebook shipped with ChronographCore.
    public static let standard: CameoCodebook = {
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent("cameo.tsv")
        guard let data = try? Data(contentsOf: url) else { fatalError("cameo.tsv missing from the ChronographCore bundle at \(url.path)") }
        do { return try CameoCodebook(tsv: String(decoding: data, as: UTF8.self)) } catch { fatalError("\(error)") }
    }()

    public init(tsv: String) throws {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() where !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7, CameoCode(f[0]) != nil, let g = Double(f[2]), let q = Int(f[3]), (1...4).contains(q) else {
                throw CodebookError(line: n + 1, reason: "expected code, label, goldstein, quad (1-4), plover, force, intent")
            }
            codes[f[0]] = CameoTraits(code: f[0], label: f[1], goldstein: g, quad: q, plover: f[4], force: f[5] == "1", intent: f[6].isEmpty ? nil : f[6])
        }
    }

    /// The entry of a code, or of its nearest listed ancestor.
    public func traits(of code: String) -> CameoTraits? {
        var c = Substring(code)
        while !c.isEmpty {
            if let e = codes[String(c)] { return e }
            c.removeLast()
        }
        return nil
    }

    /// As `traits(of:)` (the name the extraction uses).
    public func entry(_ code: String) -> CameoTraits? { traits(of: code) }
}

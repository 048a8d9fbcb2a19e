import Foundation

/// The learned reader's decisions, trained by `chronograph train` from annotated articles:
/// whether a candidate pair is an event (`event`), which of the two is its source
/// (`direction`), its CAMEO root (`root`), which date it
/// takes (`date`), and the tagger of names no dictionary knows (`names`). Stored as one binary file that records the feature version.
public struct ReaderModel: Sendable {
    /// The version of the features the weights refer to; a model of another version is refused.
    public static let featureVersion: UInt32 = 9
    static let magic: [UInt8] = Array("CHRONOGRAPH-READER".utf8)

    var event: LinearModel
    var root: LinearModel
    var date: LinearModel
    var names: LinearModel
    var direction: LinearModel

    /// The number of weights of each decision.
    public var sizes: [String: Int] { ["event": event.count, "root": root.count, "date": date.count, "names": names.count, "direction": direction.count] }

    public enum LoadError: Error, CustomStringConvertible {
        case notAModel(String)
        case version(String, found: UInt32)

        public var description: String {
            switch self {
            case .notAModel(let f): "\(f): not a Chronograph reader model"
            case .version(let f, let v):
                "\(f): the model was trained with feature version \(v), this build reads version \(ReaderModel.featureVersion); retrain it with `chronograph train`"
            }
        }
    }

    /// The bytes of the model file: the same weights always give the same bytes.
    public func data() -> Data {
        var out = Data(ReaderModel.magic)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(ReaderModel.featureVersion)
        for m in [event, root, date, names, direction] {
            u32(UInt32(m.count))
            for k in m.keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
            for w in m.weights { u32(w.bitPattern) }
        }
        return out
    }

    public init(data: Data, file: String) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= ReaderModel.magic.count + 4, Array(bytes.prefix(ReaderModel.magic.count)) == ReaderModel.magic else {
            throw LoadError.notAModel(file)
        }
        var at = ReaderModel.magic.count
        func u32() throws -> UInt32 {
            guard at + 4 <= bytes.count else { throw LoadError.notAModel(file) }
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        let version = try u32()
        guard version == ReaderModel.featureVersion else { throw LoadError.version(file, found: version) }
        var models: [LinearModel] = []
        for _ in 0..<5 {
            let n = Int(try u32())
            guard n >= 0, at + n * 12 <= bytes.count else { throw LoadError.notAModel(file) }
            var table: [UInt64: Float] = [:]
            var keys: [UInt64] = []
            keys.reserveCapacity(n)
            for _ in 0..<n {
                var k: UInt64 = 0
                for b in 0..<8 { k |= UInt64(bytes[at + b]) << (8 * UInt64(b)) }
                keys.append(k)
                at += 8
            }
            for k in keys { table[k] = Float(bitPattern: try u32()) }
            models.append(LinearModel(table))
        }
        guard at == bytes.count else { throw LoadError.notAModel(file) }
        self.init(event: models[0], root: models[1], date: models[2], names: models[3], direction: models[4])
    }

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ResourceError.missing(path) }
        try self.init(data: data, file: path)
    }

    init(
        event: LinearModel = LinearModel(), root: LinearModel = LinearModel(), date: LinearModel = LinearModel(), names: LinearModel = LinearModel(),
        direction: LinearModel = LinearModel()
    ) {
        // The decisions among classes keep each feature's class weights together for scoring.
        self.direction = direction.withClasses(2)
        self.event = event.withClasses(2)
        self.root = root.withClasses(LearnedReader.roots.count)
        self.date = date
        self.names = names.withClasses(MentionTagger.tagCount)
    }
}

/// What can be wrong with an input, with where it is wrong.
public enum InputError: Error, CustomStringConvertible, Sendable {
    case notFound(String)
    case noArticles(String)
    case invalidUTF8(file: String, offset: Int)
    case binary(String)
    case malformedJSON(file: String, line: Int, reason: String)
    case missingField(file: String, line: Int, field: String)
    case invalidDate(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notFound(let f): "\(f): no such file or directory"
        case .noArticles(let d): "\(d): no articles (.txt, .json, .jsonl) found"
        case .invalidUTF8(let f, let o): "\(f): invalid UTF-8 at byte \(o)"
        case .binary(let f): "\(f): looks like a binary file, not text"
        case .malformedJSON(let f, let l, let r): "\(f):\(l): malformed JSON: \(r)"
        case .missingField(let f, let l, let field): "\(f):\(l): missing field \"\(field)\""
        case .invalidDate(let d): "invalid date '\(d)': expected YYYY-MM-DD"
        case .unreadable(let f, let r): "\(f): \(r)"
        }
    }
}

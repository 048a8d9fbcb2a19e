/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Codable, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression found in an article, normalized to a value.
public struct Timex: Codable, Sendable, Hashable {
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int
    public var type: TimexType
    public var value: String

    public init(document: String, text: String, start: Int, end: Int, type: TimexType, value: String) {
        self.document = document
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
    }
}

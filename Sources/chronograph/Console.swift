import Foundation

/// Writing to stdout, stderr or a file named by `-o`.
enum Console {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warnInline(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String?) throws {
        if let path, path != "-" {
            do {
                // A regular file is replaced at once; a device or a pipe (/dev/null, /dev/stdout,
                // a fifo) is written in place: an atomic write would rename a file over it.
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
                let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
                if let type, type == .typeCharacterSpecial || type == .typeBlockSpecial || type == .typeUnknown {
                    let handle = try FileHandle(forWritingTo: target)
                    defer { try? handle.close() }
                    try handle.write(contentsOf: data)
                } else {
                    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
                }
            } catch {
                throw ValidationErrorLike("cannot write \(path): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

struct ValidationErrorLike: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A progress line on stderr when it is a terminal; nothing otherwise.
final class ProgressLine: @unchecked Sendable {
    let total: Int
    let start = Date()
    private let lock = NSLock()
    private var shown = false

    init(total: Int) { self.total = total }

    func update(_ done: Int) {
        guard Console.stderrIsTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data(String(format: "\r%@ %d/%d articles  %.1f/s  %.0fs left ", bar, done, total, rate, left).utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

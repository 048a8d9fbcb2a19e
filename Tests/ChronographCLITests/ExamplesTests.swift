import Foundation
import Testing

/// examples/README.md shows what the current build prints (`scripts/make-examples.py`).
@Suite struct ExamplesTests {
    @Test func theExamplesReadmeIsNotStale() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "scripts/make-examples.py", "--check", "--binary", CLI.binary]
        p.currentDirectoryURL = CLI.root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let diff = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "examples/README.md is stale (python3 scripts/make-examples.py):\n\(diff)")
    }
}

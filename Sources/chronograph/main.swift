import ArgumentParser
import ChronographExtraction
import Foundation

// An unknown actor is a mistake in the arguments (exit 64), told in one line, without the
// top-level usage that ArgumentParser prints for errors it does not know.
do {
    var command = try Chronograph.parseAsRoot()
    try command.run()
} catch let error as UnknownActorError {
    FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
    exit(64)
} catch {
    Chronograph.exit(withError: error)
}

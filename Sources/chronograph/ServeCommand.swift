import ArgumentParser
import ChronographServer
import ChronographStore
import Foundation

/// `chronograph serve`: the read-only JSON API and the explorer page over a store.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a store: a read-only JSON API (/api/…), /graph.svg and the explorer page (/).")

    @Option(help: "The store: a SQLite file or a postgres:// URL.") var store: String
    @Option(help: "Address to bind (127.0.0.1: this machine only).") var host: String = "127.0.0.1"
    @Option(help: "Port (0: any free port, printed on start).") var port: Int = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("invalid --port \(port): expected 0 to 65535") }
    }

    func run() throws {
        let (location, host, port) = (store, host, port)
        try StoreAccess.wait {
            let store = try await Store.open(location)
            do {
                try await ExplorerServer.serve(store, host: host, port: port) { bound in
                    Console.warn("serving \(store.description) on http://\(host):\(bound)/")
                }
            } catch {
                await store.close()
                throw error
            }
            await store.close()
        }
    }
}

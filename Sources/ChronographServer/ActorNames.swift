import ChronographCore
import ChronographExtraction
import ChronographStore

/// Resolves what a user types (an id, a name or an alias in any language) to a stored actor,
/// from a snapshot of the store's actors that is read again when a name is not found.
actor ActorNames {
    private let store: any EventStore
    private var byKey: [String: String] = [:]
    private var names: [String: Actor] = [:]
    private var loaded = false

    init(store: any EventStore) { self.store = store }

    private func load() async throws {
        let all = try await store.actors()
        var keys: [String: String] = [:]
        var named: [String: Actor] = [:]
        for a in all {
            named[a.id] = a
            keys[a.id] = a.id
            for n in [a.name] + a.aliases where keys[Folding.fold(n)] == nil { keys[Folding.fold(n)] = a.id }
        }
        byKey = keys
        names = named
        loaded = true
    }

    func id(_ name: String) async throws -> String {
        if !loaded { try await load() }
        if let id = byKey[name] ?? byKey[Folding.fold(name)] { return id }
        try await load()
        if let id = byKey[name] ?? byKey[Folding.fold(name)] { return id }
        throw APIError.badRequest("unknown actor '\(name)'")
    }

    func actor(_ id: String) async throws -> Actor? {
        if !loaded { try await load() }
        return names[id]
    }
}

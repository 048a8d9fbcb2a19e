import ArgumentParser
import ChronographCore
import ChronographExtraction
import ChronographStore
import Foundation

/// Reading a store from the synchronous commands: only the events their filters select.
enum StoreAccess {
    /// Runs async work to its end from a synchronous command.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// The store's events under the filters (actor names resolved through the store's actors and
    /// the dictionary), and, for `between`, events that involve each named actor or its affiliates.
    static func read(_ location: String, resources: Resources, filters: FilterOptions?, involving names: [String]) throws -> Extraction {
        try wait {
            let store = try await Store.open(location)
            do {
                let known = try await store.actors()
                let resolver = ActorResolver(extraction: Extraction(actors: known), resources: resources)
                var filter = try filters?.filter(resolver) ?? EventFilter()
                if filters?.depth != nil { filter.actors = [] }
                var groups: [Set<String>] = []
                for n in names { groups.append(try await store.withAffiliates(try resolver.id(n))) }
                var e = try await store.events(StoreQuery(filter: filter, involving: groups))
                // The named actors stay known to the views even when none of their events is kept.
                let present = Set(e.actors.map(\.id))
                let named = filter.actors.union(groups.flatMap { $0 })
                e.actors += known.filter { named.contains($0.id) && !present.contains($0.id) }
                await store.close()
                return e
            } catch {
                await store.close()
                throw error
            }
        }
    }
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

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
    /// The SQL reads the named actors' events and, unless `--exact`, those of the actors affiliated
    /// to them at any date; the views then apply the filters themselves (an affiliation holds on
    /// the event's date only).
    static func read(_ location: String, resources: Resources, filters: FilterOptions?, neighbourhood: Bool, involving names: [String]) throws -> Extraction {
        try wait {
            let store = try await Store.open(location)
            do {
                let known = try await store.actors()
                let resolver = ActorResolver(extraction: Extraction(actors: known), dictionary: resources.actors)
                var filter = try filters?.filter(resolver) ?? EventFilter()
                let named = filter.actors
                if neighbourhood {
                    filter.actors = []
                } else if !filter.exact {
                    filter.actors = affiliates(of: named, resolver)
                }
                var groups: [Set<String>] = []
                for n in names {
                    let id = try resolver.id(n)
                    groups.append(try await store.withAffiliates(id).union(affiliates(of: [id], resolver)))
                }
                var e = try await store.events(StoreQuery(filter: filter, involving: groups))
                // The named actors stay known to the views even when none of their events is kept.
                let present = Set(e.actors.map(\.id))
                let wanted = named.union(groups.flatMap { $0 })
                e.actors += known.filter { wanted.contains($0.id) && !present.contains($0.id) }
                await store.close()
                return e
            } catch {
                await store.close()
                throw error
            }
        }
    }

    /// The actors with the actors tied to them at some date (see `ActorResolver.affiliations`).
    static func affiliates(of ids: Set<String>, _ resolver: ActorResolver) -> Set<String> {
        var out = ids
        for (actor, ties) in resolver.affiliations where ties.contains(where: { ids.contains($0.of) }) { out.insert(actor) }
        return out
    }
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// The body's result, or `StoreError.open` when it takes longer than the seconds given (a
/// server that does not answer must not hang a command).
func withTimeout<T: Sendable>(_ seconds: Double, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw StoreError.open(what, "no answer in \(Int(seconds)) s")
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

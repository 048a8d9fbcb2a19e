import ChronographStore
import Foundation
import Hummingbird
import Logging

/// `chronograph serve`: the API's routes and the explorer page on Hummingbird, bound to
/// 127.0.0.1 unless told otherwise; GET only, requests and results bounded.
public enum ExplorerServer {
    /// Longest request target accepted, in bytes.
    public static let maxTargetBytes = 4096

    public static func router(api: ExplorerAPI) -> Router<BasicRequestContext> {
        let router = Router()
        for (path, asset) in ExplorerAssets.routes {
            router.get(RouterPath(path)) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: asset.type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.data)))
            }
        }
        let endpoints: [(String, @Sendable ([(String, String)]) async throws -> Data)] = [
            ("/api/timeline", api.timeline), ("/api/between", api.between), ("/api/graph", api.graph), ("/api/actors", api.actors),
            ("/api/series", api.series),
        ]
        for (path, handler) in endpoints {
            router.get(RouterPath(path)) { request, _ in await answer(request) { try await handler(pairs(request)) } }
        }
        router.get("/graph.svg") { request, _ in await answer(request, type: "image/svg+xml") { try await api.graphSVG(pairs(request)) } }
        router.get("/api/events/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return await answer(request) { try await api.event(id) }
        }
        return router
    }

    /// The application on a host and port.
    public static func application(
        api: ExplorerAPI, host: String = "127.0.0.1", port: Int = 8080, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "chronograph.serve")
        logger.logLevel = .warning
        return Application(
            router: router(api: api), configuration: .init(address: .hostname(host, port: port), serverName: "chronograph"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }

    /// Serves a store until the process is interrupted (SIGINT or SIGTERM), then returns.
    public static func serve(_ store: any EventStore, host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(api: ExplorerAPI(store: store), host: host, port: port, onRunning: onRunning).runService()
    }

    static func pairs(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    /// Runs a handler and turns its result or error into a response.
    static func answer(_ request: Request, type: String = "application/json; charset=utf-8", _ body: () async throws -> Data) async -> Response {
        guard request.uri.string.utf8.count <= maxTargetBytes else { return error(414, "the request is longer than \(maxTargetBytes) bytes") }
        do {
            let data = try await body()
            return Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        } catch let e as APIError {
            return error(e.status, e.message)
        } catch {
            return Self.error(500, "the store could not answer: \(error)")
        }
    }

    static func error(_ status: Int, _ message: String) -> Response {
        Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: ExplorerAPI.errorBody(message))))
    }
}

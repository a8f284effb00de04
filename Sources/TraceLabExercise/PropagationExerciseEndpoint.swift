import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore
import TraceLabCore

/// TraceLab's own service for the propagation exercise, built on the course's W3C code
/// (``TraceContextHeaders``): it implements the W3C test harness's contract, so both
/// `tracelab exercise propagation` and the official W3C suite can be pointed at it.
///
/// `POST` (any path) with a JSON array of `{"url": ..., "arguments": ...}`: the endpoint continues
/// the incoming trace (or starts one, with the random flag set), and for each element in order
/// opens a client span of its own and `POST`s `arguments` as JSON to `url`, carrying that span's
/// `traceparent` and the `tracestate` it received. It answers 200 once every call has returned,
/// 400 for a body that is not such an array.
public struct PropagationExerciseEndpoint: Sendable {
    /// The host to listen on.
    public var host: String
    /// The port to listen on; 0 lets the system choose.
    public var port: Int
    private let ids: any IDSource
    private let callTimeout: Duration

    /// Creates an endpoint; `ids` gives its trace and span ids (seeded in tests, random in use).
    public init(
        host: String = "127.0.0.1", port: Int = 0,
        ids: any IDSource = SeededIDSource(seed: .random(in: .min ... .max)),
        callTimeout: Duration = .seconds(10)
    ) {
        self.host = host
        self.port = port
        self.ids = ids
        self.callTimeout = callTimeout
    }

    /// Starts listening in the background and returns the running server; call
    /// ``RunningServer/stop()`` to shut it down. Throws when the address cannot be bound.
    public func start() async throws -> RunningServer {
        let client = Self.makeClient()
        do {
            return try await RunningServer.start(
                router(client: client), host: host, port: port, afterStop: { try? await client.shutdown() })
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// The endpoint's routes, for an application that serves it next to other routes.
    public func router(client: HTTPClient) -> Router<BasicRequestContext> {
        let router = Router()
        let handler = ContractHandler(ids: ids, client: client, timeout: callTimeout)
        router.post("/") { request, _ in try await handler.respond(to: request) }
        router.post("/**") { request, _ in try await handler.respond(to: request) }
        return router
    }

    /// An HTTP client whose own tracing is off, so only the endpoint writes trace-context headers.
    public static func makeClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}

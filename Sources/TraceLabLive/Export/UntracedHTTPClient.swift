import AsyncHTTPClient
import NIOPosix

/// HTTP clients for the lab's own plumbing (exports, the queue, control requests): no tracer,
/// so nothing they do becomes a span or injects a header.
enum UntracedHTTPClient {
    static func make() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.tracing.tracer = nil
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    /// Runs `body` with a fresh untraced client and shuts the client down afterwards.
    static func with<T: Sendable, Failure: Error>(
        _ body: (HTTPClient) async throws(Failure) -> T
    ) async throws(Failure) -> T {
        let client = make()
        let result: Result<T, Failure>
        do throws(Failure) {
            result = .success(try await body(client))
        } catch {
            result = .failure(error)
        }
        try? await client.shutdown()
        return try result.get()
    }
}

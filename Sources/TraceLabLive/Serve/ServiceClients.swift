import AsyncHTTPClient
import NIOCore
import NIOPosix
import TraceLabCore

/// A service process's two HTTP clients for calls to other services: one whose tracer injects
/// trace context, one whose tracer does not. Both create client spans (AsyncHTTPClient's own
/// tracing) and both pass their connections through a ``WireTap``.
final class ServiceClients: Sendable {
    let propagating: HTTPClient
    let silent: HTTPClient

    init(lab: LabTracer, ledger: CallLedger, latencyNanos: UInt64) {
        func client(propagates: Bool) -> HTTPClient {
            var configuration = HTTPClient.Configuration()
            configuration.tracing.tracer = ServiceTracer(
                lab: lab, propagates: propagates, active: nil, ledger: ledger)
            configuration.http1_1ConnectionDebugInitializer = { channel in
                channel.pipeline.addHandler(
                    WireTap(ledger: ledger, latencyNanos: latencyNanos), position: .first)
            }
            configuration.connectionPool = .init(idleTimeout: .seconds(30))
            return HTTPClient(
                eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        }
        propagating = client(propagates: true)
        silent = client(propagates: false)
    }

    /// The client for a boundary that does or does not propagate.
    func client(propagates: Bool) -> HTTPClient {
        propagates ? propagating : silent
    }

    /// Closes both clients' connections.
    func shutdown() async {
        try? await propagating.shutdown()
        try? await silent.shutdown()
    }
}

import Foundation
import Hummingbird
import ServiceLifecycle
import Synchronization
import TraceLabCore

/// The parent's side of the live lab, one HTTP server on 127.0.0.1: the OTLP collector the
/// service processes export to, the crossing reports, and the message queue.
final class LiveHub: Sendable {
    let collector: TraceCollector
    let queue: LiveQueue
    private let halves = Mutex<[CrossingHalf]>([])
    private let peers = ServicePorts()
    private let ports = PortPromise()
    private let now: @Sendable () -> UInt64

    init(spanLimit: Int, now: @escaping @Sendable () -> UInt64) {
        self.collector = TraceCollector(spanLimit: spanLimit)
        self.now = now
        let peers = self.peers
        self.queue = LiveQueue(ports: { service in peers.port(of: service) })
    }

    /// Records where each service listens, for the queue's deliveries.
    func setPeers(_ ports: [String: Int]) {
        peers.set(ports)
    }

    /// Every crossing half reported so far.
    var crossingHalves: [CrossingHalf] { halves.withLock { $0 } }

    /// The application serving the hub; its port arrives through ``port()``.
    func application() -> some Service {
        let router = Router()
        OTLPReceiver(bodyLimit: 16 * 1024 * 1024, collector: collector, now: now).register(on: router)
        router.post(RouterPath(LiveHubPaths.crossings)) { request, _ -> Response in
            guard let body = try? await request.body.collect(upTo: 16 * 1024 * 1024),
                let report = try? JSONDecoder().decode(CrossingReport.self, from: Data(buffer: body))
            else { return OTLPReceiver.text(.badRequest, "not a crossing report") }
            self.halves.withLock { $0.append(contentsOf: report.halves) }
            return Response(status: .noContent)
        }
        router.post(RouterPath(LiveHubPaths.queue)) { request, _ -> Response in
            guard let body = try? await request.body.collect(upTo: 1024 * 1024),
                let message = try? JSONDecoder().decode(QueuedMessage.self, from: Data(buffer: body))
            else { return OTLPReceiver.text(.badRequest, "not a message") }
            self.queue.accept(message)
            return Response(status: .accepted)
        }
        let ports = self.ports
        return Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "tracelab-hub"),
            onServerRunning: { ports.fulfil($0) }, logger: QuietLogger.logger)
    }

    /// The hub's port once it listens; nil when it could not start.
    func port() async -> Int? {
        await ports.port()
    }

    /// Tells waiters the hub will never listen.
    func failedToStart() {
        ports.settle(nil)
    }
}

/// Where each service listens, once known.
final class ServicePorts: Sendable {
    private let ports = Mutex<[String: Int]>([:])

    func set(_ value: [String: Int]) {
        ports.withLock { $0 = value }
    }

    func port(of service: String) -> Int? {
        ports.withLock { $0[service] }
    }
}

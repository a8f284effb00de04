import Hummingbird
import Instrumentation
import ServiceLifecycle
import TraceLabCore
import Tracing

/// One service of a scenario as its own process (`tracelab serve`): a Hummingbird application
/// on 127.0.0.1 with an ephemeral port, its spans recorded by the course tracer and exported
/// to the parent's hub. It runs until ``stop`` returns, then ships every span and returns.
public struct ServiceHost: Sendable {
    /// What the process serves.
    public let settings: ServeSettings
    /// The real clock, in Unix nanoseconds.
    public let now: @Sendable () -> UInt64

    /// Creates a host.
    public init(settings: ServeSettings, now: @escaping @Sendable () -> UInt64) {
        self.settings = settings
        self.now = now
    }

    /// Serves until `stop` returns. `onListening` gets the bound port; `peers` is filled in
    /// by the caller when the parent sends the other services' ports. The process's global
    /// tracer is bootstrapped here, once: Hummingbird's tracing middleware reads it.
    public func run(
        peers: PeerTable, onListening: @escaping @Sendable (Int) -> Void,
        stop: @escaping @Sendable () async -> Void
    ) async throws(LiveError) {
        guard settings.scenario.service(settings.service) != nil else {
            throw LiveError("scenario '\(settings.scenario.id)' has no service '\(settings.service)'")
        }
        let recorder = SpanRecorder()
        let ids = SeededIDSource(seed: settings.seed)
        let lab = LabTracer(service: settings.service, recorder: recorder, ids: ids)
        let active = ActiveSpans()
        let ledger = CallLedger(prefix: "\(settings.service)-\(settings.processID)")
        InstrumentationSystem.bootstrap(
            ServiceTracer(lab: lab, propagates: true, active: active, ledger: nil))
        let clients = ServiceClients(
            lab: lab, ledger: ledger, latencyNanos: settings.scaled(settings.scenario.networkLatencyNanos))
        let runner = OperationRunner(
            settings: settings, lab: lab, clients: clients, ledger: ledger, peers: peers, now: now)
        let router = Router()
        ServiceRoutes(settings: settings, runner: runner, active: active, ledger: ledger, lab: lab, now: now)
            .register(on: router)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: settings.service),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { onListening(port) }
            },
            logger: QuietLogger.logger)
        let shipper = SpanShipper(
            recorder: recorder, ledger: ledger, active: active, hub: HubClient(port: settings.hubPort),
            service: settings.service,
            resource: [
                "service.name": .string(settings.service), "process.pid": .int(Int64(settings.processID)),
                "tracelab.scenario": .string(settings.scenario.id),
            ])
        let group = ServiceGroup(
            configuration: .init(
                services: [PeriodicShipping(shipper: shipper), app], logger: QuietLogger.logger))
        let stopping = Task {
            await stop()
            await group.triggerGracefulShutdown()
        }
        var failure: (any Error)?
        do {
            try await group.run()
        } catch {
            failure = error
        }
        stopping.cancel()
        await clients.shutdown()
        if let failure {
            throw LiveError("\(settings.service) cannot serve: \(ListenFailure.reason(failure))")
        }
    }
}

/// Ships spans every half second; ships the rest when the service shuts down.
struct PeriodicShipping: Service {
    let shipper: SpanShipper

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(500)) }
            _ = await shipper.ship()
        }
        _ = await shipper.final()
    }
}

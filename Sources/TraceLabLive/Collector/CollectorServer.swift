import Hummingbird
import ServiceLifecycle
import TraceLabCore

/// `tracelab collect`: an OTLP/HTTP receiver that prints each trace once it has been quiet.
/// Runs until SIGINT or SIGTERM, then hands out every trace still held and returns.
public struct CollectorServer: Sendable {
    /// Where to listen and how much to hold.
    public struct Settings: Hashable, Sendable {
        /// The address to bind (127.0.0.1 unless the user asks for another).
        public var host: String
        /// The port to bind; 0 picks a free one.
        public var port: Int
        /// The largest request body accepted, in bytes.
        public var bodyLimit: Int
        /// The most spans held before the oldest traces are handed out early.
        public var spanLimit: Int
        /// How long a trace must receive nothing before it is handed out.
        public var quiet: Duration

        /// Creates settings.
        public init(host: String, port: Int, bodyLimit: Int, spanLimit: Int, quiet: Duration) {
            self.host = host
            self.port = port
            self.bodyLimit = bodyLimit
            self.spanLimit = spanLimit
            self.quiet = quiet
        }
    }

    /// The settings.
    public let settings: Settings
    /// The clock, in Unix nanoseconds.
    public let now: @Sendable () -> UInt64

    /// Creates a server.
    public init(settings: Settings, now: @escaping @Sendable () -> UInt64) {
        self.settings = settings
        self.now = now
    }

    /// Listens until SIGINT/SIGTERM; `onListening` gets the bound port, `onTrace` each trace.
    public func run(
        onListening: @escaping @Sendable (Int) -> Void,
        onTrace: @escaping @Sendable (TraceCollector.Batch) -> Void
    ) async throws(LiveError) {
        let collector = TraceCollector(spanLimit: settings.spanLimit)
        let router = Router()
        OTLPReceiver(
            bodyLimit: settings.bodyLimit, collector: collector, now: now,
            onEarlyTraces: { $0.forEach(onTrace) }
        ).register(on: router)
        let ports = PortPromise()
        let app = Application(
            router: router,
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: "tracelab"),
            onServerRunning: { channel in
                ports.fulfil(channel)
                if let port = channel.localAddress?.port { onListening(port) }
            },
            logger: QuietLogger.logger)
        let flusher = QuietTraceFlusher(
            collector: collector, quietNanos: settings.quiet.nanosecondsCount, now: now, onTrace: onTrace)
        let group = ServiceGroup(
            configuration: .init(
                services: [flusher, app], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: QuietLogger.logger))
        do {
            try await group.run()
        } catch {
            throw LiveError(
                "cannot listen on \(settings.host):\(settings.port): \(ListenFailure.reason(error))")
        }
    }
}

/// Hands out quiet traces every 100 ms; on shutdown, everything still held.
struct QuietTraceFlusher: Service {
    let collector: TraceCollector
    let quietNanos: UInt64
    let now: @Sendable () -> UInt64
    let onTrace: @Sendable (TraceCollector.Batch) -> Void

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(100)) }
            for batch in collector.quietTraces(nowNanos: now(), quietNanos: quietNanos) { onTrace(batch) }
        }
        for batch in collector.drain() { onTrace(batch) }
    }
}

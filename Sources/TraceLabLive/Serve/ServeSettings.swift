import TraceLabCore

/// What one service process needs to know: its scenario and service, where the parent's hub
/// listens, the seed for its ids, how fast time runs, and which boundaries propagate.
public struct ServeSettings: Sendable {
    /// The scenario the service belongs to.
    public var scenario: Scenario
    /// This process's service.
    public var service: String
    /// The parent's hub port on 127.0.0.1 (OTLP collector, crossings, queue).
    public var hubPort: Int
    /// Seeds this process's trace and span ids.
    public var seed: UInt64
    /// Real waits are the scenario's durations times this factor.
    public var timeScale: Double
    /// Which boundaries propagate.
    public var propagation: PropagationSettings
    /// This process's id, reported as the `process.pid` resource attribute.
    public var processID: Int32

    /// Creates settings.
    public init(
        scenario: Scenario, service: String, hubPort: Int, seed: UInt64, timeScale: Double,
        propagation: PropagationSettings, processID: Int32
    ) {
        self.scenario = scenario
        self.service = service
        self.hubPort = hubPort
        self.seed = seed
        self.timeScale = timeScale
        self.propagation = propagation
        self.processID = processID
    }

    /// `nanos` of scenario time as real nanoseconds.
    func scaled(_ nanos: UInt64) -> UInt64 {
        UInt64((Double(nanos) * timeScale).rounded())
    }
}

import TraceLabCore

/// How to run a scenario live: which executable serves, which scenario and settings each
/// service process gets, and how many requests the parent sends.
public struct LiveLabSettings: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The scenario as `tracelab serve` should be told it (an id or an absolute path).
    public var scenarioReference: String
    /// The `tracelab` executable that runs `serve`.
    public var executable: String
    /// Extra environment for the service processes (the content folder).
    public var environment: [String: String]
    /// Which boundaries propagate.
    public var propagation: PropagationSettings
    /// How many user requests to send.
    public var requests: Int
    /// Requests per second (the first is sent at once).
    public var rate: Double
    /// Real waits are the scenario's durations times this factor.
    public var timeScale: Double
    /// Seeds the processes' ids and the correlation ids.
    public var seed: UInt64
    /// The most spans the parent's collector holds for one run.
    public var spanLimit: Int

    /// Creates settings.
    public init(
        scenario: Scenario, scenarioReference: String, executable: String, environment: [String: String],
        propagation: PropagationSettings, requests: Int, rate: Double, timeScale: Double, seed: UInt64,
        spanLimit: Int
    ) {
        self.scenario = scenario
        self.scenarioReference = scenarioReference
        self.executable = executable
        self.environment = environment
        self.propagation = propagation
        self.requests = requests
        self.rate = rate
        self.timeScale = timeScale
        self.seed = seed
        self.spanLimit = spanLimit
    }

    /// The arguments of `tracelab serve` for `service`.
    func serveArguments(service: String, hubPort: Int, seed: UInt64) -> [String] {
        var arguments = [
            "serve", scenarioReference, "--service", service, "--hub", String(hubPort), "--seed",
            String(seed),
            "--time-scale", String(timeScale), "--propagation", propagation.enabledByDefault ? "on" : "off",
        ]
        for boundary in propagation.disabledBoundaries.sorted() {
            arguments += ["--off", boundary]
        }
        return arguments
    }
}

/// What a live run produced: the run as the views read it, each service's resource (with its
/// `process.pid`), and every problem met on the way, one line each.
public struct LiveLabResult: Sendable {
    /// Spans from every process, crossings joined from both sides.
    public var run: LabRun
    /// Resource attributes by service.
    public var resources: [String: [String: AttributeValue]]
    /// Services that failed to start or died, deliveries that failed.
    public var failures: [String]
    /// How long the user waited for each request that was answered, in nanoseconds.
    public var requestLatencies: [UInt64]
    /// The same, for the requests answered with success (2xx) only.
    public var successfulLatencies: [UInt64] = []
}

/// Runs a scenario on a virtual clock: nothing sleeps, every instant is computed, so a 2.8 s
/// checkout simulates in microseconds and the same options always give the same run.
///
/// The run is a discrete-event simulation: user requests arrive from a seeded process, each
/// service interprets its operations' steps, and a scheduler hands out events (work done, a
/// request reaching a service, an answer, a timeout, a message delivered) in time order. Many
/// requests are in flight at once; a service with a worker pool makes the excess wait.
///
/// Each simulated service owns a ``LabTracer``, the same tracer the live lab's real services use
/// through the swift-distributed-tracing API: it gives each span its ids and sampled flag, writes
/// the W3C `traceparent` into every carrier and parses it on the other side, and records what
/// each crossing injected and extracted. The simulator keeps its open spans as plain values
/// rather than tracing-API span objects, so a run of many requests stays cheap.
public struct ScenarioEngine: Sendable {
    /// The most spans one run may create before it is stopped as runaway.
    public static let spanLimit = ScenarioLimits.maxSpansPerRun

    /// The scenario to run.
    public let scenario: Scenario
    private let compiled: CompiledScenario

    /// Creates an engine for `scenario` (already checked by ``ScenarioLoader``).
    public init(scenario: Scenario) {
        self.scenario = scenario
        compiled = CompiledScenario(scenario)
    }

    /// Simulates every user request the options ask for and every message they lead to. The
    /// simulation asks `cancellation` every thousand or so events and, once it
    /// says stop, throws ``ScenarioRunError/cancelled`` and returns nothing of the partial run.
    public func run(_ options: RunOptions, cancellation: RunCancellation = .never) throws(ScenarioRunError)
        -> LabRun
    {
        guard (1...ScenarioLimits.maxRequests).contains(options.requests) else {
            throw ScenarioRunError(
                message: "the number of requests must be from 1 to \(ScenarioLimits.maxRequests), "
                    + "not \(options.requests)")
        }
        guard options.ratePerSecond.isFinite, options.ratePerSecond > 0 else {
            throw ScenarioRunError(
                message: "the arrival rate must be a positive number of requests per second")
        }
        var simulation = Simulation(
            scenario: scenario, compiled: compiled, options: options, cancellation: cancellation)
        return try simulation.run()
    }
}

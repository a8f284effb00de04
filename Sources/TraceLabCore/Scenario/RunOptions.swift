/// How to run a scenario: which boundaries propagate, the seed for ids and jitter, where the
/// virtual clock starts, and how many user requests arrive at which rate.
public struct RunOptions: Hashable, Sendable {
    /// Propagation per boundary.
    public var propagation: PropagationSettings
    /// Seeds trace ids, span ids, the correlation id and any jitter: same seed, same run.
    public var seed: UInt64
    /// The virtual clock's starting instant, in nanoseconds since the Unix epoch.
    public var epochNanos: UInt64

    /// How many user requests arrive (at least 1).
    public var requests: Int
    /// Requests per second on average.
    public var ratePerSecond: Double
    /// How arrivals are spread.
    public var arrivals: ArrivalPattern
    /// Which traces are kept; by default every one.
    public var sampling: SamplingSettings

    /// The fixed start of the lab's virtual clock, 2026-01-01T00:00:00Z: the same options give
    /// the same timestamps whenever they run.
    public static let fixedEpochNanos: UInt64 = 1_767_225_600_000_000_000

    /// The rate used when none is given.
    public static let defaultRate = 10.0

    /// Creates options.
    public init(
        propagation: PropagationSettings = .allOn, seed: UInt64, epochNanos: UInt64, requests: Int = 1,
        ratePerSecond: Double = RunOptions.defaultRate, arrivals: ArrivalPattern = .poisson,
        sampling: SamplingSettings = .keepAll
    ) {
        self.sampling = sampling
        self.propagation = propagation
        self.seed = seed
        self.epochNanos = epochNanos
        self.requests = requests
        self.ratePerSecond = ratePerSecond
        self.arrivals = arrivals
    }
}

/// Why a scenario could not be run to the end.
public struct ScenarioRunError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let message: String
    /// True when the run did not fail but was stopped on request (see ``RunCancellation``).
    public let isCancellation: Bool

    /// Creates an error.
    public init(message: String) {
        self.message = message
        isCancellation = false
    }

    private init(cancelledWith message: String) {
        self.message = message
        isCancellation = true
    }

    /// The run was stopped on request before it finished; it produced nothing.
    public static let cancelled = ScenarioRunError(cancelledWith: "the run was stopped before it finished")

    /// The message.
    public var description: String { message }
}

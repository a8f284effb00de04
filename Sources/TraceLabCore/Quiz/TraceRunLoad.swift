/// The load a trace question's run is under: how many requests arrive, at what rate and how
/// they are spread, and the seed that makes the run repeatable. The default is one request,
/// seed 1, as every trace question had before loads could be named.
public struct TraceRunLoad: Hashable, Sendable {
    /// The seed trace questions run with when none is named.
    public static let defaultSeed: UInt64 = 1

    /// How many user requests arrive (1 to ``ScenarioLimits/maxRequests``).
    public var requests: Int
    /// Requests per second on average.
    public var ratePerSecond: Double
    /// How arrivals are spread.
    public var arrivals: ArrivalPattern
    /// The run's seed: the same load and seed give the same run, so the same key.
    public var seed: UInt64

    /// Creates a load.
    public init(
        requests: Int = 1, ratePerSecond: Double = RunOptions.defaultRate,
        arrivals: ArrivalPattern = .poisson,
        seed: UInt64 = TraceRunLoad.defaultSeed
    ) {
        self.requests = requests
        self.ratePerSecond = ratePerSecond
        self.arrivals = arrivals
        self.seed = seed
    }
}

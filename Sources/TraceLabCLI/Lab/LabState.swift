import TraceLabCore

/// The learner's lab bench: which scenario, which boundaries propagate, and the seed that
/// keeps ids stable between `run`, `trace`, `headers` and the other views.
public struct LabState: Codable, Hashable, Sendable {
    /// The scenario the views show.
    public var scenarioID: String
    /// Propagation per boundary.
    public var propagation: PropagationSettings
    /// The seed of the current run.
    public var seed: UInt64
    /// How many requests the run sends and how they arrive.
    public var load: LoadSettings
    /// The trace the views show (32 hex digits), or nil for the default.
    public var selectedTrace: String?
    /// The sampling the learner chose, or nil for the scenario's default (keep everything
    /// unless the scenario file says otherwise).
    public var sampling: SamplingSettings?

    /// The default bench: the checkout with propagation on everywhere, one request.
    public static func initial(seed: UInt64) -> LabState {
        LabState(scenarioID: "checkout", propagation: .allOn, seed: seed)
    }

    /// Creates a state.
    public init(
        scenarioID: String, propagation: PropagationSettings, seed: UInt64, load: LoadSettings = .single,
        selectedTrace: String? = nil, sampling: SamplingSettings? = nil
    ) {
        self.sampling = sampling
        self.scenarioID = scenarioID
        self.propagation = propagation
        self.seed = seed
        self.load = load
        self.selectedTrace = selectedTrace
    }

    /// `200 requests at 50/s (Poisson)`, or nil for a single request.
    public var loadSummary: String? {
        guard load.requests > 1 else { return nil }
        let arrivals = load.arrivals == .poisson ? "Poisson" : "evenly spaced"
        return "\(load.requests) requests at \(NumberText.compact(load.ratePerSecond))/s (\(arrivals))"
    }

    /// The sampling a run of `scenario` uses: the learner's choice, else the scenario's default.
    public func effectiveSampling(for scenario: Scenario) -> SamplingSettings {
        sampling ?? scenario.defaultSampling
    }

    /// A one-line description of the propagation settings, for headers and messages.
    public var propagationSummary: String {
        Self.describe(propagation)
    }

    /// `on everywhere`, `off everywhere`, or `on, except off at gateway:billing`.
    public static func describe(_ settings: PropagationSettings) -> String {
        if !settings.enabledByDefault { return "off everywhere" }
        if settings.disabledBoundaries.isEmpty { return "on everywhere" }
        return "on, except off at " + settings.disabledBoundaries.sorted().joined(separator: ", ")
    }
}

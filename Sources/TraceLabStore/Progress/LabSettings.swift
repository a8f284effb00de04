import TraceLabCore

/// The lab as the learner last left it in a lesson: which boundaries propagate, which scenario ran
/// and with which seed.
public struct LabSettings: Hashable, Sendable, Codable {
    /// Propagation default and the boundaries (`caller:callee`) turned off.
    public var propagation: PropagationSettings
    /// The scenario the lab runs, such as `checkout`; `nil` for the lesson's default.
    public var scenarioID: String?
    /// The seed for timing jitter; `nil` for none.
    public var seed: UInt64?
    /// How many requests the lab sends and how they arrive; `nil` for one request.
    public var load: LoadSettings?
    /// The trace the views show (32 hex digits); `nil` for the default.
    public var selectedTrace: String?
    /// The sampling the learner chose; `nil` for the scenario's default.
    public var sampling: SamplingSettings?

    /// Creates lab settings; the defaults are propagation on everywhere, the lesson's scenario, no
    /// seed, one request and the default trace.
    public init(
        propagation: PropagationSettings = .allOn, scenarioID: String? = nil, seed: UInt64? = nil,
        load: LoadSettings? = nil, selectedTrace: String? = nil, sampling: SamplingSettings? = nil
    ) {
        self.sampling = sampling
        self.propagation = propagation
        self.scenarioID = scenarioID
        self.seed = seed
        self.load = load
        self.selectedTrace = selectedTrace
    }
}

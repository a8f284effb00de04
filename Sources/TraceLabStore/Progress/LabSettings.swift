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

    /// Creates lab settings; the defaults are propagation on everywhere, the lesson's scenario and no seed.
    public init(propagation: PropagationSettings = .allOn, scenarioID: String? = nil, seed: UInt64? = nil) {
        self.propagation = propagation
        self.scenarioID = scenarioID
        self.seed = seed
    }
}

/// How to run a scenario: which boundaries propagate, the seed for ids and jitter, and where
/// the virtual clock starts.
public struct RunOptions: Hashable, Sendable {
    /// Propagation per boundary.
    public var propagation: PropagationSettings
    /// Seeds trace ids, span ids, the correlation id and any jitter: same seed, same run.
    public var seed: UInt64
    /// The virtual clock's starting instant, in nanoseconds since the Unix epoch.
    public var epochNanos: UInt64

    /// Creates options.
    public init(propagation: PropagationSettings = .allOn, seed: UInt64, epochNanos: UInt64) {
        self.propagation = propagation
        self.seed = seed
        self.epochNanos = epochNanos
    }
}

/// Why a scenario could not be run to the end.
public struct ScenarioRunError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

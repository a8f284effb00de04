/// The documented limits a scenario and a run must respect, so a runaway scenario ends with a
/// clear message instead of exhausting the machine.
public enum ScenarioLimits {
    /// The most spans one run may create (all requests together).
    public static let maxSpansPerRun = 1_000_000
    /// The most calls or messages nested below the user's request.
    public static let maxCallDepth = 10_000
    /// The most requests one run may simulate.
    public static let maxRequests = 100_000
}

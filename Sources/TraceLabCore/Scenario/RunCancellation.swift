/// A question a long computation asks every so often: should it stop now? The caller decides
/// what the answer depends on (Ctrl-C at the prompt, a deadline, a test's flag); the core only
/// asks, so it stays free of signals and globals.
public struct RunCancellation: Sendable {
    private let check: @Sendable () -> Bool

    /// A cancellation that answers with `isCancelled`, asked from the computing thread.
    public init(_ isCancelled: @escaping @Sendable () -> Bool) {
        check = isCancelled
    }

    /// Never stops anything.
    public static let never = RunCancellation { false }

    /// True once the computation should stop.
    public var isCancelled: Bool { check() }

    /// Throws ``ScenarioRunError/cancelled`` once the computation should stop.
    public func stopIfCancelled() throws(ScenarioRunError) {
        if check() { throw .cancelled }
    }
}

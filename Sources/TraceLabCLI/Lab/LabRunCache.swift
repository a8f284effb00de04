import Synchronization
import TraceLabCore

/// The last lab run of this process and its analysis, kept so the commands that follow a `run`
/// at the prompt (`metrics`, `traces`, `trace 3`, `logs`...) show it without simulating it again.
/// A run is a pure function of its scenario and options, so a run found under the same two is
/// the run the command would have made. Only the newest is kept: a 10,000-request run holds
/// about 100 MB.
public final class LabRunCache: Sendable {
    private struct Key: Hashable {
        let scenario: Scenario
        let options: RunOptions
    }

    private struct Entry {
        let key: Key
        let run: LabRun
        let analysis: LabAnalysis
    }

    private let last = Mutex<Entry?>(nil)

    /// Creates an empty cache.
    public init() {}

    /// The run and analysis of `scenario` with `options`, made by `make` unless they are the
    /// last ones made (then `made` is false). A failure of `make` is thrown and nothing is kept.
    public func runAndAnalysis<Failure: Error>(
        of scenario: Scenario, options: RunOptions, make: () throws(Failure) -> (LabRun, LabAnalysis)
    ) throws(Failure) -> (run: LabRun, analysis: LabAnalysis, made: Bool) {
        let key = Key(scenario: scenario, options: options)
        if let entry = last.withLock({ $0 }), entry.key == key { return (entry.run, entry.analysis, false) }
        // Let the old run go before making the new one, so two never share the memory.
        last.withLock { $0 = nil }
        let (run, analysis) = try make()
        last.withLock { $0 = Entry(key: key, run: run, analysis: analysis) }
        return (run, analysis, true)
    }

    /// True when the last run kept is `scenario`'s with `options`.
    public func holds(_ scenario: Scenario, options: RunOptions) -> Bool {
        last.withLock { $0?.key == Key(scenario: scenario, options: options) }
    }
}

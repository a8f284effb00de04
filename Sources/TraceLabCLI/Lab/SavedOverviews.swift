import Foundation
import TraceLabCore
import TraceLabStore

/// The overview of the newest many-request run, saved in the data directory's database, so
/// `traces` and `metrics` in a new process (each shell command is one) show it in milliseconds
/// instead of simulating the run again. A saved overview is found by a key that names
/// everything the run depends on: this build of tracelab, the scenario file's exact text, and
/// every run option; anything else is a miss and the run is simulated as before. Saving is best
/// effort: a data directory that cannot be written only means the next command simulates.
struct SavedOverviews {
    let context: CommandContext
    let global: GlobalOptions

    /// What the key is made of, written as JSON with sorted keys so it is the same text in every
    /// process.
    private struct KeyParts: Encodable {
        let format = 1
        let build: String
        let scenario: String
        let scenarioBytes: Int
        let scenarioHash: String
        let propagation: PropagationSettings
        let seed: UInt64
        let epochNanos: UInt64
        let requests: Int
        let rateBits: UInt64
        let arrivals: ArrivalPattern
        let sampling: SamplingSettings
    }

    /// The key of the run of `scenarioText` (named `reference`) with `options`; nil when this
    /// build cannot tell itself from others.
    func key(reference: String, scenarioText: String, options: RunOptions) -> String? {
        guard let build = context.environment.buildIdentity else { return nil }
        let parts = KeyParts(
            build: build, scenario: reference, scenarioBytes: scenarioText.utf8.count,
            scenarioHash: FNV1a64.hex(scenarioText), propagation: options.propagation,
            seed: options.seed, epochNanos: options.epochNanos, requests: options.requests,
            rateBits: options.ratePerSecond.bitPattern, arrivals: options.arrivals, sampling: options.sampling
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(parts)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The saved overview under `key`, or nil when there is none, it is another run's, or it
    /// cannot be read whole.
    func load(key: String) -> RunOverview? {
        guard let database = try? context.readableDatabase(global),
            let bytes = try? database.loadRunOverview(key: key)
        else { return nil }
        return RunOverview(bytes: bytes)
    }

    /// Saves the overview of `bench`'s run when it is a many-request run simulated just now,
    /// and returns it (whether or not the database took it); nil when there was none to save.
    @discardableResult
    func save(_ bench: LabBench) -> RunOverview? {
        guard bench.isMany, bench.simulatedNow,
            let options = try? LabBench.options(bench.state, bench.scenario),
            let key = key(
                reference: bench.state.scenarioID, scenarioText: bench.scenarioText, options: options)
        else { return nil }
        let overview = RunOverview(
            analysis: bench.analysis, sampling: bench.sampling, defaultTrace: bench.defaultTrace)
        // Never wait for another process's write: a view that only reads must answer at once.
        let database = try? TraceLabDatabase(
            dataDirectory: context.dataDirectory(global).path, busyTimeoutSeconds: 0)
        try? database?.saveRunOverview(key: key, body: overview.bytes())
        return overview
    }
}

import Testing
import TraceLabCLI
import TraceLabCore

/// The process's last run is handed back for the same scenario and options, and only then.
@Suite struct LabRunCacheTests {
    struct Failed: Error {}

    static let scenario = Scenario(
        id: "tiny", title: "Tiny", summary: "", entryService: "a", entryOperation: "op",
        networkLatencyNanos: 0, jitterNanos: 0,
        services: [
            Scenario.Service(
                name: "a", operations: [Scenario.Operation(name: "op", steps: [.work([1_000_000])])])
        ])

    /// Runs `options` through `cache`, counting the runs actually made.
    static func run(_ options: RunOptions, in cache: LabRunCache, made: inout Int) throws -> LabRun {
        try cache.runAndAnalysis(of: scenario, options: options) { () throws(ScenarioRunError) in
            made += 1
            let run = try ScenarioEngine(scenario: scenario).run(options)
            return (run, LabAnalysis(run: run))
        }.run
    }

    @Test("the same scenario and options: the kept run, not a new one")
    func sameKeyIsKept() throws {
        let cache = LabRunCache()
        var made = 0
        let first = try Self.run(RunOptions(seed: 1, epochNanos: 0), in: cache, made: &made)
        let second = try Self.run(RunOptions(seed: 1, epochNanos: 0), in: cache, made: &made)
        #expect(made == 1)
        #expect(first == second)
    }

    @Test(
        "other options or another scenario: a new run",
        arguments: [
            RunOptions(seed: 2, epochNanos: 0),
            RunOptions(seed: 1, epochNanos: 0, requests: 3, ratePerSecond: 10),
            RunOptions(seed: 1, epochNanos: 0, sampling: SamplingSettings(policy: .none)),
        ])
    func otherKeyRunsAgain(options: RunOptions) throws {
        let cache = LabRunCache()
        var made = 0
        _ = try Self.run(RunOptions(seed: 1, epochNanos: 0), in: cache, made: &made)
        let other = try Self.run(options, in: cache, made: &made)
        #expect(made == 2)
        #expect(other == (try ScenarioEngine(scenario: Self.scenario).run(options)))
    }

    @Test("a run that fails is not kept: the next ask makes it again")
    func failureIsNotKept() throws {
        let cache = LabRunCache()
        let options = RunOptions(seed: 1, epochNanos: 0)
        #expect(throws: Failed.self) {
            try cache.runAndAnalysis(of: Self.scenario, options: options) { () throws(Failed) in
                throw Failed()
            }
        }
        var made = 0
        _ = try Self.run(options, in: cache, made: &made)
        #expect(made == 1)
    }
}
